import type { Evidence } from './bullet-evidence';
import type { JobTerm } from './job-terms';
import { isDomainKey, isTechnologyKey } from './text-terms';

/**
 * A bullet is read under its position, as a recruiter reads a CV: "Monitored application performance" at a
 * logistics company whose other lines name Rails is Rails work in logistics. What a position's record proves
 * as a whole (its summary and every bullet) lifts each of its bullets when the job is in that business or on
 * that stack. The lift multiplies the bullet's own match, so a bullet that proves nothing the job asks stays
 * at nothing, and a position lends its business more than its stack (a domain takes years to learn).
 */
export interface PositionRecords {
  /** Per bullet, the index of its position in `records`. */
  positionOf: readonly number[];
  /** Per position, term key → the strongest evidence among its bullets. */
  records: readonly ReadonlyMap<string, number>[];
}

// The position whose record proves the job's business best lifts its bullets by 40 %, the one on the job's stack
// by 10 %; the others in proportion to how much of that they prove.
const DOMAIN_LIFT = 0.4;
const STACK_LIFT = 0.1;

/** The positions' records, read once per profile. `positionKeys` and `evidence` are per bullet. */
export function positionRecords(positionKeys: readonly string[], evidence: readonly Evidence[]): PositionRecords {
  const index = new Map<string, number>();
  const records: Map<string, number>[] = [];
  const positionOf = positionKeys.map((key, i) => {
    let at = index.get(key);
    if (at === undefined) {
      index.set(key, (at = records.length));
      records.push(new Map());
    }
    const record = records[at]!;
    for (const [term, s] of evidence[i]!.strength) if ((record.get(term) ?? 0) < s) record.set(term, s);
    return at;
  });
  return { positionOf, records };
}

/** What a position lends its bullets for one job: a score factor, and the job's business it proves best, if any. */
export interface PositionLift {
  factor: number;
  /** The key of the heaviest business (domain) of the job that the position's record proves, to say why. */
  domain?: string;
}

/** Per position, what its record lends its bullets for this job. `weigh` is a job term's score weight. */
export function positionLifts({ records }: PositionRecords, terms: ReadonlyMap<string, JobTerm>, weigh: (term: JobTerm) => number): PositionLift[] {
  const proofs = records.map((record) => {
    let domain = 0;
    let stack = 0;
    let heaviest: [string, number] | undefined;
    for (const [key, s] of record) {
      const term = terms.get(key);
      if (!term) continue;
      const proof = weigh(term) * s;
      if (isDomainKey(key)) {
        domain += proof;
        if (!heaviest || proof > heaviest[1]) heaviest = [key, proof];
      } else if (isTechnologyKey(key)) stack += proof;
    }
    return { domain, stack, heaviest: heaviest?.[0] };
  });
  let bestDomain = 0;
  let bestStack = 0;
  for (const p of proofs) {
    bestDomain = Math.max(bestDomain, p.domain);
    bestStack = Math.max(bestStack, p.stack);
  }
  return proofs.map(({ domain, stack, heaviest }) => ({
    factor: (1 + (bestDomain ? (DOMAIN_LIFT * domain) / bestDomain : 0)) * (1 + (bestStack ? (STACK_LIFT * stack) / bestStack : 0)),
    ...(heaviest ? { domain: heaviest } : {}),
  }));
}
