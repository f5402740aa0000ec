import type { Profile } from '../profile/profile-schema';
import type { TailoringChoices } from './bullet-choices';
import { profilePositions, type ProfileBullet, type ProfilePosition } from './profile-bullets';

/**
 * How chosen bullets reshape the profile's `bullets` lists:
 * - `reorder`: the chosen first, in the chosen order, then every other bullet as before; nothing is lost.
 * - `chosen-only`: only the chosen, in the chosen order (positions with nothing chosen keep all theirs).
 * In both, edited wording replaces the profile's text in place, summaries and descriptions included; those
 * are prose, so they are reworded but never reordered or dropped.
 */
export type SaveBackMode = 'reorder' | 'chosen-only';

interface Target {
  summary?: string;
  description?: string;
  bullets?: string[];
}

type Span = { start: number; end: number };
const spanOf = (b: ProfileBullet): Span | null => (b.origin.field === 'bullets' ? null : b.origin);
const indexOf = (b: ProfileBullet): number => (b.origin.field === 'bullets' ? b.origin.index : -1);

function reworded(prose: string, items: readonly ProfileBullet[], edits: Readonly<Record<string, string>>): string {
  const spans = items.flatMap((b) => {
    const span = spanOf(b);
    return span && edits[b.id] !== undefined ? [{ ...span, text: edits[b.id]! }] : [];
  });
  // Right to left, so each replacement leaves the offsets of the ones before it valid.
  spans.sort((a, b) => b.start - a.start);
  return spans.reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), prose);
}

function savePosition(target: Target, position: ProfilePosition, choices: TailoringChoices, mode: SaveBackMode): void {
  const { chosen = [], edits = {} } = choices.positions[position.key] ?? {};
  const proseField = position.kind === 'projects' ? 'description' : 'summary';
  const prose = target[proseField];
  if (prose !== undefined) target[proseField] = reworded(prose, position.bullets, edits);
  const original = target.bullets;
  if (!original) return;

  const listed = position.bullets.filter((b) => b.origin.field === 'bullets');
  const text = (b: ProfileBullet) => edits[b.id] ?? original[indexOf(b)]!;
  const picked = chosen.flatMap((id) => listed.filter((b) => b.id === id));
  if (!picked.length) {
    target.bullets = original.map((line, i) => {
      const b = listed.find((l) => indexOf(l) === i);
      return b ? text(b) : line;
    });
    return;
  }
  const rest = mode === 'reorder' ? listed.filter((b) => !picked.includes(b)) : [];
  // Blank entries in the profile are not bullets (profile-bullets.ts skips them); a reshaped list drops them.
  target.bullets = [...picked, ...rest].map(text);
}

/** A new profile with this job's tailoring written into it; the given profile is never changed. */
export function saveTailoringToProfile(profile: Profile, choices: TailoringChoices, mode: SaveBackMode = 'reorder'): Profile {
  const next = structuredClone(profile);
  for (const position of profilePositions(profile)) {
    if (!choices.positions[position.key]) continue;
    const target: Target =
      position.kind === 'work' ? next.work[position.index]! : position.kind === 'projects' ? next.projects[position.index]! : next.volunteering[position.index]!;
    savePosition(target, position, choices, mode);
  }
  return next;
}
