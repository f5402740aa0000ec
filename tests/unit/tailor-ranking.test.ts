import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSchema, type ProfileInput } from '../../lib/profile/profile-schema';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { repoPath } from '../support/repo-path';

const profile = (work: ProfileInput['work'], extra: Partial<ProfileInput> = {}) =>
  profileSchema.parse({ schemaVersion: 1, id: 'test', label: 'Test', work, ...extra });

// Kubernetes is what this job is about (three mentions, the title), PostgreSQL comes second (one paragraph),
// Terraform is "a plus". A reader ranks the bullets the same way: the Kubernetes one, the PostgreSQL one, the
// Terraform one; the party and the logo say nothing about this job.
const JOB = `Platform Engineer (Kubernetes)
We run everything on Kubernetes. You will operate our Kubernetes clusters and deploy services to them with Helm.
You will also look after our PostgreSQL databases: upgrades, backups and query performance.
Terraform experience is a plus.`;

const handmade = profile([
  {
    company: 'Acme',
    title: 'Site Reliability Engineer',
    bullets: [
      'Organised the yearly office summer party for 80 people.',
      'Wrote Terraform modules for the staging network.',
      'Operated k8s clusters and deployed 40 services to them with Helm.',
    ],
  },
  {
    company: 'Beta',
    title: 'Backend Engineer',
    bullets: ['Designed the company logo and the marketing site.', 'Upgraded Postgres databases and tuned slow query performance.'],
  },
]);

