/**
 * `npm start`: opens Chromium with the built extension on a demo Greenhouse application served at its real URL.
 * With a display you use it yourself; without one (CI, SSH) it fills the page through the popup, then writes a
 * screenshot and the fill report and prints their paths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { shippedProfiles } from '../lib/profile/shipped-profiles';
import { fixturePages } from '../tests/fixtures/pages';
import { buildFixtures } from './build-fixtures';
import { launchWithExtension } from './harness/chromium';
import { withDemoContact } from './harness/demo-contact';
import { storeProfiles } from './harness/extension-storage';
import { fillViaPopup } from './harness/fill-via-popup';
import { servePages } from './harness/serve-pages';

const DEMO = 'greenhouse-react';

async function main(): Promise<void> {
  await buildFixtures();
  const demo = fixturePages.find((p) => p.name === DEMO);
  if (!demo) throw new Error(`no fixture page named ${DEMO}`);
  const headless = process.env.DISPLAY === undefined || process.argv.includes('--headless');
  const browser = await launchWithExtension({ headless });
  const { refused } = await servePages(browser.context, fixturePages.map((p) => ({ url: p.url, file: p.file })));
  // The demo contact exists only in this throwaway browser profile.
  const profiles = shippedProfiles().map((p) => withDemoContact(p));
  await storeProfiles(browser.context, profiles, profiles[0]!.id);

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(demo.url);
  if (!headless) {
    console.log(`Chromium is open on ${demo.url}. Click the Applyfill icon (puzzle piece → pin) and press Fill.`);
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    return;
  }
  const { summary, report } = await fillViaPopup(browser.context, browser.extensionId, page);
  const out = resolve('demo-output');
  mkdirSync(out, { recursive: true });
  const screenshot = resolve(out, 'demo-fill.png');
  const reportFile = resolve(out, 'demo-fill-report.json');
  await page.screenshot({ path: screenshot, fullPage: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  await browser.close();
  console.log(`Filled ${demo.url} headless: ${summary}`);
  for (const r of report.results) console.log(`  ${r.status.padEnd(9)} ${r.role.padEnd(18)} ${r.label} = ${JSON.stringify(r.value)}`);
  console.log(`Screenshot: ${screenshot}`);
  console.log(`Report:     ${reportFile}`);
  if (refused.length) console.log(`Blocked ${refused.length} request(s) that tried to leave the machine: ${refused.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
