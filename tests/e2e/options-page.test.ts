import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
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
    expect(await importFile('wrong-type.json', wrongType)).toMatch(/^Import failed, nothing was changed: work\.0\.company: expected text, got a number/);
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

  it('keeps unsaved edits across rename and switch, asks before closing, and Save looks disabled with nothing to save', async () => {
    const save = options.locator('button[type=submit]');
    await expect.poll(() => save.isDisabled()).toBe(true);
    expect(await save.textContent()).toBe('Saved');
    await options.locator('#profile-select').selectOption(profileA.id);
    const headline = options.locator('#f-headline');
    await headline.fill('Unsaved headline');
    await options.locator('#f-links\\.github').fill('github.com/ada-example');
    await options.locator('#f-links\\.github').blur();
    expect(await options.locator('#f-links\\.github').inputValue()).toBe('https://github.com/ada-example');
    // Rename: stored at once, the unsaved edit still there.
    await options.locator('#profile-label').fill('Renamed A');
    await options.locator('#profile-label').blur();
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toBe('Renamed.');
    expect(await headline.inputValue()).toBe('Unsaved headline');
    // Switch away and back: still there.
    await options.locator('#profile-select').selectOption(profileB.id);
    expect(await headline.inputValue()).toBe(profileB.headline);
    await options.locator('#profile-select').selectOption(profileA.id);
    expect(await headline.inputValue()).toBe('Unsaved headline');
    expect(await options.locator('.save-state').textContent()).toMatch(/Unsaved changes in “Renamed A”/);
    // Closing the tab with unsaved edits asks first.
    let asked = false;
    options.once('dialog', (d) => {
      asked = d.type() === 'beforeunload';
      void d.dismiss();
    });
    await options.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe(true);
    expect(options.isClosed()).toBe(false);
    await save.click();
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toBe('Saved.');
    const { profiles, identity } = await getExtensionStorage(browser.context, ['profiles', 'identity']);
    expect((profiles as { id: string; label: string; headline: string }[]).find((p) => p.id === profileA.id)).toMatchObject({ label: 'Renamed A', headline: 'Unsaved headline' });
    expect((identity as { links: { github: string } }).links.github).toBe('https://github.com/ada-example');
  });

  it('an import error names the field in words, and an export says what it saved', async () => {
    const bad = JSON.stringify({ basics: { name: 'Ada Lovelace', email: 'not-an-address' } });
    expect(await importFile('cv.json', bad)).toBe('Import failed, nothing was changed: basics.email: not an e-mail address');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export all' }).click();
    expect((await download).suggestedFilename()).toBe('applyfill-profiles.json');
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toMatch(/^Exported your details and 3 profiles \(applyfill-profiles\.json\)\.$/);
  });
});
