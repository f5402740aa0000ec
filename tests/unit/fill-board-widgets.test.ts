import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { undoFill } from '../../lib/fill/undo-fill';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import type { Profile } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';
import { ASHBY, WORKABLE, ashbyCheckboxes, ashbyRadios, ashbyYesNo, wkCheckboxes, wkRadios } from '../support/board-markup';

const wait = async () => undefined;

function profile(): Profile {
  const base = shippedProfiles()[0]!;
  return {
    ...base,
    answers: { ...base.answers, needsSponsorship: 'no', workAuthorization: [{ country: 'United States', authorized: 'yes' }] },
    selfIdentification: { ...base.selfIdentification, gender: { kind: 'decline' }, raceEthnicity: { kind: 'decline' } },
  };
}

/** Ashby's Yes/No as its script behaves: the pressed button turns active, the hidden checkbox holds "Yes". */
function liveYesNo(doc: Document): void {
  for (const row of Array.from(doc.querySelectorAll('._yesno'))) {
    const box = row.querySelector('input')!;
    const buttons = Array.from(row.querySelectorAll('button'));
    for (const b of buttons) {
      b.addEventListener('click', () => {
        const was = b.classList.contains('_active_x');
        buttons.forEach((x) => x.classList.remove('_active_x'));
        if (!was) b.classList.add('_active_x');
        box.checked = !was && b.textContent === 'Yes';
      });
    }
  }
}

async function fill(url: string, html: string, live?: (doc: Document) => void) {
  const doc = documentFrom(`<form>${html}</form>`, url);
  live?.(doc);
  let submits = 0;
  doc.querySelector('form')!.addEventListener('submit', (e) => {
    submits++;
    e.preventDefault();
  });
  const { snapshot, elements } = analyzePage(doc, url);
  const plan = planForSnapshot(snapshot, profile());
  const { report, snapshots } = await executePlan(plan, { elements, wait });
  return { doc, report, snapshots, elements, submits: () => submits, plan };
}

describe('Ashby widgets, filled as a person would', () => {
  const html = ashbyYesNo('q1', 'Are you legally authorized to work in the United States?') + ashbyYesNo('q2', 'Will you now or in the future require visa sponsorship?');

  it('presses the Yes/No buttons, the hidden checkbox follows, and the form is never submitted', async () => {
    const { doc, report, submits } = await fill(ASHBY, html, liveYesNo);
    expect(report.results.map((r) => [r.fieldId, r.status, r.value])).toEqual([
      ['name:q1', 'filled', 'Yes'],
      ['name:q2', 'filled', 'No'],
    ]);
    expect((doc.querySelector('input[name=q1]') as HTMLInputElement).checked).toBe(true);
    expect((doc.querySelector('input[name=q2]') as HTMLInputElement).checked).toBe(false);
    // Each <button> without a type inside the form is a submit button: pressing it must not send the form.
    expect(submits()).toBe(0);
    // (A plain click would have sent it: the check above can fail.)
    (doc.querySelector('button') as HTMLButtonElement).click();
    expect(submits()).toBe(1);
  });

  it('undo releases the pressed buttons', async () => {
    const { doc, snapshots, elements } = await fill(ASHBY, html, liveYesNo);
    expect(await undoFill(snapshots, elements, wait)).toEqual([]);
    expect(doc.querySelectorAll('._active_x')).toHaveLength(0);
  });

  it('buttons that do not respond (a saved page) are handed to the user, not reported filled', async () => {
    const { report, submits } = await fill(ASHBY, html);
    expect(report.results.map((r) => r.status)).toEqual(['needs-you', 'needs-you']);
    expect(report.results[0]!.reason).toMatch(/did not respond/);
    expect(report.results[0]!.reason).not.toMatch(/"(Yes|No)"/);
    expect(submits()).toBe(0);
  });

  it('radios and checkboxes without values are picked by their own ids, and "Other" is never a fallback', async () => {
    const { doc, report } = await fill(
      ASHBY,
      ashbyRadios('_systemfield_eeoc_gender', 'Gender', ['Male', 'Female', 'Decline to self-identify']) +
        ashbyCheckboxes('e1', 'Which ethnicity(ies) do you identify with?', ['Asian', 'Other', 'I prefer not to answer']),
    );
    expect(report.results.map((r) => [r.status, r.value])).toEqual([
      ['filled', 'Decline to self-identify'],
      ['filled', 'I prefer not to answer'],
    ]);
    const ticked = Array.from(doc.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.id);
    expect(ticked).toEqual(['f0__systemfield_eeoc_gender-labeled-radio-2', 'f0_e1-labeled-checkbox-2']);
  });
});

describe('Workable widgets', () => {
  it('ticks the hidden radio behind the ARIA option a person sees, and reads back its label', async () => {
    const { doc, report } = await fill(WORKABLE, wkRadios('QA_1', 'Are you legally authorized to work in the United States?', [['true', 'YES'], ['false', 'NO']]));
    expect(report.results.map((r) => [r.status, r.value])).toEqual([['filled', 'YES']]);
    expect((doc.getElementById('QA_10') as HTMLInputElement).checked).toBe(true);
  });

  it('a checkbox group whose options match nothing is left to the user', async () => {
    const { report, doc } = await fill(WORKABLE, wkCheckboxes('QA_2', 'Which certifications do you hold?', ['ACCET', 'CELTA']));
    expect(report.results.map((r) => r.status)).toEqual(['needs-you']);
    expect(doc.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
