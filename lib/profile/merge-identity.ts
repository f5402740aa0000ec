import type { Identity, Person } from './identity-schema';

/** Two profiles (or a profile and an import) gave different values for one fact about the person. */
export interface IdentityConflict {
  /** Dotted path in the identity, e.g. `contact.phone`. */
  path: string;
  kept: string;
  dropped: string;
  /** Where the dropped value came from, in words: a profile's label or a file name. */
  from: string;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

// "Not given" in the schema's own terms: empty text and lists, and the explicit `unset` choices.
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 'unset') return true;
  if (Array.isArray(v)) return v.length === 0;
  return isPlain(v) && v.kind === 'unset';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function shown(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isPlain(v) && v.kind === 'answer') return String(v.value);
  if (isPlain(v) && v.kind === 'decline') return 'declined to answer';
  if (Array.isArray(v)) return v.map((x) => (isPlain(x) ? Object.values(x).filter((y) => typeof y === 'string' && y).join(' ') : shown(x))).join(', ');
  return JSON.stringify(v);
}

function mergeValue(kept: unknown, incoming: unknown, path: string, from: string, conflicts: IdentityConflict[]): unknown {
  if (isEmpty(incoming)) return kept;
  if (isEmpty(kept)) return incoming;
  if (same(kept, incoming)) return kept;
  if (path === 'answerBank' && Array.isArray(kept) && Array.isArray(incoming)) return mergeBank(kept as Plain[], incoming as Plain[], from, conflicts);
  // Objects merge key by key; a self-identification answer (`kind`) is one value.
  if (isPlain(kept) && isPlain(incoming) && !('kind' in kept)) {
    const out: Plain = { ...kept };
    for (const key of Object.keys(incoming)) out[key] = mergeValue(kept[key], incoming[key], path ? `${path}.${key}` : key, from, conflicts);
    return out;
  }
  conflicts.push({ path, kept: shown(kept), dropped: shown(incoming), from });
  return kept;
}

// Answers add up: every question answered anywhere is kept; one question with two answers keeps the first.
function mergeBank(kept: Plain[], incoming: Plain[], from: string, conflicts: IdentityConflict[]): Plain[] {
  const out = [...kept];
  for (const entry of incoming) {
    const match = out.find((e) => String(e.question).trim().toLowerCase() === String(entry.question).trim().toLowerCase());
    if (!match) out.push(entry);
    else if (!same(match.answer, entry.answer)) conflicts.push({ path: `answerBank: "${String(entry.question)}"`, kept: shown(match.answer), dropped: shown(entry.answer), from });
  }
  return out;
}

/**
 * Fold another source's person data into the identity: the first non-empty value wins, and every value that
 * differs from the kept one is listed, so the person can see what was not taken. Pure.
 */
export function mergeIdentity(kept: Identity, incoming: Person, from: string): { identity: Identity; conflicts: IdentityConflict[] } {
  const conflicts: IdentityConflict[] = [];
  const identity = mergeValue(kept, { ...incoming, schemaVersion: kept.schemaVersion }, '', from, conflicts) as Identity;
  return { identity, conflicts };
}

const PLAIN_NAMES: Record<string, string> = {
  'contact.firstName': 'first name',
  'contact.lastName': 'last name',
  'contact.email': 'e-mail',
  'contact.phone': 'phone',
  'contact.location.city': 'city',
  'contact.location.country': 'country',
  'links.linkedin': 'LinkedIn',
  'links.github': 'GitHub',
  'links.website': 'website',
  languages: 'languages',
};

/** One line a person reads: `phone: kept "+1 555 0100"; "Elixir" had "+44 20 7946 0000"`. */
export function describeConflict(c: IdentityConflict): string {
  return `${PLAIN_NAMES[c.path] ?? c.path}: kept "${c.kept}"; ${c.from} had "${c.dropped}"`;
}
