import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { clickSafely, submitters } from '../../lib/fill/safe-click';
import { fillCombobox } from '../../lib/fill/fill-combobox';
import { analyzePage } from '../../lib/page/analyze-page';
import { parseContentRequest } from '../../lib/extension/content-messages';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import type { ChoiceFillStep } from '../../lib/plan/fill-plan';
import { matchOption } from '../../lib/plan/option-match';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const wait = () => Promise.resolve();
const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 't',
  label: 'T',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
  answers: { workAuthorization: [{ country: 'Germany', authorized: 'yes' }], needsSponsorship: 'no' },
});

const question = (text: string, control: string) =>
  `<li class="application-question custom-question"><div><div class="application-label"><div class="text">${text}</div></div><div class="application-field">${control}</div></div></li>`;
const SPONSOR = 'Will you require visa sponsorship?';

async function fill(html: string) {
  const doc = documentFrom(`<form>${html}</form>`, URL_);
  let submits = 0;
  doc.addEventListener('submit', (e) => {
    submits++;
    e.preventDefault();
  });
  const { snapshot, elements } = analyzePage(doc, URL_);
  const plan = planForSnapshot(snapshot, profile);
  const { report } = await executePlan(plan, { elements, wait });
  return { doc, plan, report, submits: () => submits };
}

describe('choices are picked by identity (place and text), never by value alone', () => {
  it('a select whose "Yes" and "No" share one value: the plan carries the index, the page gets "No", the report says so', async () => {
    const { doc, plan, report } = await fill(question(SPONSOR, '<select name="cards[a][field0]"><option value="">Select...</option><option value="1">Yes</option><option value="1">No</option></select>'));
    const step = plan.steps.find((s) => s.action === 'fill') as ChoiceFillStep;
    expect(step).toMatchObject({ value: 'No', optionValue: '1', optionIndex: 2 });
    const select = doc.querySelector('select')!;
    expect(select.selectedIndex).toBe(2);
    expect(report.results[0]).toMatchObject({ status: 'filled', value: 'No' });
  });

  it('a radio group whose options share one value: the reviewed radio is ticked', async () => {
    const radios = ['Yes', 'No'].map((t) => `<label><input type="radio" name="cards[a][field1]" value="1"><span>${t}</span></label>`).join('');
    const { doc, report } = await fill(question(SPONSOR, radios));
    const ticked = Array.from(doc.querySelectorAll('input')).filter((i) => i.checked);
    expect(ticked.map((i) => i.parentElement!.textContent)).toEqual(['No']);
    expect(report.results[0]).toMatchObject({ status: 'filled', value: 'No' });
  });

  it('a page that sets the select again by value (as React does) shows "Yes": the report says failed, never filled', async () => {
    const html = question(SPONSOR, '<select name="cards[a][field0]"><option value="">Select...</option><option value="1">Yes</option><option value="1">No</option></select>');
    const doc = documentFrom(`<form>${html}</form>`, URL_);
    const select = doc.querySelector('select')!;
    // React's controlled select after its change event: the first option with the state's value is selected.
    select.addEventListener('change', () => void Promise.resolve().then(() => (select.selectedIndex = Array.from(select.options).findIndex((o) => o.value === select.value))));
    const { snapshot, elements } = analyzePage(doc, URL_);
    const { report } = await executePlan(planForSnapshot(snapshot, profile), { elements, wait: () => new Promise((r) => setTimeout(r, 0)) });
    expect(report.results[0]).toMatchObject({ status: 'failed', reason: 'picked "No" but the list shows "Yes"' });
  });

  it('a list that changed since the review (the option moved): the unique option with the same text and value is picked; gone means failed', async () => {
    const doc = documentFrom(`<select id="s"><option value="a">A</option><option value="b">B</option></select>`, URL_);
    const els = new Map([['#s', [doc.getElementById('s')!]]]);
    const step = (optionIndex: number, value: string, optionValue: string): ChoiceFillStep => ({
      fieldId: '#s', name: '', domId: 's', role: 'gender', kind: 'select', label: 'S', reason: 'r', action: 'fill', value, optionValue, optionIndex, overwrite: true,
    });
    const run = async (s: ChoiceFillStep) => (await executePlan({ url: URL_, ats: null, profileId: 't', steps: [s] }, { elements: els, wait })).report.results[0]!;
    expect(await run(step(0, 'B', 'b'))).toMatchObject({ status: 'filled', value: 'B' });
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 0;
    expect(await run(step(0, 'C', 'c'))).toMatchObject({ status: 'failed', reason: /no longer in the list/ });
  });

  it('the content script refuses a choice step without the option index', () => {
    const step = { fieldId: '#s', name: '', domId: 's', role: 'gender', kind: 'select', label: 'S', reason: 'r', action: 'fill', value: 'B', optionValue: 'b' };
    const plan = { url: URL_, ats: null, profileId: 't', steps: [step] };
    expect(parseContentRequest({ type: 'applyfill:fill', plan })).toEqual({ ok: false, error: "plan.steps.0.optionIndex: expected the option's place in the list for a select" });
    expect(parseContentRequest({ type: 'applyfill:fill', plan: { ...plan, steps: [{ ...step, optionIndex: 1 }] } }).ok).toBe(true);
  });
});

