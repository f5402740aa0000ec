import { describe, expect, it } from 'vitest';
import { bulletEvidence } from '../../lib/tailor/bullet-evidence';
import { ancestors } from '../../lib/tailor/concept-graph';
import { techKey, techLabel, textTerms, VOCABULARY } from '../../lib/tailor/text-terms';
import { tokenize } from '../../lib/tailor/tokenize';

const labels = (text: string) => textTerms(text).filter((t) => t.technology).map((t) => techLabel(t.key));
const keyOf = (label: string) => techKey(VOCABULARY.find((t) => t.label === label)!);
const broader = (label: string) => [...ancestors(keyOf(label)).keys()].map((k) => techLabel(k));

describe('skill and domain phrases', () => {
  it.each([
    ['7+ years building high-performance distributed systems', ['performance', 'distributed systems']],
    ['peer-to-peer networking and NAT traversal', ['peer-to-peer', 'NAT traversal']],
    ['a P2P network of validators, networking in data centers', ['peer-to-peer', 'networking', 'network infrastructure']],
    ['payment processing, invoicing and direct debit', ['payments', 'billing', 'payments']],
    ['reliable background jobs with Sidekiq', ['reliability', 'background jobs', 'Sidekiq']],
    ['incident response and post-mortems; on-call rotation', ['incident response', 'incident response', 'incident response']],
    ['Experience with message brokers such as GCP Pub/Sub', ['messaging', 'Google Cloud', 'messaging']],
    ['mentoring engineers and cross-functional stakeholders', ['mentoring', 'cross-team collaboration', 'cross-team collaboration']],
    ['a distributed hash table based on the Kademlia research paper', ['DHT', 'Kademlia', 'research']],
    ['Ruby on Rails monolith on Postgres, k8s in production', ['Ruby on Rails', 'architecture', 'PostgreSQL', 'Kubernetes']],
    ['Senior Staff Engineer, then principal-level work as the most senior engineer', ['staff-level engineering', 'staff-level engineering', 'staff-level engineering']],
    ['designing blockchain protocols and a wire protocol', ['blockchain', 'protocol design', 'protocol design']],
    ['route planning for a fleet management platform', ['logistics', 'logistics']],
    ['Took ownership of the service; full technical accountability', ['ownership', 'ownership']],
    ['Served as interim-CTO, then head of engineering; team management', ['engineering management', 'engineering management', 'engineering management']],
    ['drafted proposals and design docs; set coding practices and a branching model', ['architecture', 'architecture', 'engineering practices', 'engineering practices']],
    ['find bottlenecks and cut p95 response time', ['performance', 'performance', 'performance']],
    ['handle rapid increases in traffic, 2000 RPS', ['scalability', 'scalability']],
    ['guiding junior developers through knowledge sharing', ['mentoring', 'mentoring', 'mentoring']],
    ['an L1 blockchain with parachains, not OSI layer 2 switches', ['blockchain', 'blockchain', 'network infrastructure']],
  ])('"%s" → %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('keeps generic words out of the matches: they are neither skills nor terms at all', () => {
    const keys = textTerms('Helping thousands of customers around the world as a team member building new software solutions').map((t) => t.key);
    expect(keys).toEqual([]);
  });

  it.each([
    ['Rewrote the importer, leading to fewer support calls', []],
    ['A rewrite that led to shorter release notes', []],
    ['Built an industry-leading, market leading search with short lead times', []],
    ['Caching leading to faster pages, then leading the platform team', ['caching', 'leadership']],
    ['Led the payments team', ['leadership', 'payments']],
    ['Operating a fleet of servers and shipping features weekly', []],
  ])('reads an everyday phrase as plain words, not as the skill it contains: "%s" → %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('reads the longest phrase first and keeps the words as written', () => {
    expect(textTerms('Payment Gateways').map((t) => [t.surface, techLabel(t.key)])).toEqual([['Payment Gateways', 'payments']]);
    expect(textTerms('distributed storage engine').map((t) => techLabel(t.key) ?? t.key)).toEqual(['distribut', 'databases']);
  });
});

describe('broader and narrower terms', () => {
  it.each([
    ['Kademlia', ['DHT', 'peer-to-peer', 'distributed systems', 'networking']],
    ['Phoenix', ['Elixir', 'BEAM']],
    ['Oban', ['background jobs', 'messaging', 'Elixir', 'BEAM']],
    ['Sidekiq', ['background jobs', 'messaging', 'Ruby']],
    ['payroll', ['payments', 'fintech', 'HR tech']],
    ['Cassandra', ['NoSQL', 'databases']],
    ['BFT', ['consensus', 'blockchain', 'distributed systems', 'peer-to-peer', 'networking']],
    ['ownership', ['leadership']],
    ['engineering management', ['leadership']],
    ['BGP', ['networking', 'network infrastructure']],
  ])('%s stands for %j', (label, expected) => {
    expect(broader(label).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Maintaining the peer-to-peer networking library libp2p', 0.7],
    ['Worked on the networking stack of a consensus protocol', 1],
    ['Implemented TCP flow control in the network stack', 1],
  ])('"%s" proves networking at %d', (text, strength) => {
    expect(bulletEvidence(textTerms(text)).strength.get(keyOf('networking'))).toBeCloseTo(strength);
  });

  it('weakens evidence by 0.7 per step up', () => {
    const up = ancestors(keyOf('Kademlia'));
    expect(up.get(keyOf('DHT'))).toBeCloseTo(0.7);
    expect(up.get(keyOf('peer-to-peer'))).toBeCloseTo(0.49);
    expect(up.get(keyOf('distributed systems'))).toBeCloseTo(0.343);
  });

  it('spells one technology several ways, also as a phrase', () => {
    expect(labels('k8s')).toEqual(labels('Kubernetes'));
    expect(labels('Pub/Sub')).toEqual(labels('message queues'));
    expect(labels('post-mortems')).toEqual(labels('postmortem'));
  });
});

describe('the vocabulary as data', () => {
  it('has one entry per label and names only broader terms that exist, without cycles', () => {
    const names = VOCABULARY.map((t) => t.label.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const term of VOCABULARY) {
      for (const b of term.broader ?? []) expect(names, `${term.label} → ${b}`).toContain(b.toLowerCase());
      expect(ancestors(techKey(term)).has(techKey(term)), term.label).toBe(false);
    }
  });

  it('gives every spelling to one entry only', () => {
    const owner = new Map<string, string>();
    for (const term of VOCABULARY) {
      for (const form of [...term.forms, ...(term.exact ?? [])]) {
        const norm = tokenize(form).map((t) => t.norm).join(' ');
        expect(owner.get(norm) ?? term.label, `"${form}" in ${term.label} and ${owner.get(norm)}`).toBe(term.label);
        owner.set(norm, term.label);
      }
    }
  });
});
