import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillReport } from '../../lib/fill/fill-report';
import type { Profile } from '../../lib/profile/profile-schema';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { demoProfileWithAnswers } from '../../scripts/harness/demo-answers';
import { storeProfiles } from '../../scripts/harness/extension-storage';
import { fillViaPopup } from '../../scripts/harness/fill-via-popup';
import { servePages } from '../../scripts/harness/serve-pages';
import { intlPhonePage, leverDeadLocationPage } from '../fixtures/intl-phone/phone-page';

const PHONE_URL = 'https://job-boards.greenhouse.io/acme/jobs/9001';
const LEVER_URL = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000b002/apply';

let browser: LaunchedBrowser;
const base = demoProfileWithAnswers('Phone');

async function fillWith(profile: Profile, url: string): Promise<{ tab: Page; report: FillReport }> {
  await storeProfiles(browser.context, [profile], profile.id);
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const { report } = await fillViaPopup(browser.context, browser.extensionId, tab);
  return { tab, report };
}

type Iti = { getSelectedCountry(): { iso2?: string } | null; getNumber(): string };
const widget = (tab: Page) =>
  tab.evaluate(() => {
    const iti = (window as unknown as { iti: Iti }).iti;
    return { iso2: iti.getSelectedCountry()?.iso2 ?? '', number: iti.getNumber(), shown: (document.querySelector('#phone') as HTMLInputElement).value };
  });

beforeAll(async () => {
  browser = await launchWithExtension();
  await servePages(browser.context, [
    { url: PHONE_URL, body: await intlPhonePage() },
    { url: LEVER_URL, body: leverDeadLocationPage() },
  ]);
});

afterAll(async () => {
  await browser?.close();
});

describe('intl-tel-input phone field (the real widget from npm)', () => {
  it('is a phone box, not a suggestion box: the country the number implies is picked, the national number typed, and both verified', async () => {
    const { tab, report } = await fillWith({ ...base, identity: { ...base.identity, phone: '+49 30 5550100' } }, PHONE_URL);
    try {
    const phone = report.results.find((r) => r.fieldId === '#phone')!;
    expect(phone).toMatchObject({ role: 'phone', status: 'filled', reason: /country Germany \(\+49\) picked, national number typed/ });
    // What the widget holds: Germany selected, the number shown (the widget formats it its own way), and the number
    // its hidden input gets on submit (intl-tel-input writes the hidden input only then; Applyfill never submits).
    expect(await widget(tab)).toEqual({ iso2: 'de', number: '+49305550100', shown: expect.stringMatching(/30 ?555 ?0100$/) });
    await tab.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/applyfill-intl-phone.png` });
    } finally {
      await tab.close();
    }
  });

  it('a code several countries share (+1): the widget reads the country from the whole number', async () => {
    const { tab, report } = await fillWith({ ...base, identity: { ...base.identity, phone: '+1 415 555 0100' } }, PHONE_URL);
    try {
      expect(report.results.find((r) => r.fieldId === '#phone')).toMatchObject({ status: 'filled', reason: /typed with its country code \(\+1 is shared/ });
      expect(await widget(tab)).toMatchObject({ iso2: 'us', number: '+14155550100' });
    } finally {
      await tab.close();
    }
  });
});

describe('Lever location box with no suggestion list answering', () => {
  it('keeps "City, Region, Country" as typed, amber on the page, reported "typed, no suggestion picked: check", not a failure', async () => {
    const { tab, report } = await fillWith(base, LEVER_URL);
    const location = report.results.find((r) => r.fieldId === '#location-input')!;
    expect(location).toMatchObject({ status: 'filled', check: true, reason: /typed, no suggestion picked: check/ });
    expect(await tab.locator('#location-input').inputValue()).toBe('Berlin, Germany');
    expect(await tab.locator('#selected-location').inputValue()).toBe('');
    expect(await tab.locator('#location-input').evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(191, 135, 0)');
    expect(report.counts.failed).toBe(0);
    await tab.close();
  });
});
