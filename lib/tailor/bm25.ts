// Okapi BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009) over a
// handful of short documents. k1 and b are the textbook values; k3 saturates how often the query repeats a
// term, so an ad that says "Rust" nine times weighs it more than once, but not nine times more.
export interface Bm25Params {
  k1: number;
  b: number;
  k3: number;
}

export const BM25_DEFAULTS: Readonly<Bm25Params> = { k1: 1.2, b: 0.75, k3: 1.5 };

export interface Bm25Index {
  docCount: number;
  avgLength: number;
  docs: { length: number; counts: Map<string, number> }[];
  docFreq: Map<string, number>;
}

export function countTerms(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function buildIndex(docs: readonly (readonly string[])[]): Bm25Index {
  const docFreq = new Map<string, number>();
  const indexed = docs.map((keys) => {
    const counts = countTerms(keys);
    for (const key of counts.keys()) docFreq.set(key, (docFreq.get(key) ?? 0) + 1);
    return { length: keys.length, counts };
  });
  const total = indexed.reduce((sum, d) => sum + d.length, 0);
  return { docCount: docs.length, avgLength: docs.length ? total / docs.length : 0, docs: indexed, docFreq };
}

/**
 * The "+1" variant: never negative, so a term in most bullets still counts a little instead of against.
 * `minDocFreq` lets a caller rate terms no document has as if one had them.
 */
export function idf(index: Bm25Index, key: string, minDocFreq = 0): number {
  const n = Math.max(index.docFreq.get(key) ?? 0, minDocFreq);
  return Math.log(1 + (index.docCount - n + 0.5) / (n + 0.5));
}

export function queryTermWeight(count: number, params: Bm25Params = BM25_DEFAULTS): number {
  return ((params.k3 + 1) * count) / (params.k3 + count);
}

/** How much each query term adds to one document's score; terms the document lacks are absent. */
export function termScores(
  index: Bm25Index,
  docIndex: number,
  weights: ReadonlyMap<string, number>,
  params: Bm25Params = BM25_DEFAULTS,
): Map<string, number> {
  const doc = index.docs[docIndex]!;
  const norm = params.k1 * (1 - params.b + (params.b * doc.length) / (index.avgLength || 1));
  const scores = new Map<string, number>();
  for (const [key, f] of doc.counts) {
    const weight = weights.get(key);
    if (weight) scores.set(key, (weight * f * (params.k1 + 1)) / (f + norm));
  }
  return scores;
}
