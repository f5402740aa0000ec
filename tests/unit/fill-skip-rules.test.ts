import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://example.test/apply';
const wait = () => Promise.resolve();
const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 't',
  label: 'T',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0000' },
  links: { linkedin: 'https://www.linkedin.com/in/ada' },
  selfIdentification: { gender: { kind: 'decline' } },
});

interface SkipRow {
  rule: string;
  /** One email control the profile could answer, made unfillable by the rule. */
  html: string;
  reason: RegExp;
}

// Every rule that keeps a control untouched, each on a control the profile has a value for.
const SKIPS: SkipRow[] = [
  { rule: 'hidden by style', html: '<label for="e">Email</label><input id="e" type="email" style="display:none">', reason: /hidden/ },
  { rule: 'hidden by the hidden attribute of an ancestor', html: '<div hidden><label for="e">Email</label><input id="e" type="email"></div>', reason: /hidden/ },
  { rule: 'inside an aria-hidden block', html: '<div aria-hidden="true"><label for="e">Email</label><input id="e" type="email"></div>', reason: /hidden|honeypot/ },
  { rule: 'visibility hidden', html: '<label for="e">Email</label><input id="e" type="email" style="visibility:hidden">', reason: /hidden/ },
  { rule: 'disabled', html: '<label for="e">Email</label><input id="e" type="email" disabled>', reason: /disabled/ },
  { rule: 'inside a disabled fieldset', html: '<fieldset disabled><label for="e">Email</label><input id="e" type="email"></fieldset>', reason: /disabled/ },
  { rule: 'read-only', html: '<label for="e">Email</label><input id="e" type="email" readonly>', reason: /read-only/ },
  { rule: 'a honeypot by name', html: '<label for="e">Email</label><input id="e" type="email" name="email_hp">', reason: /honeypot/ },
  { rule: 'a honeypot that says so', html: '<input id="e" type="email" aria-label="Leave this field blank">', reason: /honeypot/ },
  { rule: 'a honeypot off screen', html: '<label for="e">Email</label><input id="e" type="email" style="position:absolute;left:-9999px">', reason: /honeypot/ },
  { rule: 'an invisible focus-less decoy', html: '<input id="e" type="email" aria-label="Email" tabindex="-1" aria-hidden="true">', reason: /honeypot/ },
  { rule: 'a transparent decoy', html: '<label for="e">Email</label><input id="e" type="email" style="opacity:0">', reason: /honeypot/ },
];

async function fill(html: string, edits?: PlanEdits) {
  const doc = documentFrom(`<form>${html}</form>`, URL_);
  const { snapshot, elements } = analyzePage(doc, URL_);
  const plan = planForSnapshot(snapshot, profile, edits);
  const { report } = await executePlan(plan, { elements, wait });
  return { doc, plan, report };
}

describe('skip rules: a control the user cannot see or change is never filled', () => {
  for (const row of SKIPS) {
    it(row.rule, async () => {
      const { doc, plan, report } = await fill(row.html);
      expect(plan.steps[0]).toMatchObject({ action: 'skip', role: 'unknown' });
      expect(report.results[0]).toMatchObject({ status: 'skipped', reason: row.reason });
      expect((doc.getElementById('e') as HTMLInputElement).value).toBe('');
    });
  }
});

describe('skip rules: what the user typed stays', () => {
  const typed = '<label for="e">Email</label><input id="e" type="email" value="mine@example.org">';

  it('a value already in a text box is kept, and the report says so', async () => {
    const { doc, plan, report } = await fill(typed);
    expect(plan.steps[0]).toMatchObject({ action: 'skip', reason: /already holds "mine@example.org"; kept/ });
    expect(report.results[0]).toMatchObject({ status: 'skipped', value: 'mine@example.org' });
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('mine@example.org');
  });

  it('a choice already made is kept', async () => {
    const html = '<label for="g">Gender</label><select id="g"><option value="">--</option><option>Female</option><option>Decline to self-identify</option></select>';
    const doc = documentFrom(`<form>${html}</form>`, URL_);
    (doc.getElementById('g') as HTMLSelectElement).value = 'Female';
    const { snapshot, elements } = analyzePage(doc, URL_);
    const { report } = await executePlan(planForSnapshot(snapshot, profile), { elements, wait });
    expect(report.results[0]).toMatchObject({ status: 'skipped', value: 'Female' });
  });

  it('a value typed after the review, before the fill, is kept too', async () => {
    const doc = documentFrom(`<form><label for="e">Email</label><input id="e" type="email"></form>`, URL_);
    const { snapshot, elements } = analyzePage(doc, URL_);
    const plan = planForSnapshot(snapshot, profile);
    (doc.getElementById('e') as HTMLInputElement).value = 'late@example.org';
    const { report } = await executePlan(plan, { elements, wait });
    expect(report.results[0]).toMatchObject({ status: 'skipped', reason: /already holds "late@example.org"/ });
  });

  it('only the user’s "overwrite" replaces it', async () => {
    const { doc, report } = await fill(typed, { '#e': { overwrite: true } });
    expect(report.results[0]).toMatchObject({ status: 'filled', value: 'ada@example.org' });
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('ada@example.org');
  });

  it('a field the user unticked is left alone', async () => {
    const { doc, report } = await fill('<label for="e">Email</label><input id="e" type="email">', { '#e': { enabled: false } });
    expect(report.results[0]).toMatchObject({ status: 'skipped', reason: /unticked/ });
    expect((doc.getElementById('e') as HTMLInputElement).value).toBe('');
  });
});
