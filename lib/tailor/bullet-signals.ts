import type { PositionHeading, ProfilePosition } from './profile-bullets';

/**
 * What a recruiter reads in a bullet besides its topic: a measured outcome or scale ("from ~30 Mbit/s to
 * 1.3 Gbit/s", "84M requests/day", "cut CPU by 6x") and how recent the work is.
 */
const MEASURE = /\d[\d.,]*\s?(?:%|x\b|×|k\b|m\b|b\b|ms\b|rps\b|qps\b|[mg]bit|[mg]b\/s|million|billion|thousand|users|requests|customers|engineers|people)|>\s?\d|~\s?\d|\bfactor of\b|\b\d+\+/i;
const CHANGE = /\d[\d.]*\s?(?:x|%|×)\s(?:more|fewer|faster|less|higher|lower|smaller|larger)\b|\b(cut|cutting|reduc\w*|increas\w*|improv\w*|doubl\w*|halv\w*|sav(?:ed|ing)|grew|grow\w*|boost\w*|accelerat\w*|moving .+ from .+ to|from .+ to .+)\b/i;

/** 1 for a bullet with a number and a change, 0.5 for either, 0 for neither. */
export function outcomeStrength(text: string): number {
  return ((MEASURE.test(text) ? 1 : 0) + (CHANGE.test(text) ? 1 : 0)) / 2;
}

// Standing and reach, which a recruiter reads as the weight of the work whatever its topic: how many people or
// users it touched ("~100 engineers", "3 direct reports", "10M downloads"), a standing in the field (creator,
// maintainer, co-lead, founder, a paper, a keynote), and the scope (company-wide, business-critical, widely used).
const REACH = /[~>]?\s?\d[\d,.]*\+?\s?(?:k|m)?\+?\s(?:[a-z-]+\s)?(?:engineers|developers|people|employees|colleagues|contributors|direct reports|reports|downloads|stars|users|customers|clients|attendees|members|teams)\b/i;
const STANDING = /\b(?:creator|co-?creat\w*|maintainer|core (?:team|maintainer|member)|co-?lead|co-?founde[rd]|founder|founded|official|keynote\w*|paper|published|patent\w*)\b/i;
// "critical path" is a place in the code, not the stakes of the work.
const SCOPE = /\b(?:widely used|company-?wide|org(?:anization|anisation)?-?wide|critical(?! paths?\b))\b/i;

/** 1 for a bullet that shows reach, standing or scope, else 0. */
export function standingStrength(text: string): number {
  return REACH.test(text) || STANDING.test(text) || SCOPE.test(text) ? 1 : 0;
}

const monthIndex = (date: string | undefined): number | undefined => {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 11) : undefined;
};

const endOf = (h: PositionHeading, latest: number): number | undefined => (h.current ? latest : (monthIndex(h.end) ?? monthIndex(h.start)));

// Half-life of how much recency counts, in months: work from five years before the latest is worth half.
const HALF_LIFE_MONTHS = 60;

/**
 * Per position key, 1 for the most recent work, halving every five years before it. "Now" is the latest date in
 * the profile itself, so the same profile ranks the same way on any day. Positions without dates get 0.5.
 */
export function positionRecency(positions: readonly ProfilePosition[]): Map<string, number> {
  const ends = positions.map((p) => monthIndex(p.heading.end) ?? monthIndex(p.heading.start));
  const latest = Math.max(...ends.filter((e): e is number => e !== undefined), 0);
  return new Map(
    positions.map((p) => {
      const end = endOf(p.heading, latest);
      return [p.key, end === undefined || latest === 0 ? 0.5 : Math.pow(0.5, Math.max(0, latest - end) / HALF_LIFE_MONTHS)];
    }),
  );
}
