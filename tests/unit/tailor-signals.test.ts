import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../lib/profile/profile-schema';
import { outcomeStrength, positionRecency, standingStrength } from '../../lib/tailor/bullet-signals';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { cosine, diversify } from '../../lib/tailor/diversify';
import { profilePositions } from '../../lib/tailor/profile-bullets';

describe('outcome and scale', () => {
  it.each([
    ['moving peak throughput from ~30 Mbit/s to 1.3 Gbit/s', 1],
    ['Loadtested a Rails system leading to 100x more concurrent checkouts', 1],
    ['handling ~84M requests/day', 0.5],
    ['Reduced error fatigue across teams', 0.5],
    ['Worked on the networking stack', 0],
  ])('"%s" → %d', (text, strength) => {
    expect(outcomeStrength(text)).toBe(strength);
  });
});

describe('reach, standing and scope', () => {
  it.each([
    ['Senior Staff Engineer collaborating with ~100 engineers during hyper-growth', 1],
    ['technical lead of its Rust implementation with 3 direct reports', 1],
    ['a library widely used across the ecosystem (10M downloads)', 1],
    ['Creator and maintainer of the official client library', 1],
    ['Co-lead of the open source networking library', 1],
    ['Design hole punching (paper) and add an implementation', 1],
    ['Took ownership of a critical backend service', 1],
    ['Drove company-wide engineering process improvements', 1],
    // A critical path is a place in the code; a count of seconds or servers is no reach.
    ['removed a call to Redis from a critical path', 0],
    ['cut the build from 30 minutes to 5 on 4 servers', 0],
    ['Worked on the networking stack', 0],
  ])('"%s" → %d', (text, strength) => {
    expect(standingStrength(text)).toBe(strength);
  });
});

const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 't',
  label: 'T',
  work: [
    { company: 'Now', title: 'Engineer', start: '2022-01', current: true, bullets: ['Built payment APIs in Go'] },
    { company: 'Then', title: 'Engineer', start: '2010-01', end: '2012-01', bullets: ['Built payment APIs in Go'] },
  ],
  projects: [{ name: 'Undated', description: 'A Go tool.' }],
});

describe('recency', () => {
  it('counts the newest work fully and older work less, measured from the profile itself', () => {
    const recency = positionRecency(profilePositions(profile));
    expect(recency.get('work.0')).toBe(1);
    expect(recency.get('work.1')).toBeLessThan(0.5);
    expect(recency.get('projects.0')).toBe(0.5);
  });

  it('puts the newer of two equal bullets first', () => {
    const [first, second] = rankProfile('Requirements\n- Payment APIs in Go.', profile).bullets;
    expect(first!.positionKey).toBe('work.0');
    expect(second!.positionKey).toBe('work.1');
  });
});

describe('diversity in the top five', () => {
  const topic = (score: number, ...keys: string[]) => ({ score, evidence: new Map(keys.map((k) => [k, 1])) });

  it('lets a bullet on another ask pass a near-repeat of the first pick', () => {
    const a = topic(10, 'payments', 'go');
    const repeat = topic(9, 'payments', 'go');
    const other = topic(8, 'kubernetes');
    expect(diversify([a, repeat, other])).toEqual([a, other, repeat]);
  });

  it('keeps the score order when nothing repeats, and after the first places', () => {
    const list = [topic(5, 'a'), topic(4, 'b'), topic(3, 'c')];
    expect(diversify(list)).toEqual(list);
    expect(cosine(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(0);
  });
});
