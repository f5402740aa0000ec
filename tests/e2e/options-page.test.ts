import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, setExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { servePages } from '../../scripts/harness/serve-pages';
import { splitProfile } from '../../lib/profile/combine-profile';
import { exportProfile } from '../../lib/profile/profile-import';
import { e2eProfiles } from './e2e-profiles';

let browser: LaunchedBrowser;
let options: Page;
const [profileA, profileB] = e2eProfiles();

/** Import a file and return the message it produced (each call in this file expects a message unlike the last). */
async function importFile(name: string, text: string): Promise<string> {
  const message = options.locator('[data-testid=options-message]');
  const previous = (await message.count()) > 0 ? await message.textContent() : null;
  await options.locator('[data-testid=import-file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(async () => ((await message.count()) > 0 ? await message.textContent() : null)).not.toBe(previous);
  return (await message.textContent()) ?? '';
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, []);
  await storeProfiles(browser.context, [profileA, profileB], profileA.id);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#profile-select').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('options page in Chromium', () => {
  it('a broken import shows the error, naming the problem, and leaves stored data exactly as it was', async () => {
    const before = await getExtensionStorage(browser.context);
    expect(await importFile('broken.json', '{"schemaVersion": 1, "id": ')).toMatch(/^Import failed, nothing was changed: not valid JSON/);
    expect(await getExtensionStorage(browser.context)).toEqual(before);
    const wrongType = JSON.stringify({ ...profileB, id: 'other', work: [{ company: 42, title: 'x' }] });
    expect(await importFile('wrong-type.json', wrongType)).toMatch(/^Import failed, nothing was changed: work\.0\.company: .*expected string/);
    expect(await getExtensionStorage(browser.context)).toEqual(before);
  });

  it('a good import adds the profile beside the others', async () => {
    const { identity, resume } = splitProfile(profileB);
    const text = exportProfile(identity, { ...resume, id: 'imported-one', label: 'Imported one' });
    expect(await importFile('good.json', text)).toMatch(/^Imported 1 profile\./);
    const { profiles } = await getExtensionStorage(browser.context, ['profiles']);
    expect((profiles as { id: string }[]).map((p) => p.id)).toEqual([profileA.id, profileB.id, 'imported-one']);
  });

  it('edits a field with a message next to it when invalid, and saves when valid', async () => {
    await options.locator('#profile-select').selectOption(profileA.id);
    const email = options.locator('#f-identity\\.email');
    await email.fill('not an email');
    await expect.poll(() => email.locator('xpath=..').locator('[role=alert]').textContent()).toMatch(/email/i);
    expect(await options.locator('button[type=submit]').isDisabled()).toBe(true);
    await email.fill('new.address@example.org');
    await options.locator('button[type=submit]').click();
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toMatch(/^Saved/);
    const { identity } = await getExtensionStorage(browser.context, ['identity']);
    expect((identity as { contact: { email: string } }).contact.email).toBe('new.address@example.org');
  });
});
