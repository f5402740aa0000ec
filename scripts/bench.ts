/**
 * `npm run bench [-- <folder> …] [--runs N] [--only large|forty] [--profile <file>]`: fills the project's fixture pages, a plain 40-field form, and every
 * Greenhouse/Lever page in the folders given (e.g. ../shared/fixtures) through the popup in Chromium, and prints per
 * page the fields found, filled, needs-you, skipped and failed, with the median time of each pipeline step; then
 * the size of each bundle in .output. Targets are printed beside the figures. One browser serves every run (a fresh
 * tab each time), so the whole bench takes about a second per page and run. `--only large` runs just the
 * 2,000-field form, `--only forty` just the 40-field form (the two figures with targets), to measure one change fast.
 * `--profile <file>` writes a CPU profile of the popup's first 2,000-field run (load, review, fill) for DevTools.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FillReport } from '../lib/fill/fill-report';
import { fixturePages } from '../tests/fixtures/pages';
import { buildFixtures } from './build-fixtures';
import { EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from './harness/chromium';
import { demoProfileWithAnswers } from './harness/demo-answers';
import { storeProfiles } from './harness/extension-storage';
import { fillViaPopup } from './harness/fill-via-popup';
import { largeFormRun, TARGET_LARGE_FORM_MS, type LargeFormRun } from './bench-large-form';
import { FORTY_FIELD_URL, fortyFieldForm, LARGE_FORM_URL, largeForm } from './harness/forty-field-form';
import { pagesIn, shortName } from './harness/page-sources';
import { servePages, type ServedPage } from './harness/serve-pages';
import { storeResume } from './harness/stored-resume';

const TARGET_PLAN_FILL_MS = 20;
const TARGET_CONTENT_KB = 30;
const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

interface BenchPage {
  name: string;
  url: string;
  /** Wait for this in the page (or its embed frame) before filling. */
  ready: string;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

function bundleSizes(): [string, number, number][] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(EXTENSION_DIR)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => [relative(EXTENSION_DIR, f), statSync(f).size, gzipSync(readFileSync(f)).length] as [string, number, number])
    .sort((a, b) => b[1] - a[1]);
}

