import { ancestors } from './concept-graph';
import type { TermOccurrence } from './text-terms';

/** What a bullet is evidence of: each term it names, and each broader term those stand for. */
export interface Evidence {
  /** Term key → strength: 1 for a term the bullet names, 0.7 per step up for a broader one. */
  strength: Map<string, number>;
  /**
   * Term key → how much the bullet says about it: the sum of its mentions' strengths. "performance optimization
   * … CPU usage … response time … hot path" is about performance; "performant & reliable" names it in passing.
   */
  mentions: Map<string, number>;
  /** Term key → the words of the bullet that carry it ("Kademlia" for skill:distributed systems). */
  source: Map<string, TermOccurrence>;
  /** Plain words: stem → how often. */
  words: Map<string, number>;
  length: number;
}

export function bulletEvidence(occurrences: readonly TermOccurrence[]): Evidence {
  const strength = new Map<string, number>();
  const source = new Map<string, TermOccurrence>();
  const words = new Map<string, number>();
  const mentions = new Map<string, number>();
  const raise = (key: string, s: number, o: TermOccurrence) => {
    mentions.set(key, (mentions.get(key) ?? 0) + s);
    if ((strength.get(key) ?? 0) >= s) return;
    strength.set(key, s);
    source.set(key, o);
  };
  for (const o of occurrences) {
    if (!o.technology) {
      words.set(o.key, (words.get(o.key) ?? 0) + 1);
      continue;
    }
    raise(o.key, 1, o);
    for (const [key, s] of ancestors(o.key)) raise(key, s, o);
  }
  return { strength, mentions, source, words, length: occurrences.length };
}

/** The keys a set of texts names or stands for: a profile that names Kademlia is not missing "DHT". */
export function coveredKeys(occurrences: Iterable<TermOccurrence>): Set<string> {
  const keys = new Set<string>();
  for (const o of occurrences) {
    keys.add(o.key);
    if (o.technology) for (const key of ancestors(o.key).keys()) keys.add(key);
  }
  return keys;
}
