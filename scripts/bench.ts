/**
 * `npm run bench [-- <folder> …] [--runs N]`: fills the project's fixture pages and every Greenhouse/Lever page
 * in the folders given (e.g. ../shared/fixtures) through the popup in Chromium, and prints per page the fields
 * found, filled, needs-you and skipped with the median pipeline times; then the minified size of each bundle.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { FillReport } from '../lib/fill/fill-report';
import { shippedProfiles } from '../lib/profile/shipped-profiles';
import { fixturePages } from '../tests/fixtures/pages';
import { buildFixtures } from './build-fixtures';
import { EXTENSION_DIR, launchWithExtension } from './harness/chromium';
import { withDemoContact } from './harness/demo-contact';
import { setExtensionStorage } from './harness/extension-storage';
import { fillViaPopup } from './harness/fill-via-popup';
import { pagesIn, shortName, type PageToServe } from './harness/page-sources';
import { servePages } from './harness/serve-pages';

const TARGET_PLAN_FILL_MS = 20;
const TARGET_CONTENT_KB = 30;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

function bundleSizes(): [string, number][] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(EXTENSION_DIR)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => [relative(EXTENSION_DIR, f), statSync(f).size] as [string, number]);
}

async function benchPage(page: PageToServe, runs: number): Promise<{ report: FillReport; times: Record<string, number> }> {
  const samples: FillReport[] = [];
  const profile = withDemoContact(shippedProfiles()[0]!);
  for (let i = 0; i < runs; i++) {
    const browser = await launchWithExtension();
    try {
      const pages = page.url.includes('acme-robotics') ? fixturePages.map((p) => ({ url: p.url, file: p.file })) : [page];
      await servePages(browser.context, pages);
      await setExtensionStorage(browser.context, { profiles: [profile], activeProfileId: profile.id });
      const tab = browser.context.pages()[0] ?? (await browser.context.newPage());
      await tab.goto(page.url);
      samples.push((await fillViaPopup(browser.context, browser.extensionId, tab)).report);
    } finally {
      await browser.close();
    }
  }
  const t = (k: 'collectMs' | 'classifyMs' | 'planMs' | 'fillMs') => median(samples.map((s) => s.timings?.[k] ?? NaN));
  return { report: samples[0]!, times: { collect: t('collectMs'), classify: t('classifyMs'), plan: t('planMs'), fill: t('fillMs') } };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs));
  await buildFixtures();
  const own: PageToServe[] = fixturePages.filter((p) => p.kind !== 'host' && !p.name.endsWith('static')).map((p) => ({ file: p.file, url: p.url }));
  const embedHost = fixturePages.find((p) => p.kind === 'host');
  if (embedHost) own.push({ file: embedHost.file, url: embedHost.url });
  const pages = [...own, ...positionals.flatMap((dir) => pagesIn(dir))];

  console.log(`page                                             fields filled needs-you skipped failed | median ms: collect classify plan  fill  (runs: ${runs})`);
  for (const page of pages) {
    const { report, times } = await benchPage(page, runs);
    const c = report.counts;
    const total = report.results.length;
    const f = (n: number) => n.toFixed(1).padStart(6);
    console.log(
      `${shortName(page.file).padEnd(48)} ${String(total).padStart(6)} ${String(c.filled).padStart(6)} ${String(c['needs-you']).padStart(9)} ${String(c.skipped).padStart(7)} ${String(c.failed).padStart(6)} | ${f(times.collect!)} ${f(times.classify!)} ${f(times.plan!)} ${f(times.fill!)}`,
    );
  }
  console.log(`\ntarget: plan + fill of a 40-field form ≤ ${TARGET_PLAN_FILL_MS} ms (react-select comboboxes wait for their menus to render, which counts in fill)`);
  console.log('\nbundle sizes (minified, bytes):');
  for (const [file, size] of bundleSizes()) {
    const note = file.startsWith('content-scripts/') ? `  (always-on content script; target ≤ ${TARGET_CONTENT_KB} KB: ${size <= TARGET_CONTENT_KB * 1024 ? 'met' : 'NOT met'})` : '';
    console.log(`  ${file.padEnd(44)} ${String(size).padStart(8)}${note}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