describe('bullet ranking', () => {
  it('ranks the hand-made bullets in the order a reader would', () => {
    const { bullets } = rankProfile(JOB, handmade);
    expect(bullets.slice(0, 3).map((b) => b.text)).toEqual([
      'Operated k8s clusters and deployed 40 services to them with Helm.',
      'Upgraded Postgres databases and tuned slow query performance.',
      'Wrote Terraform modules for the staging network.',
    ]);
    expect(bullets.slice(3).map((b) => b.score)).toEqual([0, 0]);
  });

  it('reports each bullet with its id, position and the matched terms as the bullet spells them', () => {
    const [first, second] = rankProfile(JOB, handmade).bullets;
    expect(first).toMatchObject({ positionKey: 'work.0', position: 'Site Reliability Engineer · Acme' });
    expect(first!.id).toMatch(/^work\.0#/);
    expect(first!.matched[0]).toBe('k8s');
    expect(first!.matched).toEqual(expect.arrayContaining(['k8s', 'Operated', 'clusters', 'deployed', 'Helm']));
    expect(second!.matched).toEqual(expect.arrayContaining(['Postgres', 'databases']));
  });

  it('gives highlight ranges that point at the matched words', () => {
    const [first] = rankProfile(JOB, handmade).bullets;
    const highlighted = first!.highlights.map(({ start, end }) => first!.text.slice(start, end));
    expect(highlighted).toEqual(['Operated', 'k8s', 'clusters', 'deployed', 'Helm']);
  });

  it('matches across synonyms and word forms in both directions', () => {
    const p = profile([{ company: 'C', title: 'T', bullets: ['Ran Kubernetes and PostgreSQL for a JavaScript app', 'Scaling deployments'] }]);
    const ranking = rankProfile('k8s, Postgres and JS. Our deployment must be scalable.', p);
    const byText = Object.fromEntries(ranking.bullets.map((b) => [b.text, b.matched]));
    expect(byText['Ran Kubernetes and PostgreSQL for a JavaScript app']).toEqual(expect.arrayContaining(['Kubernetes', 'PostgreSQL', 'JavaScript']));
    expect(byText['Scaling deployments']).toEqual(expect.arrayContaining(['Scaling', 'deployments']));
  });

  it('weighs a term the job repeats above one it says once', () => {
    const p = profile([{ company: 'C', title: 'T', bullets: ['Wrote Rust services', 'Wrote Python services'] }]);
    const [top] = rankProfile('Rust, Rust and more Rust. Some Python.', p).bullets;
    expect(top!.text).toBe('Wrote Rust services');
  });

  it('puts a bullet about a skill above one that names it in passing', () => {
    const p = profile([
      { company: 'C', title: 'T', bullets: ['Shipped performant billing screens', 'Profiled the hot path, lowered p99 latency and CPU usage'] },
    ]);
    const [top] = rankProfile('Requirements\n- Performance work on our services.', p).bullets;
    expect(top!.text).toBe('Profiled the hot path, lowered p99 latency and CPU usage');
  });

  it('lifts a bullet that shows reach or standing over an equal one that does not', () => {
    const p = profile([{ company: 'C', title: 'T', bullets: ['Maintained a Go HTTP library', 'Maintained a Go HTTP library used by 2,000 developers'] }]);
    const [top] = rankProfile('Requirements\n- Go and HTTP.', p).bullets;
    expect(top!.text).toBe('Maintained a Go HTTP library used by 2,000 developers');
  });

  it('keeps the profile order among equal scores and ranks everything on an empty description', () => {
    const { bullets, terms, missing } = rankProfile('', handmade);
    expect(bullets.map((b) => b.score)).toEqual([0, 0, 0, 0, 0]);
    expect(bullets[0]!.text).toBe('Organised the yearly office summer party for 80 people.');
    expect(terms).toEqual([]);
    expect(missing).toEqual([]);
  });
});

describe('job terms and missing terms', () => {
  it('lists the job terms by importance, each flagged as in the profile or not', () => {
    const { terms } = rankProfile(JOB, handmade);
    expect(terms[0]).toMatchObject({ label: 'Kubernetes', count: 3, technology: true, inProfile: true });
    expect(terms.find((t) => t.label === 'Terraform')).toMatchObject({ inProfile: true });
  });

  it('names technologies and repeated words the profile never mentions', () => {
    const job = `${JOB}\nWe also use Kafka. Observability matters: observability is how we sleep. Observability!\nGardening once.`;
    const missing = rankProfile(job, handmade).missing.map((t) => t.label);
    expect(missing).toEqual(expect.arrayContaining(['Kafka', 'observability']));
    expect(missing).not.toContain('gardening');
    expect(missing).not.toContain('Kubernetes');
  });

  it('does not call a technology missing when the profile lists it outside the bullets', () => {
    const withSkill = profile(handmade.work, { skills: [{ group: 'Streaming', items: ['Apache Kafka'] }] });
    expect(rankProfile(`${JOB} Kafka.`, withSkill).missing.map((t) => t.label)).not.toContain('Kafka');
  });

  it('never names the company, and leaves out what the caller ignores', () => {
    const job = `${JOB} Acme Kafka is hiring. Acme Kafka is great. Acme Kafka!`;
    const plain = rankProfile(job, handmade);
    expect(plain.missing.map((t) => t.label)).toContain('Kafka');
    expect([...plain.terms, ...plain.missing].map((t) => t.label)).not.toContain('Acme');
    const ranking = rankProfile(job, handmade, { ignore: ['Acme Kafka'] });
    expect([...ranking.terms, ...ranking.missing].map((t) => t.label)).not.toContain('Kafka');
  });
});

describe('the shipped profiles against real-looking postings', () => {
  const [rust, elixir] = shippedProfiles();
  const fixture = (name: string) => readFileSync(repoPath('tests/fixtures/job-descriptions', name), 'utf8');

  it('a Rust peer-to-peer networking posting ranks a libp2p bullet first for the Rust profile', () => {
    const ranking = rankProfile(fixture('rust-p2p-networking-engineer.txt'), rust!, { ignore: ['Meshwork'] });
    expect(ranking.bullets[0]!.text).toMatch(/libp2p/);
    expect(ranking.bullets.slice(0, 5).every((b) => /libp2p|Kademlia|Yamux|peer-to-peer/.test(b.text))).toBe(true);
    expect(ranking.missing.map((t) => t.label)).toEqual(expect.arrayContaining(['QUIC', 'WebRTC']));
  });

  it('an Elixir payments posting ranks an Elixir payments bullet first for the Elixir profile', () => {
    const ranking = rankProfile(fixture('elixir-backend-engineer.txt'), elixir!, { ignore: ['Ledgerly'] });
    expect(ranking.bullets[0]!.text).toMatch(/Elixir/);
    expect(ranking.bullets[0]!.text).toMatch(/payment/);
    // The business comes first (payments), then the duties' other asks: the payroll incidents, benchmarking and
    // the background job system, done at the payments position or in the job's stack; observability (error
    // tracking, a requirement) is next in line, not out of sight.
    const top = ranking.bullets.slice(0, 5).map((b) => b.text).join(' ');
    for (const ask of [/payment/, /incident/, /benchmark/, /Oban/]) expect(top).toMatch(ask);
    const next = ranking.bullets.slice(0, 7).map((b) => b.text).join(' ');
    expect(next).toMatch(/error tracking/);
  });

  it('ranks every bullet of a profile, projects and volunteering included', () => {
    const ranking = rankProfile(fixture('rust-p2p-networking-engineer.txt'), rust!);
    const kinds = new Set(ranking.bullets.map((b) => b.positionKey.split('.')[0]));
    expect(kinds).toEqual(new Set(['work', 'projects', 'volunteering']));
    expect(new Set(ranking.bullets.map((b) => b.id)).size).toBe(ranking.bullets.length);
  });
});
