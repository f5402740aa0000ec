/**
 * `npm run try -- <page.html> --url <URL> [--profile <file.json>] [--resume cv.pdf] [--json] [--out-html f] [--screenshot f.png]`
 * Serves a saved application page at its real URL to Chromium with the built extension, fills it through the
 * popup exactly as a user would, and prints per field what happened, read back from the page. `--profile` takes
 * Applyfill's own format or JSON Resume; a profile that names a résumé gets a stand-in PDF of that name unless
 * `--resume` gives the file. `--json` prints one object { url, ats, fields, timings } and nothing else.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { detectAts } from '../lib/ats/detect-ats';
import { shippedProfiles } from '../lib/profile/shipped-profiles';
import { EXTENSION_DIR, launchWithExtension } from './harness/chromium';
import { withDemoContact } from './harness/demo-contact';
import { storeProfiles } from './harness/extension-storage';
import { fillViaPopup } from './harness/fill-via-popup';
import { loadProfileFile } from './harness/load-profile-file';
import { saveFilledPage } from './harness/serialize-filled-page';
import { servePages } from './harness/serve-pages';
import { storeResume } from './harness/stored-resume';
import { fixturePages } from '../tests/fixtures/pages';

const repoFile = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const USAGE =
  'usage: npm run try -- <page.html> --url <URL> [--profile f.json] [--resume cv.pdf] [--json] [--out-html f.html] [--screenshot f.png]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      profile: { type: 'string' },
      resume: { type: 'string' },
      json: { type: 'boolean', default: false },
      'out-html': { type: 'string' },
      screenshot: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || !values.url) throw new Error(USAGE);
  if (!existsSync(file)) throw new Error(`no such page: ${file}`);
  if (values.resume && !existsSync(values.resume)) throw new Error(`no such résumé file: ${values.resume}`);
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run `npm run build` first');
  const chosen = values.profile ? loadProfileFile(values.profile) : withDemoContact(shippedProfiles()[0]!);

  const browser = await launchWithExtension();
  try {
    // The project's own pages are served too, so a company page can load the Greenhouse embed it holds.
    const own = fixturePages.map((p) => ({ url: p.url, file: repoFile(p.file) }));
    const { refused } = await servePages(browser.context, [...own, { url: values.url, file }]);
    const profile = await storeResume(browser.context, chosen, values.resume);
    await storeProfiles(browser.context, [profile], profile.id);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(values.url);
    const { report } = await fillViaPopup(browser.context, browser.extensionId, page);
    const written = values['out-html'] ? await saveFilledPage(page, resolve(values['out-html'])) : [];
    if (values.screenshot) await page.screenshot({ path: resolve(values.screenshot), fullPage: true });
    const fields = report.results.map((r) => ({ name: r.name, id: r.domId, label: r.label, role: r.role, status: r.status, value: r.value, reason: r.reason }));
    // The form may sit in an iframe on another host (the Greenhouse embed): its own URL says which ATS it is.
    const ats = detectAts(report.url)?.id ?? detectAts(values.url)?.id ?? null;
    if (values.json) {
      console.log(JSON.stringify({ url: values.url, ats, fields, timings: report.timings ?? null }));
      return;
    }
    for (const f of fields) {
      console.log(`${f.status.padEnd(9)} ${f.role.padEnd(18)} ${(f.name || f.id || '-').slice(0, 40).padEnd(40)} ${f.label.slice(0, 50).padEnd(50)} = ${JSON.stringify(f.value).slice(0, 60)}`);
      console.log(`          ${f.reason}`);
    }
    console.log(`\n${ats ?? 'no ATS'}: ${report.counts.filled} filled, ${report.counts['needs-you']} needs you, ${report.counts.skipped} skipped, ${report.counts.failed} failed`);
    if (report.timings) console.log(`timings (ms): ${JSON.stringify(report.timings)}`);
    if (written.length) console.log(`page after the fill: ${written.join(', ')}`);
    if (values.screenshot) console.log(`screenshot: ${resolve(values.screenshot)}`);
    if (refused.length) console.log(`requests refused (never left the machine): ${refused.length}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
