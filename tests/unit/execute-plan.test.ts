import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { restoreFields, undoFill } from '../../lib/fill/undo-fill';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const wait = () => Promise.resolve();
const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 't',
  label: 'Test',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0000' },
  links: { linkedin: 'https://www.linkedin.com/in/ada', github: 'https://github.com/ada' },
  answers: { workAuthorization: [{ country: 'Germany', authorized: 'yes' }] },
});

const FORM = `
<form id="f">
  <label for="first">First name</label><input id="first" type="text">
  <label for="last">Last name</label><input id="last" type="text" value="Byron">
  <label for="mail">Email</label><input id="mail" type="email">
  <label for="li">LinkedIn profile</label><input id="li" type="text">
  <label for="gh">GitHub</label><input id="gh" type="text" disabled>
  <label for="tel">Phone</label><input id="tel" type="tel" readonly>
  <input type="text" name="email_confirm_hp" aria-label="Leave this field blank">
  <input type="text" name="phone2" style="display:none">
  <label for="auth">Are you legally authorized to work in Germany?</label>
  <select id="auth"><option value="">Select...</option><option value="1">Yes</option><option value="0">No</option></select>
  <button type="submit">Submit application</button>
</form>`;

function setup() {
  const doc = documentFrom(FORM, 'https://example.test/apply');
  let submitted = 0;
  doc.getElementById('f')!.addEventListener('submit', (e) => {
    submitted++;
    e.preventDefault();
  });
  const { snapshot, elements } = analyzePage(doc, 'https://example.test/apply');
  const plan = planForSnapshot(snapshot, profile);
  return { doc, plan, elements, submitted: () => submitted };
}

