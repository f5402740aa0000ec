// How long the answer bank takes at the size issue 12 names, a bank of 500 answers against a 40-question form,
// and how much of the popup bundle the bank code is. Prints figures; asserts nothing.
//
//   npx tsx scripts/bench-answer.ts [--runs N]
//
// The bank is the question table's stored questions (tests/unit/answer-pairs.ts) plus questions built from
// templates of the real forms' custom questions (tools, countries, companies), so it holds near misses too.
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { answerFromBank, prepareBank } from '../lib/answers/answer-from-bank';
import type { BankEntry } from '../lib/answers/answer-source';
import { QUESTION_PAIRS } from '../tests/unit/answer-pairs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  process.stderr.write('bench-answer: --runs expects a whole number above 0\n');
  process.exit(2);
}

const TOOLS = ['Python', 'Kotlin', 'React', 'Kubernetes', 'Terraform', 'Salesforce', 'HubSpot', 'Figma', 'SQL', 'Go', 'Rust', 'Java', 'AWS', 'GCP', 'Docker', 'Airflow', 'dbt', 'Tableau', 'Looker', 'Swift'];
const COUNTRIES = ['the United States', 'Canada', 'Germany', 'the UK', 'France', 'Spain', 'Australia', 'India', 'Brazil', 'Japan'];
const TEMPLATES = [
  (t: string) => `How many years of experience do you have with ${t}?`,
  (t: string) => `Do you have professional experience with ${t}?`,
  (t: string) => `Describe a project where you used ${t}.`,
  (t: string) => `Rate your proficiency in ${t}.`,
  (t: string) => `Have you led a team that shipped ${t} to production?`,
];

function bank(size: number): BankEntry[] {
  const texts = [...new Set(QUESTION_PAIRS.map((p) => p.stored))];
  for (const t of TOOLS) for (const make of TEMPLATES) texts.push(make(t));
  for (const c of COUNTRIES) texts.push(`Are you authorized to work in ${c}?`, `Do you require sponsorship to work in ${c}?`, `Are you based in ${c}?`);
  for (let i = 0; texts.length < size; i++) texts.push(`Why do you want to work at Company ${i}?`);
  return texts.slice(0, size).map((question, i) => ({ question, answer: `Answer ${i}`, company: `Company ${i % 50}`, ats: i % 2 ? 'lever' : 'greenhouse', savedAt: '2026-12-02T00:00:00.000Z' }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const entries = bank(500);
const form = QUESTION_PAIRS.slice(0, 40).map((p) => ({ question: p.asked, company: 'Globex' }));

// Wall time and this process's CPU time: on a shared, loaded machine the wall time includes waiting for a core,
// the CPU time does not.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cold: number[] = [];
const warm: number[] = [];
const coldCpu: number[] = [];
const warmCpu: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const [t0, c0] = [performance.now(), cpuMs()];
  const prepared = prepareBank(entries);
  const [t1, c1] = [performance.now(), cpuMs()];
  for (const q of form) answerFromBank(prepared, q);
  const [t2, c2] = [performance.now(), cpuMs()];
  cold.push(t2 - t0);
  warm.push(t2 - t1);
  coldCpu.push(c2 - c0);
  warmCpu.push(c2 - c1);
}
console.log(`answer bank: ${entries.length} answers × ${form.length} questions, median of ${RUNS} runs`);
console.log(`  load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
console.log(`  bank analysed + form matched: ${median(cold).toFixed(1)} ms wall, ${median(coldCpu).toFixed(1)} ms CPU (target ≤ 20 ms)`);
console.log(`  form matched against an analysed bank: ${median(warm).toFixed(1)} ms wall, ${median(warmCpu).toFixed(1)} ms CPU`);

// The bank code's share of the popup bundle: bundle the popup as the build does (minified) and add up the bytes
// that come from lib/answers/.
const result = await build({
  entryPoints: ['entrypoints/popup/main.tsx'],
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: 'out',
  logLevel: 'silent',
  loader: { '.css': 'empty' },
  alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
  external: ['wxt/*', '#imports'],
});
const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint)!;
const bankBytes = Object.entries(output.inputs)
  .filter(([path]) => path.includes('lib/answers/'))
  .reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
console.log(`  bank code in the popup bundle: ${(bankBytes / 1024).toFixed(1)} KB minified of ${(output.bytes / 1024).toFixed(1)} KB`);
