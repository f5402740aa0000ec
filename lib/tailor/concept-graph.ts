import { techKey, VOCABULARY } from './text-terms';

// How much a narrower term counts as evidence for a broader one, per step up: a bullet on Kademlia answers an
// ad's "DHT" well, its "peer-to-peer" fairly and its "distributed systems" a little less.
const STEP = 0.7;

function buildGraph(): Map<string, string[]> {
  const byLabel = new Map(VOCABULARY.map((t) => [t.label.toLowerCase(), techKey(t)]));
  const parents = new Map<string, string[]>();
  for (const term of VOCABULARY) {
    const keys = (term.broader ?? []).map((label) => {
      const key = byLabel.get(label.toLowerCase());
      if (!key) throw new Error(`vocabulary: "${term.label}" names an unknown broader term "${label}"`);
      return key;
    });
    parents.set(techKey(term), keys);
  }
  return parents;
}

const PARENTS = buildGraph();

/** The terms directly broader than `key` ("tech:phoenix" → ["tech:elixir"]). */
export const broaderKeys = (key: string): readonly string[] => PARENTS.get(key) ?? [];

/**
 * Every broader term of `key`, transitively, with how strongly `key` stands for it (0.7 per step, the strongest
 * path wins). The term itself is not included.
 */
export function ancestors(key: string): ReadonlyMap<string, number> {
  let found = ANCESTORS.get(key);
  if (!found) ANCESTORS.set(key, (found = walkUp(key)));
  return found;
}
// Read on every ranking for every term of the job and the profile: the graph is fixed, so each walk is kept.
const ANCESTORS = new Map<string, ReadonlyMap<string, number>>();

function walkUp(key: string): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (k: string, strength: number, seen: Set<string>) => {
    for (const parent of broaderKeys(k)) {
      if (seen.has(parent)) continue;
      const s = strength * STEP;
      if ((out.get(parent) ?? 0) >= s) continue;
      out.set(parent, s);
      visit(parent, s, new Set([...seen, parent]));
    }
  };
  visit(key, 1, new Set([key]));
  return out;
}
