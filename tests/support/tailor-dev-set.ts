// The development set of issue 13 (../shared/tailor-dev: job descriptions, graded résumé facts) scored the way
// its ndcg.mjs scores `npm run rank`, but in process: NDCG@5 with gain 2^grade − 1, each fact counted once at
// its first bullet. Used by the regression test and by scripts that compare ranking changes quickly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileSchema, type Profile } from '../../lib/profile/profile-schema';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { repoPath } from './repo-path';

export const DEV_SET = repoPath('../shared/tailor-dev');

interface Fact {
  id: string;
  re: RegExp;
}
interface Graded {
  profile: 'a' | 'b';
  grades: Record<string, number>;
}

// The scorer finds each profile by a word only its bullets use.
const MARKER = { a: 'Yamux', b: 'benchee' } as const;

function devProfile(key: 'a' | 'b'): Profile {
  const dir = repoPath('profiles');
  const file = readdirSync(dir).find((f) => f.endsWith('.json') && !f.includes('schema') && readFileSync(join(dir, f), 'utf8').includes(MARKER[key]));
  if (!file) throw new Error(`no profile carries "${MARKER[key]}"`);
  return profileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
}

const dcg = (rels: readonly number[]) => rels.reduce((s, r, i) => s + (2 ** r - 1) / Math.log2(i + 2), 0);

export function ndcgAt5(order: readonly string[], facts: readonly Fact[], grades: Record<string, number>): number {
  const factOf = (text: string) => facts.find((f) => f.re.test(text))?.id;
  const seen = new Set<string>();
  const rels = order.map((text) => {
    const id = factOf(text);
    const r = id && !seen.has(id) ? (grades[id] ?? 0) : 0;
    if (id) seen.add(id);
    return r;
  });
  const present = new Set(order.map(factOf).filter((id): id is string => Boolean(id)));
  const ideal = dcg([...present].map((id) => grades[id] ?? 0).sort((x, y) => y - x).slice(0, 5));
  return ideal > 0 ? dcg(rels.slice(0, 5)) / ideal : 0;
}

export interface JobScore {
  job: string;
  ndcg: number;
  top: string[];
}

export const devSetAvailable = (): boolean => existsSync(join(DEV_SET, 'grades.json'));

/** Every job of the set ranked with `rankProfile` and scored. */
export function scoreDevSet(): JobScore[] {
  const rawFacts = JSON.parse(readFileSync(join(DEV_SET, 'facts.json'), 'utf8')) as Record<string, { id: string; re: string }[]>;
  const facts = Object.fromEntries(Object.entries(rawFacts).map(([k, list]) => [k, list.map((f) => ({ id: f.id, re: new RegExp(f.re, 'i') }))]));
  const graded = JSON.parse(readFileSync(join(DEV_SET, 'grades.json'), 'utf8')) as Record<string, Graded>;
  const profiles = { a: devProfile('a'), b: devProfile('b') };
  return Object.keys(graded)
    .sort()
    .map((job) => {
      const { profile, grades } = graded[job]!;
      const text = readFileSync(join(DEV_SET, 'jds', job), 'utf8');
      const order = rankProfile(text, profiles[profile]).bullets.map((b) => b.text);
      return { job, ndcg: ndcgAt5(order, facts[profile]!, grades), top: order.slice(0, 5) };
    });
}
