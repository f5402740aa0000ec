import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, resetExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { servePages } from '../../scripts/harness/serve-pages';
import { splitProfile } from '../../lib/profile/combine-profile';
import { exportProfile } from '../../lib/profile/profile-import';
import { e2eProfiles } from './e2e-profiles';

let browser: LaunchedBrowser;
type Chrome = { chrome: { storage: { local: { getBytesInUse(k: null): Promise<number>; getKeys(): Promise<string[]> } } } };
/** The stored keys, without reading megabytes of résumé bytes over the debugging protocol. */
const storedKeys = () => browser.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.getKeys());
/** What Chromium itself counts against the 10 MB quota. */
const bytesInUse = () =>
  browser.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.getBytesInUse(null));
let options: Page;
/** The storage every test starts from: the two profiles, profile A active. */
let stored: Record<string, unknown>;
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
  stored = await getExtensionStorage(browser.context);
});

// Each test its own options page on the same stored profiles: none sees what another imported, saved or uploaded.
beforeEach(async () => {
  await resetExtensionStorage(browser.context, stored);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#profile-select').waitFor();
});

afterEach(async () => {
  if (!options.isClosed()) await options.close();
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
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toMatch(/^Exported your details and 2 profiles \(applyfill-profiles\.json\)\.$/);
  });

  it('replacing a 2 MB résumé three times keeps one stored file; unsaved uploads, Revert and Remove free theirs', async () => {
    const message = options.locator('[data-testid=options-message]');
    const fileKeys = async () => (await storedKeys()).filter((k) => k.startsWith('resume:')).sort();
    // A 2 MB file is read, encoded and stored before the message shows: longer than expect.poll's default second.
    const slow = { timeout: 15_000 };
    // The file is made in the page (a real File through a real change event): sending 2 MB over the debugging
    // protocol with setInputFiles takes seconds on a loaded machine, and is not what this test is about.
    const upload = async (n: number, bytes = 2 * 1024 * 1024) => {
      await options.locator('[data-testid=resume-input]').evaluate((input: HTMLInputElement, [n, bytes]) => {
        const files = new DataTransfer();
        files.items.add(new File([new Uint8Array(bytes).fill(n)], `cv-${n}.pdf`, { type: 'application/pdf' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, [n, bytes] as const);
      await expect.poll(() => message.textContent(), slow).toBe(`cv-${n}.pdf attached; press Save to keep it.`);
    };
    const save = async () => {
      await options.locator('button[type=submit]').click();
      await expect.poll(() => message.textContent(), slow).toBe('Saved.');
    };
    await options.locator('#profile-select').selectOption(profileA.id);
    const empty = await bytesInUse();
    for (let n = 1; n <= 4; n++) {
      await upload(n);
      await save();
    }
    const kept = await fileKeys();
    expect(kept).toHaveLength(1);
    const afterThree = await bytesInUse();
    // Unsaved uploads: replaced before Save, the first goes at once; Revert drops the second.
    await upload(5, 10_000);
    await upload(6, 10_000);
    expect(await fileKeys()).toHaveLength(2);
    await options.getByRole('button', { name: 'Revert', exact: true }).click();
    await expect.poll(fileKeys, slow).toEqual(kept);
    await options.getByRole('button', { name: 'Remove', exact: true }).click();
    await save();
    await expect.poll(fileKeys, slow).toEqual([]);
    const removed = await bytesInUse();
    console.log(`[storage figures, Chromium] bytes in use: ${empty} with no résumé, ${afterThree} after a 2 MB résumé was replaced three times (1 file key), ${removed} after Remove`);
    expect(afterThree - empty).toBeLessThan(3 * 1024 * 1024);
    expect(removed).toBeLessThan(empty + 2048);
  });

  it('a second options tab: saving another profile merges, saving the same profile is refused, never overwritten', async () => {
    const other = await browser.context.newPage();
    await other.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await other.locator('#profile-select').selectOption(profileB.id);
    await other.locator('#f-headline').fill('From the other tab');
    await other.locator('button[type=submit]').click();
    await expect.poll(() => other.locator('[data-testid=options-message]').textContent()).toBe('Saved.');
    const headlines = async () => Object.fromEntries(((await getExtensionStorage(browser.context, ['profiles'])).profiles as { id: string; headline: string }[]).map((p) => [p.id, p.headline]));

    await options.locator('#profile-select').selectOption(profileB.id);
    await options.locator('#f-headline').fill('From this tab');
    await options.locator('button[type=submit]').click();
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toMatch(/changed in another tab .*reload.*Nothing was saved\.$/);
    expect((await headlines())[profileB.id]).toBe('From the other tab');

    await options.getByRole('button', { name: 'Revert', exact: true }).click();
    await options.locator('#profile-select').selectOption(profileA.id);
    await options.locator('#f-headline').fill('Headline A, this tab');
    await options.locator('button[type=submit]').click();
    await expect.poll(() => options.locator('[data-testid=options-message]').textContent()).toBe('Saved.');
    expect(await headlines()).toMatchObject({ [profileA.id]: 'Headline A, this tab', [profileB.id]: 'From the other tab' });
    await other.close();
  });
});
