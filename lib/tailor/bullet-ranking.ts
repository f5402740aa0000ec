import type { Profile } from '../profile/profile-schema';
import { BM25_DEFAULTS, buildIndex, idf, queryTermWeight, termScores, type Bm25Params } from './bm25';
import { profileBullets, type ProfileBullet } from './profile-bullets';
import { profileVocabulary } from './profile-vocabulary';
import { techLabel, textTerms, type TermOccurrence } from './text-terms';

/** A term of the job description and how much it counts. */
export interface JobTerm {
  key: string;
  /** As the job description spells it. */
  label: string;
  count: number;
  weight: number;
  technology: boolean;
  inProfile: boolean;
}

export interface RankedBullet extends ProfileBullet {
  score: number;
  /** The job's terms this bullet has, as the bullet spells them, the heaviest first: "k8s", "deployments". */
  matched: string[];
  matchedKeys: string[];
  /** Where the matched words are in `text`, to highlight them. */
  highlights: { start: number; end: number }[];
}

export interface Ranking {
  /** The job's heaviest terms, at most `termLimit`. */
  terms: JobTerm[];
  /** The job's heavy terms the profile never mentions: technologies, and plain words the ad says 3+ times. */
  missing: JobTerm[];
  /** Every bullet, best first; equal scores keep the profile's order. */
  bullets: RankedBullet[];
}

export interface RankOptions {
  /** Words that say nothing about the work, such as the company's own name. */
  ignore?: readonly string[];
  termLimit?: number;
  missingLimit?: number;
  params?: Partial<Bm25Params>;
}

// A named technology in an ad is usually a requirement; a plain word ("design") rarely is.
const TECHNOLOGY_WEIGHT = 1.5;
// A plain word is reported missing only when the ad keeps coming back to it; said twice it is usually prose.
const MISSING_MIN_COUNT = 3;

function jobSpelling(occurrences: readonly TermOccurrence[], key: string): string {
  // A technology written as its label in any case reads best as the label ("postgresql" → "PostgreSQL").
  const label = techLabel(key);
  if (label && occurrences.some((o) => o.surface.toLowerCase() === label.toLowerCase())) return label;
  // Sentence case is not the ad's spelling: "design" over "Design" when both appear.
  const lower = occurrences.find((o) => o.surface === o.surface.toLowerCase());
  if (!label && lower) return lower.surface;
  const tally = new Map<string, number>();
  for (const o of occurrences) tally.set(o.surface, (tally.get(o.surface) ?? 0) + 1);
  return [...tally].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}

export function rankBullets(jobText: string, bullets: readonly ProfileBullet[], vocabulary: ReadonlySet<string>, options: RankOptions = {}): Ranking {
  const params = { ...BM25_DEFAULTS, ...options.params };
  const ignored = new Set((options.ignore ?? []).flatMap((text) => textTerms(text).map((t) => t.key)));
  const byKey = new Map<string, TermOccurrence[]>();
  for (const o of textTerms(jobText)) {
    if (ignored.has(o.key)) continue;
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }

  const docs = bullets.map((b) => textTerms(b.text));
  const index = buildIndex(docs.map((d) => d.map((o) => o.key)));
  const allTerms: JobTerm[] = [...byKey].map(([key, occurrences]) => {
    const technology = occurrences[0]!.technology;
    // A term no bullet has cannot change any score, but it is listed: rated as if one bullet had it, a word
    // the ad says once ("habit") does not outrank what the ad repeats just because the profile lacks it.
    const weight = queryTermWeight(occurrences.length, params) * idf(index, key, 1) * (technology ? TECHNOLOGY_WEIGHT : 1);
    return { key, label: jobSpelling(occurrences, key), count: occurrences.length, weight, technology, inProfile: vocabulary.has(key) || index.docFreq.has(key) };
  });
  // Stable sort: equal weights keep the order of first mention in the ad.
  allTerms.sort((a, b) => b.weight - a.weight);
  const weights = new Map(allTerms.map((t) => [t.key, t.weight]));

  const ranked = bullets.map((bullet, i): RankedBullet => {
    const scores = [...termScores(index, i, weights, params)].sort((a, b) => b[1] - a[1]);
    const matchedKeys = scores.map(([key]) => key);
    const occurrences = docs[i]!;
    return {
      ...bullet,
      score: scores.reduce((sum, [, s]) => sum + s, 0),
      matched: matchedKeys.map((key) => occurrences.find((o) => o.key === key)!.surface),
      matchedKeys,
      highlights: occurrences.filter((o) => weights.has(o.key)).map(({ start, end }) => ({ start, end })),
    };
  });
  ranked.sort((a, b) => b.score - a.score);

  return {
    terms: allTerms.slice(0, options.termLimit ?? 40),
    missing: allTerms.filter((t) => !t.inProfile && (t.technology || t.count >= MISSING_MIN_COUNT)).slice(0, options.missingLimit ?? 12),
    bullets: ranked,
  };
}

/** Rank every bullet of a profile (work, projects, volunteering) against a job description. */
export function rankProfile(jobText: string, profile: Profile, options: RankOptions = {}): Ranking {
  return rankBullets(jobText, profileBullets(profile), profileVocabulary(profile), options);
}
