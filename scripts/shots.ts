/**
 * `npm run shots -- --out <dir>`: a PNG of every view of the built extension at its real size, in the light and
 * the dark theme, named `<view>-<theme>.png`, so a reviewer can look without a browser.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { optionSectionIds } from '../components/options/field-specs';
import { shippedProfiles } from '../lib/profile/shipped-profiles';
import { fixturePages } from '../tests/fixtures/pages';
import { buildFixtures } from './build-fixtures';
import { launchWithExtension } from './harness/chromium';
import { withDemoContact } from './harness/demo-contact';
import { storeProfiles } from './harness/extension-storage';
import { servePages } from './harness/serve-pages';
import { allViews, POSTING } from './harness/views';

const THEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'shots' } } });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  await buildFixtures();
  const form = fixturePages.find((p) => p.name === 'lever-apply')!;
  const written: string[] = [];
  for (const theme of THEMES) {
    // A fresh browser per theme: the onboarding view is shown as a first run sees it.
    const browser = await launchWithExtension();
    try {
      await servePages(browser.context, [...fixturePages.map((p) => ({ url: p.url, file: p.file })), POSTING]);
      for (const view of allViews(form.url, optionSectionIds())) {
        if (view.name === 'review') {
          const profiles = shippedProfiles().map((p) => withDemoContact(p));
          await storeProfiles(browser.context, profiles, profiles[0]!.id);
        }
        const page = await view.open(browser);
        await page.emulateMedia({ colorScheme: theme });
        const file = resolve(out, `${view.name}-${theme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
  console.log(`shots: ${written.length} PNGs in ${out}`);
  for (const f of written) console.log(`  ${f}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
