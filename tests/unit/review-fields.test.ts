import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadReview, saveReview } from '../../lib/extension/review-store';
import { analyzePage } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { buildPlan } from '../../lib/plan/build-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema } from '../../lib/profile/profile-schema';
import { changeEdit, reviewSections } from '../../lib/review/review-fields';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://job-boards.greenhouse.io/acme/jobs/456';
const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 'p',
  label: 'P',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
  links: { github: 'https://github.com/ada' },
});

const FORM = `<form>
  <label for="first_name">First Name</label><input id="first_name" type="text">
  <label for="email">Email</label><input id="email" type="text" value="typed@before.org">
  <label for="question_1">GitHub</label><input id="question_1" type="text">
  <label for="question_2">Why do you want to join Acme?</label><textarea id="question_2"></textarea>
  <label for="gender">Gender</label><select id="gender"><option value="">Please select</option><option value="1">Male</option><option value="2">Female</option></select>
  <input type="text" id="hp" style="display:none" aria-label="Website">
</form>`;

const snapshot = () => analyzePage(documentFrom(FORM, URL_), URL_).snapshot;

describe('the popup review model', () => {
  it('groups reviewable fields by section in page order, leaving out hidden controls', () => {
    const s = snapshot();
    const sections = reviewSections(s, planForSnapshot(s, profile), {});
    expect(sections.map((x) => [x.name, x.fields.map((f) => f.step.label)])).toEqual([
      ['Contact', ['First Name', 'Email']],
      ['Links', ['GitHub']],
      ['Answers', ['Why do you want to join Acme?']],
      ['Self-identification', ['Gender']],
    ]);
    const byLabel = new Map(sections.flatMap((x) => x.fields).map((f) => [f.step.label, f]));
    expect(byLabel.get('Email')!.currentValue).toBe('typed@before.org');
    expect(byLabel.get('Email')!.step.action).toBe('skip');
    expect(byLabel.get('Gender')!.choices).toEqual(['Male', 'Female']);
    expect(byLabel.get('Why do you want to join Acme?')!.multiline).toBe(true);
  });

  it('an edit fills a needs-you field, an untick skips a field, overwrite replaces a typed value', () => {
    const s = snapshot();
    let edits: PlanEdits = {};
    edits = changeEdit(edits, '#question_2', { value: 'Because robots.' });
    edits = changeEdit(edits, '#first_name', { enabled: false });
    edits = changeEdit(edits, '#email', { overwrite: true });
    const plan = planForSnapshot(s, profile, edits);
    const step = (id: string) => plan.steps.find((x) => x.fieldId === id)!;
    expect(step('#question_2')).toMatchObject({ action: 'fill', value: 'Because robots.' });
    expect([step('#first_name').action, step('#first_name').reason]).toEqual(['skip', 'you unticked this field']);
    expect(step('#email')).toMatchObject({ action: 'fill', value: 'ada@example.org', overwrite: true });
    const rows = reviewSections(s, plan, edits).flatMap((x) => x.fields);
    expect(rows.find((r) => r.step.fieldId === '#first_name')!.enabled).toBe(false);
    expect(rows.find((r) => r.step.fieldId === '#question_2')!.edited).toBe(true);
  });

  it('ticking a field back and clearing overwrite leaves no edit behind', () => {
    let edits = changeEdit({}, '#x', { enabled: false, overwrite: true });
    edits = changeEdit(edits, '#x', { enabled: true, overwrite: false });
    expect(edits).toEqual({});
  });
});

describe('stored reviews (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a review per form and profile, and forgets an emptied one', async () => {
    await saveReview(URL_, 'p', { '#a': { value: 'x' } });
    expect(await loadReview(URL_, 'p')).toEqual({ '#a': { value: 'x' } });
    expect(await loadReview(URL_, 'other-profile')).toEqual({});
    await saveReview(URL_, 'p', {});
    expect(await loadReview(URL_, 'p')).toEqual({});
  });

  it('keeps only the 100 most recent reviews', async () => {
    for (let i = 0; i < 105; i++) await saveReview(`${URL_}?n=${i}`, 'p', { '#a': { value: String(i) } }, 1000 + i);
    const stored = (await fakeBrowser.storage.local.get('reviews')).reviews as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(100);
    expect(await loadReview(`${URL_}?n=0`, 'p')).toEqual({});
    expect(await loadReview(`${URL_}?n=104`, 'p')).toEqual({ '#a': { value: '104' } });
  });
});

describe('the popup plans once per page and profile, then only the edited fields', () => {
  it('the plan with edits equals a plan built from scratch with them; unedited steps are the same objects', () => {
    const s = snapshot();
    const fresh = (edits?: PlanEdits) =>
      buildPlan({ url: s.url, ats: s.ats, fields: s.fields, classifications: s.classifications, profile, company: s.job.company, ...(edits ? { edits } : {}) });
    const base = planForSnapshot(s, profile);
    expect(base).toEqual(fresh());
    expect(planForSnapshot(s, profile)).toBe(base);
    let edits: PlanEdits = changeEdit({}, '#question_2', { value: 'Because robots.' });
    edits = changeEdit(edits, '#first_name', { enabled: false });
    edits = changeEdit(edits, '#email', { overwrite: true });
    const edited = planForSnapshot(s, profile, edits);
    expect(edited).toEqual(fresh(edits));
    const kept = edited.steps.filter((x) => !(x.fieldId in edits));
    expect(kept.length).toBeGreaterThan(0);
    for (const x of kept) expect(base.steps).toContain(x);
    // Another profile is another plan.
    const other = profileSchema.parse({ ...profile, identity: { ...profile.identity, firstName: 'Grace' } });
    expect(planForSnapshot(s, other).steps.find((x) => x.fieldId === '#first_name')).toMatchObject({ value: 'Grace' });
  });
});

describe('a file field is filled from a stored file or not at all', () => {
  it('a typed edit on a file field becomes needs-you, with no value to carry', () => {
    const html = `<form><label for="resume">Resume/CV</label><input id="resume" type="file"></form>`;
    const s = analyzePage(documentFrom(html, URL_), URL_).snapshot;
    const step = planForSnapshot(s, profile, { '#resume': { value: 'cv.pdf' } }).steps.find((x) => x.fieldId === '#resume')!;
    expect(step).toMatchObject({ action: 'needs-you', reason: /no stored file/ });
    expect(step).not.toHaveProperty('value');
  });
});
