// A bullet is read under its position: the business and stack the position's whole record proves lift its
// bullets when the job is in that business or on that stack (lib/tailor/position-context.ts).
import { describe, expect, it } from 'vitest';
import { profileSchema, type ProfileInput } from '../../lib/profile/profile-schema';
import { bulletEvidence } from '../../lib/tailor/bullet-evidence';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { readJob } from '../../lib/tailor/job-terms';
import { positionLifts, positionRecords } from '../../lib/tailor/position-context';
import { textTerms } from '../../lib/tailor/text-terms';

const profile = (work: ProfileInput['work']) => profileSchema.parse({ schemaVersion: 1, id: 'test', label: 'Test', work });

function lifts(job: string, positions: Record<string, string[]>): Record<string, number> {
  const keys = Object.entries(positions).flatMap(([key, texts]) => texts.map(() => key));
  const evidence = Object.values(positions).flatMap((texts) => texts.map((t) => bulletEvidence(textTerms(t))));
  const weights = new Map(readJob(job).terms.map((t) => [t.key, t]));
  const lifted = positionLifts(positionRecords(keys, evidence), weights, (t) => t.weight ** 2);
  return Object.fromEntries(Object.keys(positions).map((key, i) => [key, Math.round(lifted[i]!.factor * 100) / 100]));
}

const PAYMENTS_JOB = 'Senior Engineer, Payments\nRequirements\n- Payment processing and invoicing.\n- Ruby on Rails.';

describe('what a position lends its bullets', () => {
  it.each([
    // The position that proves the job's business best lends 40 %, the one on its stack best 10 %.
    ['the business and the stack', { pay: ['Built invoicing for card payments', 'Ran Rails upgrades'], other: ['Organised meetups'] }, { pay: 1.54, other: 1 }],
    // A job in a business no position names: nothing is lent, only the stack.
    ['no position in the business', { a: ['Ran Rails upgrades'], b: ['Wrote Go services'] }, { a: 1.1, b: 1 }],
  ])('%s', (_, positions, expected) => {
    expect(lifts(PAYMENTS_JOB, positions)).toEqual(expected);
  });

  it('lends each position in the business in proportion to how much of it its record proves', () => {
    const { pay, bill } = lifts(PAYMENTS_JOB, { pay: ['Built payment processing and invoicing'], bill: ['Sent invoices'] });
    expect(pay).toBe(1.4);
    expect(bill).toBeGreaterThan(1);
    expect(bill).toBeLessThan(pay!);
  });

  it('lends nothing for a job with no asks', () => {
    expect(lifts('', { a: ['Built invoicing for card payments'] })).toEqual({ a: 1 });
  });

  it('ranks a bullet under a position in the job\'s business above the same bullet elsewhere', () => {
    const text = 'Monitored application performance and fixed slow pages';
    const p = profile([
      { company: 'Shop', title: 'Engineer', bullets: [text, 'Built the product catalogue'] },
      { company: 'Pay', title: 'Engineer', bullets: [text, 'Built payment processing and invoicing'] },
    ]);
    const job = 'Engineer, Payments\nResponsibilities\n- Payment processing and invoicing.\n- Find and fix performance problems.';
    const same = rankProfile(job, p).bullets.filter((b) => b.text === text);
    expect(same.map((b) => b.positionKey)).toEqual(['work.1', 'work.0']);
    expect(same[0]!.score).toBeGreaterThan(same[1]!.score);
    // The why says it: what the bullet names, then the business of the position that lifted it.
    expect(same[0]!.matched).toEqual([...same[1]!.matched, 'payments (at Engineer · Pay)']);
    expect(same[1]!.matched).toContain('performance');
  });
});