describe('a click never submits a form', () => {
  const page = (html: string) => {
    const doc = documentFrom(`<form id="f">${html}</form>`);
    let submits = 0;
    let clicks = 0;
    doc.addEventListener('submit', () => submits++);
    doc.addEventListener('click', () => clicks++);
    return { doc, counts: () => ({ submits, clicks }) };
  };

  it.each([
    ['a button without a type inside a form', '<button id="t">Yes</button>', 't'],
    ['a button of type submit', '<button id="t" type="submit">Yes</button>', 't'],
    ['a span inside a submit button', '<button type="submit"><span id="t">Yes</span></button>', 't'],
    ['an image input', '<input id="t" type="image" alt="Yes">', 't'],
    ['a submit input', '<input id="t" type="submit" value="Yes">', 't'],
    ['a label for a submit button', '<label id="t" for="b">Yes</label><button id="b">Go</button>', 't'],
  ])('%s: clicked once, 0 submits, its type put back', (_name, html, id) => {
    const { doc, counts } = page(html);
    const target = doc.getElementById(id)!;
    const before = Array.from(doc.querySelectorAll('button, input')).map((el) => el.getAttribute('type'));
    expect(submitters(target).length).toBeGreaterThan(0);
    clickSafely(target);
    expect(counts()).toEqual({ submits: 0, clicks: expect.any(Number) });
    expect(counts().clicks).toBeGreaterThan(0);
    expect(Array.from(doc.querySelectorAll('button, input')).map((el) => el.getAttribute('type'))).toEqual(before);
  });

  it('a button outside any form, or of type button, is nothing to defuse', () => {
    const doc = documentFrom('<button id="a">A</button><form><button id="b" type="button">B</button></form>');
    expect(submitters(doc.getElementById('a')!)).toEqual([]);
    expect(submitters(doc.getElementById('b')!)).toEqual([]);
  });

  it('a combobox whose options are submit buttons: the option is picked, the form is not submitted', async () => {
    const doc = documentFrom(
      `<form><div class="select-shell"><div><div class="select__control"><div class="select__single-value"></div><div><input id="w" role="combobox" aria-expanded="false" value=""></div></div></div></div></form>`,
    );
    let submits = 0;
    doc.addEventListener('submit', () => submits++);
    const input = doc.getElementById('w') as HTMLInputElement;
    const shell = doc.querySelector('.select-shell')!;
    input.addEventListener('keydown', (e) => {
      if ((e).key !== 'ArrowDown' || shell.querySelector('[role=listbox]')) return;
      input.setAttribute('aria-expanded', 'true');
      const list = doc.createElement('div');
      list.setAttribute('role', 'listbox');
      for (const text of ['Yes', 'No']) {
        const option = doc.createElement('button');
        option.setAttribute('type', 'submit');
        option.setAttribute('role', 'option');
        option.textContent = text;
        option.addEventListener('click', () => {
          doc.querySelector('.select__single-value')!.textContent = text;
          list.remove();
          input.setAttribute('aria-expanded', 'false');
        });
        list.appendChild(option);
      }
      shell.appendChild(list);
    });
    const out = await fillCombobox(input, { typed: 'No', match: (options) => matchOption(options, ['No']) }, wait);
    expect(out).toMatchObject({ ok: true, shown: 'No' });
    expect(submits).toBe(0);
  });
});
