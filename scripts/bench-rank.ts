// How long ranking takes at the size issue 5 names: 200 bullets against a 2,000-word job description, the
// median and 95th percentile of N runs (`--runs N`, default 100), each against a new description, and how fast the tokenizer and term extraction read text.
//
//   npx tsx scripts/bench-rank.ts [--runs N]
//
// The inputs are built from the repository's own texts (shipped profiles, job-description fixtures) with a
// seeded shuffle, so every run measures the same work.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileSchema, type Profile } from '../lib/profile/profile-schema';
import { shippedProfiles } from '../lib/profile/shipped-profiles';
import { rankProfile } from '../lib/tailor/bullet-ranking';
import { textTerms } from '../lib/tailor/text-terms';
import { tokenize } from '../lib/tailor/tokenize';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 100;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write('bench-rank: --runs expects a whole number above 0\n');
  process.exit(2);
}

// mulberry32: a small seeded generator, so the shuffled inputs are the same on every run and machine.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(2025);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

const realBullets = shippedProfiles().flatMap((p) => p.work.flatMap((w) => w.bullets));
const words = realBullets.join(' ').split(/\s+/);

function syntheticProfile(bulletCount: number): Profile {
  // The real bullets first, then new ones of 12–30 words drawn from their vocabulary.
  const bullets = Array.from({ length: bulletCount }, (_, i) =>
    i < realBullets.length ? realBullets[i]! : Array.from({ length: 12 + Math.floor(next() * 19) }, () => pick(words)).join(' '),
  );
  const work = Array.from({ length: 20 }, (_, i) => ({ company: `Company ${i + 1}`, title: 'Engineer', bullets: bullets.slice(i * 10, i * 10 + 10) }));
  return profileSchema.parse({ schemaVersion: 1, id: 'bench', label: 'Bench', work });
}

function description(wordCount: number): string {
  const dir = join(ROOT, 'tests/fixtures/job-descriptions');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l.trim());
  const out: string[] = [];
  let count = 0;
  while (count < wordCount) {
    const line = pick(lines).split(/\s+/).slice(0, wordCount - count);
    out.push(line.join(' '));
    count += line.length;
  }
  return out.join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// CPU time of this process, not wall time: on a shared machine the wall clock measures the neighbours.
function time(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const profile = syntheticProfile(200);
// A new description every run: the popup ranks each pasted description once, so nothing of a previous
// description's reading may be reused by accident.
const jobs = Array.from({ length: RUNS + 1 }, () => description(2000));
const job = jobs[0]!;
const bulletTotal = profile.work.reduce((n, w) => n + w.bullets.length, 0);
const jobWords = job.split(/\s+/).filter(Boolean).length;

const first = time(() => rankProfile(job, profile));
const timings = jobs.slice(1).map((text) => time(() => rankProfile(text, profile)));
console.log(`ranking: ${bulletTotal} bullets against a ${jobWords}-word description`);
// The first run reads the profile too (its bullets' terms, vocabulary, recency); later runs reuse that, as the
// popup does while the user edits a description. Times are CPU time of this process.
console.log(`  first run (cold stem cache, profile read): ${first.toFixed(1)} ms CPU`);
console.log(`  ${RUNS} runs, a new description each: median ${median(timings).toFixed(1)} ms CPU, p95 ${quantile(timings, 0.95).toFixed(1)} ms (min ${Math.min(...timings).toFixed(1)}, max ${Math.max(...timings).toFixed(1)})`);

const corpus = Array.from({ length: 200 }, () => job).join('\n');
const megabytes = Buffer.byteLength(corpus) / 1e6;
let tokens = 0;
const tokenizeMs = median(Array.from({ length: 5 }, () => time(() => (tokens = tokenize(corpus).length))));
let terms = 0;
const termsMs = median(Array.from({ length: 5 }, () => time(() => (terms = textTerms(corpus).length))));
console.log(`tokenizer: ${megabytes.toFixed(1)} MB, ${tokens.toLocaleString('en')} tokens in ${tokenizeMs.toFixed(0)} ms` +
  ` = ${(megabytes / (tokenizeMs / 1000)).toFixed(1)} MB/s, ${Math.round(tokens / (tokenizeMs / 1000)).toLocaleString('en')} tokens/s (median of 5)`);
console.log(`terms (tokenize + synonyms + stop words + stem): ${terms.toLocaleString('en')} terms in ${termsMs.toFixed(0)} ms` +
  ` = ${(megabytes / (termsMs / 1000)).toFixed(1)} MB/s (median of 5)`);