async function fillOnce(browser: LaunchedBrowser, page: BenchPage): Promise<FillReport> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(page.url);
    await tab.waitForLoadState('load');
    const frame = tab.frames().find((f) => f.url().includes('/embed/job_app')) ?? tab.mainFrame();
    await frame.waitForSelector(page.ready, { state: 'attached' });
    return (await fillViaPopup(browser.context, browser.extensionId, tab)).report;
  } finally {
    await tab.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, only: { type: 'string' }, profile: { type: 'string' } } });
  const only = values.only;
  if (only !== undefined && only !== 'large' && only !== 'forty') throw new Error(`--only takes "large" or "forty", not "${only}"`);
  const runs = Math.max(1, Number(values.runs) || 3);
  await buildFixtures();

  const served: ServedPage[] = fixturePages.map((p) => ({ url: p.url, file: repoFile(p.file) }));
  const pages: BenchPage[] = fixturePages
    .filter((p) => !p.name.endsWith('-static') && p.kind !== 'greenhouse-embed')
    .map((p) => ({ name: p.kind === 'host' ? `${p.name} (embed)` : p.name, url: p.url, ready: 'input' }));
  served.push({ url: FORTY_FIELD_URL, body: fortyFieldForm() }, { url: LARGE_FORM_URL, body: largeForm() });
  pages.push({ name: 'bench/forty-field-form', url: FORTY_FIELD_URL, ready: 'input' });
  for (const found of only ? [] : positionals.flatMap((dir) => pagesIn(dir))) {
    served.push({ url: found.url, file: found.file });
    pages.push({ name: shortName(found.file), url: found.url, ready: 'input' });
  }

  const browser = await launchWithExtension();
  let forty: { planFill: number } | undefined;
  const large: LargeFormRun[] = [];
  try {
    await servePages(browser.context, served);
    const profile = await storeResume(browser.context, demoProfileWithAnswers('Bench'));
    await storeProfiles(browser.context, [profile], profile.id);
    const head = `${'page'.padEnd(52)} ${'fields'.padStart(6)} ${'filled'.padStart(6)} ${'needs-you'.padStart(9)} ${'skipped'.padStart(7)} ${'failed'.padStart(6)} | median ms: ${'collect'.padStart(7)} ${'classify'.padStart(8)} ${'plan'.padStart(6)} ${'fill'.padStart(7)} ${'plan+fill'.padStart(9)}`;
    console.log(`${head}\n${'-'.repeat(head.length)}`);
    for (const page of only === 'large' ? [] : only === 'forty' ? pages.filter((p) => p.url === FORTY_FIELD_URL) : pages) {
      const samples: FillReport[] = [];
      for (let i = 0; i < runs; i++) samples.push(await fillOnce(browser, page));
      const t = (k: 'collectMs' | 'classifyMs' | 'planMs' | 'fillMs') => median(samples.map((s) => s.timings?.[k] ?? NaN));
      const planFill = median(samples.map((s) => (s.timings ? s.timings.planMs + s.timings.fillMs : NaN)));
      const c = samples[0]!.counts;
      const f = (n: number, w: number) => n.toFixed(1).padStart(w);
      const row = `${page.name.slice(0, 52).padEnd(52)} ${String(samples[0]!.results.length).padStart(6)} ${String(c.filled).padStart(6)} ${String(c['needs-you']).padStart(9)} ${String(c.skipped).padStart(7)} ${String(c.failed).padStart(6)} |            ${f(t('collectMs'), 7)} ${f(t('classifyMs'), 8)} ${f(t('planMs'), 6)} ${f(t('fillMs'), 7)} ${f(planFill, 9)}`;
      if (page.url === FORTY_FIELD_URL) forty = { planFill };
      console.log(row);
    }
    for (let i = 0; i < (only === 'forty' ? 0 : runs); i++) {
      const tab = await browser.context.newPage();
      await tab.goto(LARGE_FORM_URL);
      large.push(await largeFormRun(browser.context, browser.extensionId, tab, i === 0 ? values.profile : undefined));
      await tab.close();
    }
  } finally {
    await browser.close();
  }

  console.log(`\n(${runs} runs per page, medians; "fill" includes waiting for widgets: react-select menus, location searches, and the short look at widgets that never open on saved pages)`);
  if (forty) {
    const met = forty.planFill <= TARGET_PLAN_FILL_MS ? 'met' : 'NOT met';
    console.log(`target: plan + fill of a 40-field form ≤ ${TARGET_PLAN_FILL_MS} ms — measured ${forty.planFill.toFixed(1)} ms (${met})`);
  }
  if (large.length) {
    const c = large[0]!.report.counts;
    const verdict = (ms: number) => `${ms.toFixed(0)} ms (${ms < TARGET_LARGE_FORM_MS ? 'met' : 'NOT met'})`;
    console.log(`\n2,000-field generated form (${large[0]!.fields} fields: ${c.filled} filled, ${c['needs-you']} needs you, ${c.skipped} skipped), ${large.length} runs:`);
    console.log(`  popup ready (page asked, classified, planned, review drawn): median ${verdict(median(large.map((r) => r.popupReadyMs)))}, target < ${TARGET_LARGE_FORM_MS} ms; runs ${large.map((r) => r.popupReadyMs.toFixed(0)).join(', ')}`);
    console.log(`  fill (Fill pressed → result shown): median ${verdict(median(large.map((r) => r.fillMs)))}, target < ${TARGET_LARGE_FORM_MS} ms; runs ${large.map((r) => r.fillMs.toFixed(0)).join(', ')}`);
    const t = large[0]!.report.timings;
    if (t) console.log(`  inside the page (first run): collect ${t.collectMs.toFixed(0)} ms, classify ${t.classifyMs.toFixed(0)} ms, plan ${t.planMs.toFixed(0)} ms, fill ${t.fillMs.toFixed(0)} ms`);
  }
  console.log('\nbundles in .output/chrome-mv3 (minified by the production build):');
  console.log(`  ${'file'.padEnd(48)} ${'bytes'.padStart(8)} ${'gzip'.padStart(8)}`);
  for (const [file, size, gz] of bundleSizes()) {
    const note = file.startsWith('content-scripts/')
      ? `  always-on content script: target ≤ ${TARGET_CONTENT_KB} KB minified — ${(size / 1024).toFixed(1)} KB (${size <= TARGET_CONTENT_KB * 1024 ? 'met' : 'NOT met'})`
      : '';
    console.log(`  ${file.padEnd(48)} ${String(size).padStart(8)} ${String(gz).padStart(8)}${note}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
