import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FillReport } from '../../lib/fill/fill-report';
import type { FillStep, PlanStep } from '../../lib/plan/fill-plan';
import { matchOption } from '../../lib/plan/option-match';
import { matchPlace } from '../../lib/plan/place-match';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import type { Profile } from '../../lib/profile/profile-schema';
import { buildFixtures } from '../../scripts/build-fixtures';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/harness/chromium';
import { getExtensionStorage, storeProfiles } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { readBack, snapshotFromPopup } from '../../scripts/harness/read-back';
import { servePages } from '../../scripts/harness/serve-pages';
import { storeResume } from '../../scripts/harness/stored-resume';
import { fixturePages } from '../fixtures/pages';
import { demoProfileWithAnswers, RESUME_NAME } from '../../scripts/harness/demo-answers';
import { checkNetworkPerTest } from './network-per-test';

let browser: LaunchedBrowser;
let profile: Profile;
let network: { refused: string[]; served: string[] };

const url = (name: string) => fixturePages.find((p) => p.name === name)!.url;

async function open(name: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(url(name));
  return tab;
}

async function useProfile(p: Profile): Promise<void> {
  await storeProfiles(browser.context, [p], p.id);
}

/** Does what the page shows now fit the step? Exactly the planned text, or for widgets the plan's own matcher. */
function fits(step: FillStep, shown: string): boolean {
  if (step.kind === 'combobox' || step.kind === 'autocomplete') {
    const option = [{ value: shown, text: shown }];
    return shown !== '' && (step.place ? matchPlace(option, step.place) : matchOption(option, step.candidates)).kind === 'one';
  }
  return shown === step.value;
}

interface Filled {
  steps: PlanStep[];
  report: FillReport;
  shown: Record<string, string>;
  byId: Record<string, FillReport['results'][number]>;
}

/**
 * Fill `tab` from the popup and hold the page to the plan: every planned value the fill reports as filled is what
 * the page now shows (read back without the extension's code), and every other field shows nothing at all: no
 * value was written where none was planned, nor where the page would not take the planned one. Unless the page
 * has dead widgets (`allFilled: false`), every planned value must have gone in.
 */
async function fillAndCompare(tab: Page, opts: { frame?: Frame; planned?: Profile; allFilled?: boolean } = {}): Promise<Filled> {
  const { frame = tab, planned = profile, allFilled = true } = opts;
  const popup = await openPopupFor(browser.context, browser.extensionId, tab);
  const snapshot = await snapshotFromPopup(popup);
  const plan = planForSnapshot(snapshot, planned);
  expect(await fillFromPopup(popup)).toMatch(/^filled \d+, needs you \d+/);
  await popup.close();
  const report = (await getExtensionStorage(browser.context, ['lastFillReport'])).lastFillReport as FillReport;
  const shown = await readBack(frame, plan.steps);
  const byId = Object.fromEntries(report.results.map((r) => [r.fieldId, r]));
  for (const step of plan.steps) {
    const now = shown[step.fieldId]!;
    if (now === '(unaddressable)') continue;
    if (step.action === 'fill' && (allFilled || byId[step.fieldId]?.status === 'filled')) {
      expect(fits(step, now), `${step.fieldId} (${step.label}) shows "${now}", planned "${step.value}"`).toBe(true);
      expect(byId[step.fieldId], step.fieldId).toMatchObject({ status: 'filled', value: now });
    } else {
      expect(now, `${step.fieldId} (${step.label}) was not to be filled: ${step.reason}`).toBe('');
    }
  }
  return { steps: plan.steps, report, shown, byId };
}

const step = (f: Filled, fieldId: string) => f.steps.find((s) => s.fieldId === fieldId)!;
const submitted = (frame: Frame | Page) => frame.evaluate(() => document.body.dataset.submitted ?? 'no');

beforeAll(async () => {
  await buildFixtures();
  browser = await launchWithExtension();
  network = await servePages(browser.context, fixturePages.map((p) => ({ url: p.url, file: p.file })));
  profile = await storeResume(browser.context, demoProfileWithAnswers('Field engine'));
  await useProfile(profile);
});

afterAll(async () => {
  await browser?.close();
});

// No request leaves the machine: checked after each test, for what that test did.
checkNetworkPerTest(() => network);

