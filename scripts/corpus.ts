/**
 * `npm run corpus -- <folder> [--profile f.json] [--out corpus-report] [--only substring]`
 * Runs the built extension in Chromium over every application page under <folder> (recursively) that an adapter
 * accepts, each served at its URL (from the folder's index.json, else from the page), fills it through the popup
 * with the chosen profile (default: the demo profile with stored answers) and writes
 * `<out>/summary.md` (per ATS and layout: pages, fields, filled, needs-you, skipped, unknown; the most common
 * needs-you and unknown labels; errors; per-page times) and `<out>/fields.tsv` (one row per field: page, field,
 * label, section context, role, status, value, reason). One browser, one tab and one popup, pages in sequence.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import type { FillReport } from '../lib/fill/fill-report';
import { launchWithExtension, type LaunchedBrowser } from './harness/chromium';
import { demoProfileWithAnswers } from './harness/demo-answers';
import { getExtensionStorage, setExtensionStorage, storeProfiles } from './harness/extension-storage';
import { fillFromPopup, openPopupFor } from './harness/popup';
import { loadProfileFile } from './harness/load-profile-file';
import { servePages } from './harness/serve-pages';
import { storeResume } from './harness/stored-resume';
import { corpusPages, type CorpusPage } from './corpus/corpus-pages';
import { fieldsTsv, summaryMd, type PageOutcome } from './corpus/corpus-summary';

const USAGE = 'usage: npm run corpus -- <folder> [--profile f.json] [--out dir] [--only regex]';

/** The extension's own collect, bundled for the page, to read each field's section context by field id. */
async function sectionProbe(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { collectFields } from './lib/fields/collect-fields';
        globalThis.__applyfillSections = () => Object.fromEntries(collectFields(document).fields.map((f) => [f.id, [f.section, f.sectionNote, f.groupIndex ? '#' + f.groupIndex : ''].filter(Boolean).join(' | ')]));`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

async function sectionsIn(frame: Frame, probe: string): Promise<Record<string, string>> {
  try {
    return await frame.evaluate(`(() => { ${probe}; return globalThis.__applyfillSections(); })()`);
  } catch {
    return {};
  }
}

/** One tab for the pages and one popup acting on it, reused page after page: a launch or a tab costs seconds here. */
interface Session {
  tab: Page;
  popup: Page;
  popupUrl: string;
}

async function openSession(browser: LaunchedBrowser, first: CorpusPage): Promise<Session> {
  const tab = await browser.context.newPage();
  await tab.goto(first.url, { waitUntil: 'load', timeout: 15_000 });
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  return { tab, popup, popupUrl: popup.url() };
}

async function runPage(browser: LaunchedBrowser, session: Session, page: CorpusPage, probe: string): Promise<PageOutcome> {
  const started = performance.now();
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(`popup: ${e.message.split('\n')[0]}`);
  session.popup.on('pageerror', onError);
  try {
    if (session.tab.url() !== page.url) await session.tab.goto(page.url, { waitUntil: 'load', timeout: 15_000 });
    await session.tab.bringToFront();
    await session.popup.goto(session.popupUrl);
    // A form no person sees gets no Fill button, only the popup's word for it: that is an outcome, not an error.
    const hidden = session.popup.locator('p.muted', { hasText: 'hidden from view' });
    await Promise.race([session.popup.locator('button.fill').waitFor({ timeout: 30_000 }), hidden.waitFor({ timeout: 30_000 })]).catch(() => undefined);
    if (await hidden.count()) return { name: page.name, ats: page.ats, layout: page.layout, rows: [], ms: performance.now() - started, hidden: (await hidden.first().textContent()) ?? '' };
    await fillFromPopup(session.popup);
    const { lastFillReport } = await getExtensionStorage(browser.context, ['lastFillReport']);
    const report = lastFillReport as FillReport | undefined;
    if (!report) throw new Error('the popup finished but stored no report');
    const frame = session.tab.frames().find((f) => f.url() === report.url) ?? session.tab.mainFrame();
    const sections = await sectionsIn(frame, probe);
    const rows = report.results.map((r) => ({ ...r, page: page.name, section: sections[r.fieldId] ?? '' }));
    return { name: page.name, ats: page.ats, layout: page.layout, rows, ms: performance.now() - started, ...(errors.length ? { error: errors.join('; ') } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { name: page.name, ats: page.ats, layout: page.layout, rows: [], ms: performance.now() - started, error: [message, ...errors].join('; ') };
  } finally {
    session.popup.off('pageerror', onError);
    await setExtensionStorage(browser.context, { lastFillReport: null });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { profile: { type: 'string' }, out: { type: 'string', default: 'corpus-report' }, only: { type: 'string' } },
  });
  const folder = positionals[0];
  if (!folder) throw new Error(USAGE);
  const { pages: found, noUrl } = corpusPages(folder);
  const only = values.only ? new RegExp(values.only, 'i') : null;
  const pages = only ? found.filter((p) => only.test(p.name)) : found;
  if (!pages.length) throw new Error(`no application page of a supported ATS under ${folder}`);
  const chosen = values.profile ? loadProfileFile(values.profile) : demoProfileWithAnswers('Corpus');
  const probe = await sectionProbe();

  const started = performance.now();
  const browser = await launchWithExtension();
  const outcomes: PageOutcome[] = [];
  try {
    await servePages(browser.context, pages.map((p) => ({ url: p.url, file: p.file })));
    const profile = await storeResume(browser.context, chosen);
    await storeProfiles(browser.context, [profile], profile.id);
    const session = await openSession(browser, pages[0]!);
    for (const page of pages) {
      const outcome = await runPage(browser, session, page, probe);
      outcomes.push(outcome);
      const c = (s: string) => outcome.rows.filter((r) => r.status === s).length;
      console.log(`${page.name.padEnd(52)} ${String(outcome.rows.length).padStart(3)} fields  ${String(c('filled')).padStart(3)} filled  ${String(c('needs-you')).padStart(3)} needs-you  ${outcome.ms.toFixed(0).padStart(5)} ms${outcome.error ? `  ERROR ${outcome.error}` : ''}${outcome.hidden ? '  FORM HIDDEN FROM VIEW' : ''}`);
    }
  } finally {
    await browser.close();
  }
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const meta = { folder, profile: chosen.label, totalMs: performance.now() - started, noUrl };
  writeFileSync(resolve(out, 'summary.md'), summaryMd(outcomes, meta));
  writeFileSync(resolve(out, 'fields.tsv'), fieldsTsv(outcomes));
  console.log(`\n${outcomes.length} pages in ${(meta.totalMs / 1000).toFixed(1)} s; wrote ${out}/summary.md and fields.tsv`);
  if (outcomes.some((o) => o.error)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
