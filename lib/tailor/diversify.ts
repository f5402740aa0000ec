/**
 * Maximal marginal relevance (Carbonell & Goldstein, 1998) over the first places: each next pick is the bullet
 * with the best score after a penalty for how much it repeats the ones already picked, so the top five cover the
 * job's main asks instead of five wordings of one. After `places` the rest keep their score order.
 */
export interface Candidate {
  score: number;
  /** What the bullet is evidence of (term key → strength), compared by cosine similarity. */
  evidence: ReadonlyMap<string, number>;
}

// How much a full repeat costs, as a share of the best score: a near-duplicate of a pick drops behind a
// bullet about something else that scores at least 70% of it.
const REPEAT_PENALTY = 0.3;

// A bullet's vector is read once per profile and compared on every ranking: its length is worked out once.
const norms = new WeakMap<ReadonlyMap<string, number>, number>();
function norm(a: ReadonlyMap<string, number>): number {
  let n = norms.get(a);
  if (n === undefined) {
    n = 0;
    for (const v of a.values()) n += v * v;
    norms.set(a, (n = Math.sqrt(n)));
  }
  return n;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const w = large.get(k);
    if (w) dot += v * w;
  }
  const n = norm(a) * norm(b);
  return n ? dot / n : 0;
}

/** `ranked` sorted best first; returns a new order. */
export function diversify<T extends Candidate>(ranked: readonly T[], places = 5, penalty = REPEAT_PENALTY): T[] {
  const top = ranked[0]?.score ?? 0;
  if (top <= 0) return [...ranked];
  const pool = ranked.slice(0, places * 4);
  const picked: T[] = [];
  while (picked.length < places && pool.length) {
    let best = 0;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      let repeat = 0;
      for (const p of picked) repeat = Math.max(repeat, cosine(c.evidence, p.evidence));
      const value = c.score - penalty * top * repeat;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    picked.push(pool.splice(best, 1)[0]!);
  }
  const chosen = new Set(picked);
  return [...picked, ...ranked.filter((c) => !chosen.has(c))];
}
