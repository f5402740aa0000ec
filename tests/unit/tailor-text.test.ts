import { describe, expect, it } from 'vitest';
import { stem } from '../../lib/tailor/stem';
import { isStopWord } from '../../lib/tailor/stop-words';
import { textTerms } from '../../lib/tailor/text-terms';
import { tokenize } from '../../lib/tailor/tokenize';

const norms = (text: string) => tokenize(text).map((t) => t.norm);
const keys = (text: string) => textTerms(text).map((t) => t.key);

describe('tokenizer', () => {
  it('lowercases and keeps technology tokens whole', () => {
    expect(norms('C++, C#, Node.js, .NET, CI/CD, k8s, gRPC, p2p, TCP/IP and S3.')).toEqual([
      'c++', 'c#', 'node.js', '.net', 'ci/cd', 'k8s', 'grpc', 'p2p', 'tcp/ip', 'and', 's3',
    ]);
  });

  it('splits hyphens and ordinary slashes, and drops a possessive', () => {
    expect(norms('peer-to-peer Rust/Go and/or GitLab’s team')).toEqual(['peer', 'to', 'peer', 'rust', 'go', 'and', 'or', 'gitlab', 'team']);
  });

  it('keeps the surface and offsets of every token, also inside a split slash pair', () => {
    const text = 'Ran Rust/Go services';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokenize(text).map((t) => t.surface)).toEqual(['Ran', 'Rust', 'Go', 'services']);
  });
});

describe('stemmer', () => {
  it.each([
    [['deploy', 'deploys', 'deploying', 'deployed', 'deployment', 'deployments']],
    [['scale', 'scales', 'scaling', 'scaled', 'scalable', 'scalability']],
    [['rely', 'reliable', 'reliably', 'reliability']],
    [['automate', 'automated', 'automating', 'automation']],
    [['optimize', 'optimizing', 'optimization', 'optimise', 'optimisation']],
    [['monitor', 'monitoring', 'monitored']],
    [['develop', 'developer', 'developing', 'development']],
    [['plan', 'planning', 'planned']],
    [['perform', 'performance', 'performant']],
  ])('%j meet at one stem', (words) => {
    expect(new Set(words.map(stem)).size).toBe(1);
  });

  it('leaves technology tokens, short words and accented words alone', () => {
    for (const w of ['c++', 'k8s', 'node.js', 'api', 'münster']) expect(stem(w)).toBe(w);
  });

  it('keeps words apart that are not one idea', () => {
    expect(stem('string')).not.toBe(stem('strong'));
    expect(stem('testing')).not.toBe(stem('text'));
    expect(stem('network')).not.toBe(stem('work'));
  });
});

describe('stop words', () => {
  it('drops function words and job-ad boilerplate in any inflection', () => {
    for (const w of ['the', 'with', "you'll", 'team', 'teams', 'candidate', 'benefits', 'responsibilities']) expect(isStopWord(w), w).toBe(true);
    for (const w of ['rust', 'latency', 'payments', 'network']) expect(isStopWord(w), w).toBe(false);
  });
});

describe('technology synonyms', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['JS', 'JavaScript'],
    ['TS', 'TypeScript'],
    ['golang', 'Go'],
    ['py', 'Python'],
    ['AWS', 'Amazon Web Services'],
    ['GCP', 'Google Cloud'],
    ['ML', 'machine learning'],
    ['CI/CD', 'continuous integration'],
    ['CI-CD', 'CI'],
    ['React.js', 'ReactJS'],
    ['Node', 'NodeJS'],
    ['p2p', 'peer-to-peer'],
    ['peer to peer', 'Peer-to-Peer'],
    ['DHT', 'distributed hash tables'],
  ])('%s and %s are one term', (a, b) => {
    expect(keys(a)).toHaveLength(1);
    expect(keys(a)).toEqual(keys(b));
  });

  it('counts a case-sensitive spelling only in its case: "Go" the language, "go" the verb', () => {
    expect(keys('Go')).toEqual(['tech:go']);
    expect(keys('we go faster')).toEqual([stem('faster')]);
    expect(keys('a single 4-core node')).not.toContain('tech:node.js');
  });

  it('reports the words as written, over the whole phrase', () => {
    expect(textTerms('hosted on Amazon Web Services').map((t) => [t.surface, t.technology])).toEqual([
      ['hosted', false],
      ['Amazon Web Services', true],
    ]);
    expect(textTerms('Peer-to-Peer protocols')[0]).toMatchObject({ key: 'tech:peer-to-peer', surface: 'Peer-to-Peer', start: 0, end: 12, technology: true });
    expect(textTerms('P2P networking')[0]).toMatchObject({ key: 'tech:peer-to-peer', surface: 'P2P networking', start: 0, end: 14 });
  });

  it('reads plurals of known technologies and acronyms', () => {
    expect(keys('LLMs')).toEqual(keys('LLM'));
    expect(keys('APIs')).toEqual(keys('API'));
  });

  it('leaves out stop words, numbers and single letters', () => {
    expect(keys('5+ years of experience with a C compiler in 2019')).toEqual(['compil']);
  });
});