describe('executePlan on a DOM', () => {
  it('fills what the profile answers, with the event sequence frameworks listen for', async () => {
    const { doc, plan, elements } = setup();
    const events: string[] = [];
    const first = doc.getElementById('first') as HTMLInputElement;
    for (const type of ['focus', 'focusin', 'input', 'change', 'focusout', 'blur']) first.addEventListener(type, () => events.push(type));
    const { report } = await executePlan(plan, { elements, wait });
    expect(first.value).toBe('Ada');
    expect(events).toEqual(['focus', 'focusin', 'input', 'change', 'blur', 'focusout']);
    expect((doc.getElementById('mail') as HTMLInputElement).value).toBe('ada@example.org');
    expect((doc.getElementById('li') as HTMLInputElement).value).toBe('https://www.linkedin.com/in/ada');
    expect((doc.getElementById('auth') as HTMLSelectElement).value).toBe('1');
    const byId = Object.fromEntries(report.results.map((r) => [r.fieldId, r]));
    expect(byId['#first']).toMatchObject({ status: 'filled', value: 'Ada' });
    expect(byId['#auth']).toMatchObject({ status: 'filled', value: 'Yes' });
  });

  it('never touches disabled, read-only, hidden or honeypot fields, nor a value already there', async () => {
    const { doc, plan, elements } = setup();
    const { report } = await executePlan(plan, { elements, wait });
    expect((doc.getElementById('gh') as HTMLInputElement).value).toBe('');
    expect((doc.getElementById('tel') as HTMLInputElement).value).toBe('');
    expect((doc.querySelector('[name=email_confirm_hp]') as HTMLInputElement).value).toBe('');
    expect((doc.querySelector('[name=phone2]') as HTMLInputElement).value).toBe('');
    expect((doc.getElementById('last') as HTMLInputElement).value).toBe('Byron');
    const byId = Object.fromEntries(report.results.map((r) => [r.fieldId, r]));
    expect(byId['#gh']!.reason).toMatch(/disabled/);
    expect(byId['#tel']!.reason).toMatch(/read-only/);
    expect(byId['name:email_confirm_hp']!.reason).toMatch(/honeypot/);
    expect(byId['name:phone2']!.reason).toMatch(/hidden/);
    expect(byId['#last']).toMatchObject({ status: 'skipped', value: 'Byron' });
  });

  it('overwrites a value only when the user said so', async () => {
    const doc = documentFrom(FORM, 'https://example.test/apply');
    const { snapshot, elements } = analyzePage(doc, 'https://example.test/apply');
    const plan = planForSnapshot(snapshot, profile, { '#last': { overwrite: true } });
    await executePlan(plan, { elements, wait });
    expect((doc.getElementById('last') as HTMLInputElement).value).toBe('Lovelace');
  });

  it('re-checks the live page: a field disabled after the review is left alone', async () => {
    const { doc, plan, elements } = setup();
    (doc.getElementById('first') as HTMLInputElement).disabled = true;
    const { report } = await executePlan(plan, { elements, wait });
    expect((doc.getElementById('first') as HTMLInputElement).value).toBe('');
    expect(report.results.find((r) => r.fieldId === '#first')).toMatchObject({ status: 'skipped' });
  });

  it('never submits the form', async () => {
    const { plan, elements, submitted } = setup();
    await executePlan(plan, { elements, wait });
    expect(submitted()).toBe(0);
  });

  it('undo puts every touched field back exactly', async () => {
    const { doc, plan, elements } = setup();
    const before = Array.from(doc.querySelectorAll('input, select')).map((el) => (el as HTMLInputElement).value);
    const { snapshots } = await executePlan(plan, { elements, wait });
    expect(snapshots.length).toBeGreaterThan(0);
    const failed = await undoFill(snapshots, elements, wait);
    expect(failed).toEqual([]);
    expect(Array.from(doc.querySelectorAll('input, select')).map((el) => (el as HTMLInputElement).value)).toEqual(before);
  });

  it('checks plain choices together after one turn of the page: one turn for many, and a choice the page puts back later is failed, unrecorded', async () => {
    const auth = (n: number) =>
      `<fieldset><label for="auth${n}">Are you legally authorized to work in Germany?</label><select id="auth${n}"><option value="">Select...</option><option value="1">Yes</option><option value="0">No</option></select></fieldset>`;
    const doc = documentFrom(`<form>${[1, 2, 3, 4, 5].map(auth).join('')}</form>`, 'https://example.test/apply');
    const third = doc.getElementById('auth3') as HTMLSelectElement;
    // A page script that sets the list back on its next turn (as a store that rejects the value would).
    third.addEventListener('change', () => void setTimeout(() => (third.selectedIndex = 0), 0));
    const { snapshot, elements } = analyzePage(doc, 'https://example.test/apply');
    let turns = 0;
    const pageTurn = (ms: number) => {
      turns++;
      return new Promise<void>((resolve) => setTimeout(resolve, ms));
    };
    const { report, snapshots } = await executePlan(planForSnapshot(snapshot, profile), { elements, wait: pageTurn });
    expect(turns).toBe(1);
    expect(report.results.map((r) => [r.fieldId, r.status])).toEqual([
      ['#auth1', 'filled'],
      ['#auth2', 'filled'],
      ['#auth3', 'failed'],
      ['#auth4', 'filled'],
      ['#auth5', 'filled'],
    ]);
    expect(report.results[2]).toMatchObject({ value: '', reason: 'picked "Yes" but the list shows "Select..."' });
    expect(snapshots.map((s) => s.fieldId)).toEqual(['#auth1', '#auth2', '#auth4', '#auth5']);
  });

  it('undo puts plain fields back together too: one turn of the page for many, each checked after it', async () => {
    const { doc, plan, elements } = setup();
    const before = Array.from(doc.querySelectorAll('input, select')).map((el) => (el as HTMLInputElement).value);
    const { snapshots } = await executePlan(plan, { elements, wait });
    let turns = 0;
    const pageTurn = (ms: number) => {
      turns++;
      return new Promise<void>((resolve) => setTimeout(resolve, ms));
    };
    const outcome = await restoreFields(snapshots, elements, pageTurn);
    expect(snapshots.length).toBeGreaterThan(2);
    expect(turns).toBe(1);
    expect(outcome).toEqual({ restored: snapshots.length, failed: [] });
    expect(Array.from(doc.querySelectorAll('input, select')).map((el) => (el as HTMLInputElement).value)).toEqual(before);
  });
});