describe('field engine in Chromium: what the page shows equals the plan', () => {
  it('classic Greenhouse board: text, Yes/No and EEO selects, résumé in the separate S3 form; decoys and hidden race untouched', async () => {
    const tab = await open('greenhouse-classic');
    const f = await fillAndCompare(tab);
    expect(f.shown).toMatchObject({
      '#first_name': 'Demo',
      '#job_application_location': 'Berlin, Germany',
      '#job_application_answers_attributes_3_boolean_value': 'Yes',
      '#job_application_answers_attributes_4_boolean_value': 'No',
      '#job_application_gender': 'Decline To Self Identify',
      '#job_application_veteran_status': "I don't wish to answer",
      'name:file': RESUME_NAME,
      'name:file~1': '',
    });
    // The board's own script saw the file, as a person would: its name next to "Attach".
    expect(await tab.locator('#resume_filename').textContent()).toBe(RESUME_NAME);
    expect(f.byId['#job_application_race']).toMatchObject({ status: 'skipped', reason: /hidden/ });
    expect(f.byId['#job_application_website_url']).toMatchObject({ status: 'skipped' });
    expect(f.byId['#job_application_answers_attributes_6_text_value']).toMatchObject({ status: 'needs-you' });
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('Greenhouse embed inside a company page: fills the frame, and its dead comboboxes are handed over at once', async () => {
    const tab = await open('acme-careers-embed-host');
    const frame = tab.frames().find((fr) => fr.url().includes('/embed/job_app'))!;
    await frame.waitForSelector('#first_name');
    const f = await fillAndCompare(tab, { frame, allFilled: false });
    expect(f.shown).toMatchObject({ '#first_name': 'Demo', '#email': profile.identity.email, '#question_7001100004': profile.links.linkedin, '#resume': RESUME_NAME });
    const combos = f.steps.filter((s) => s.kind === 'combobox' && s.action === 'fill');
    expect(combos.length).toBeGreaterThan(3);
    for (const s of combos) expect(f.byId[s.fieldId], s.fieldId).toMatchObject({ status: 'needs-you', reason: /did not open/ });
    // Saved-page widgets never open; that the second and later ones cost a glance each, not seconds, is measured
    // on the virtual clock in fill-widgets.test.ts ("after one dead widget…"), not by this machine's wall time.
    expect(await submitted(frame)).toBe('no');
    await tab.close();
  });

  it('React board: react-selects opened, typed into and picked (async location too), résumé shown in the widget', async () => {
    const tab = await open('greenhouse-react');
    await tab.waitForSelector('#first_name');
    const f = await fillAndCompare(tab);
    expect(f.shown).toMatchObject({
      '#country': 'Germany +49',
      '#candidate-location': 'Berlin, Germany',
      '#question_41020005002': 'Yes',
      '#question_41020006002': 'No',
      '#gender': 'Decline To Self Identify',
      '#disability_status': 'I do not want to answer',
      '#resume': RESUME_NAME,
    });
    // Typed, not merely opened: the location search offers nothing until text is typed.
    expect(step(f, '#candidate-location')).toMatchObject({ typed: 'Berlin, Germany' });
    await expect.poll(() => tab.locator('.file-upload__filename').first().textContent()).toBe(RESUME_NAME);
    // React committed the picks: its required-select decoys are gone except for the one select left to the user.
    expect(await tab.locator('input[class*="requiredInput"]').count()).toBe(1);
    // A re-render from state would show values React never took in; force one and read again.
    await tab.locator('#question_41020008002').fill('A few words of my own.');
    expect(await readBack(tab, f.steps.filter((s) => s.action === 'fill'))).toEqual(
      Object.fromEntries(f.steps.filter((s) => s.action === 'fill').map((s) => [s.fieldId, f.shown[s.fieldId]])),
    );
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('Lever: cards (dropdown and radios), EEO selects, the location picked from its suggestions, résumé upload', async () => {
    const tab = await open('lever-apply');
    const f = await fillAndCompare(tab);
    const card = 'name:cards[3c9e1f52-6a7d-4b8e-9f10-2d4c5b6a7e81]';
    expect(f.shown).toMatchObject({
      'name:name': 'Demo Candidate',
      '#location-input': 'Berlin, Germany',
      [`${card}[field0]`]: 'Yes',
      [`${card}[field1]`]: '',
      [`${card}[field2]`]: 'No',
      'name:eeo[gender]': 'Decline to self-identify',
      'name:eeo[race]': 'Decline to self-identify',
      'name:consent[marketing]': '',
      '#resume-upload-input': RESUME_NAME,
    });
    // Picked from the list, not merely typed: the page stored the chosen suggestion.
    expect(JSON.parse(await tab.locator('#selected-location').inputValue())).toMatchObject({ name: 'Berlin, Germany' });
    expect(await tab.locator('.visible-resume-upload .filename').textContent()).toBe(RESUME_NAME);
    await expect.poll(() => tab.locator('input[name=resumeStorageId]').inputValue()).not.toBe('');
    expect(await submitted(tab)).toBe('no');
    await tab.close();
  });

  it('Lever location: the city alone is tried when the whole place brings nothing, and the right country is picked', async () => {
    const london = { ...profile, identity: { ...profile.identity, location: { city: 'London', region: '', postalCode: '', country: 'Canada' } } };
    await useProfile(london);
    try {
      const tab = await open('lever-apply');
      const f = await fillAndCompare(tab, { planned: london });
      expect(f.shown['#location-input']).toBe('London, ON, Canada');
      await tab.close();
    } finally {
      await useProfile(profile);
    }
  });

  it('Lever location with no fitting suggestion: the place stays as typed, amber, "typed, no suggestion picked: check"', async () => {
    await useProfile({ ...profile, identity: { ...profile.identity, location: { city: 'Atlantis', region: '', postalCode: '', country: 'Germany' } } });
    try {
      const tab = await open('lever-apply');
      const popup = await openPopupFor(browser.context, browser.extensionId, tab);
      await fillFromPopup(popup);
      await popup.close();
      const report = (await getExtensionStorage(browser.context, ['lastFillReport'])).lastFillReport as FillReport;
      expect(report.results.find((r) => r.fieldId === '#location-input')).toMatchObject({ status: 'filled', check: true, reason: /typed, no suggestion picked: check/ });
      expect(await tab.locator('#location-input').inputValue()).toBe('Atlantis, Germany');
      expect(await tab.locator('#selected-location').inputValue()).toBe('');
      expect(await tab.locator('#location-input').getAttribute('data-applyfill')).toBe('check');
      expect(await tab.locator('#location-input').evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(191, 135, 0)');
      await tab.close();
    } finally {
      await useProfile(profile);
    }
  });
});
