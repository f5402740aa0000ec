import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { restoreFields } from '../../lib/fill/undo-fill';
import { dateFor, partFor } from '../../lib/fill/entry-parts';
import { analyzePage } from '../../lib/page/analyze-page';
import { ADD_ONLY_WHEN_ASKED } from '../../lib/plan/build-plan';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import type { Profile } from '../../lib/profile/profile-schema';
import { changeEdit } from '../../lib/review/review-fields';
import { plainReason } from '../../lib/popup/plain-reason';
import { documentFrom } from '../support/dom-from-html';
import { WORKABLE, wkAddEntry, wkText } from '../support/board-markup';

const wait = async () => undefined;

function profile(): Profile {
  const base = shippedProfiles()[0]!;
  return {
    ...base,
    education: [{ institution: 'Technische Universität Berlin', degree: 'MSc', field: 'Computer Science', location: '', start: '2015-10', end: '2017-09', grade: '', summary: '', bullets: [] }],
    work: [{ company: 'Example GmbH', title: 'Backend Engineer', location: 'Berlin', companySize: '', start: '2019-04', current: true, summary: 'Built the payments service.', bullets: [], technologies: [] }],
  };
}

/** Workable's "+ Add" as the live page behaves: it opens an entry with its boxes and Cancel / Save. */
function liveAdd(doc: Document): void {
  const boxes: Record<string, [string, string, string][]> = {
    education: [['school', 'School', 'text'], ['field_of_study', 'Field of study', 'text'], ['degree', 'Degree', 'text'], ['start_date', 'Start date', 'date'], ['end_date', 'End date', 'date']],
    experience: [['title', 'Title', 'text'], ['company', 'Company', 'text'], ['industry', 'Industry', 'text'], ['summary', 'Summary', 'textarea'], ['start_date', 'Start date', 'date'], ['end_date', 'End date', 'date'], ['current', 'I currently work here', 'checkbox']],
  };
  for (const add of Array.from(doc.querySelectorAll('[data-ui="add-section"]'))) {
    add.addEventListener('click', () => {
      const list = add.closest('[data-ui="education"], [data-ui="experience"]')!;
      const kind = list.getAttribute('data-ui')!;
      const box = doc.createElement('div');
      for (const [name, label, type] of boxes[kind]!) {
        const text = doc.createElement('label');
        text.htmlFor = `${kind}_${name}`;
        text.textContent = label;
        const input = doc.createElement(type === 'textarea' ? 'textarea' : 'input') as HTMLInputElement;
        input.id = `${kind}_${name}`;
        input.name = name;
        if (type === 'checkbox') input.type = 'checkbox';
        if (type === 'date') input.placeholder = 'MM/YYYY';
        box.append(text, input);
      }
      const cancel = doc.createElement('button');
      cancel.type = 'button';
      cancel.textContent = 'Cancel';
      cancel.addEventListener('click', () => box.remove());
      box.append(cancel);
      list.append(box);
    });
  }
}

async function fill(edits: PlanEdits = {}) {
  const doc = documentFrom(`<form>${wkText('firstname', 'First name')}${wkAddEntry('education')}${wkAddEntry('experience')}</form>`, WORKABLE);
  liveAdd(doc);
  let submits = 0;
  doc.querySelector('form')!.addEventListener('submit', (e) => {
    submits++;
    e.preventDefault();
  });
  const { snapshot, elements } = analyzePage(doc, WORKABLE);
  const plan = planForSnapshot(snapshot, profile(), edits);
  const { report, snapshots } = await executePlan(plan, { elements, wait });
  const value = (id: string) => (doc.getElementById(id) as HTMLInputElement | null)?.value ?? null;
  return { doc, plan, report, snapshots, elements, value, submits: () => submits };
}

describe('"+ Add" entries: pressed only when asked', () => {
  it('by default the plan leaves both buttons alone and nothing is added (also by the shortcut, which plans the same way)', async () => {
    const { plan, report, doc } = await fill();
    const steps = plan.steps.filter((s) => s.kind === 'add-entry');
    expect(steps.map((s) => [s.fieldId, s.role, s.action, s.reason])).toEqual([
      ['add:education', 'education_entry', 'skip', ADD_ONLY_WHEN_ASKED],
      ['add:experience', 'experience_entry', 'skip', ADD_ONLY_WHEN_ASKED],
    ]);
    expect(report.results.filter((r) => r.fieldId.startsWith('add:')).map((r) => r.status)).toEqual(['skipped', 'skipped']);
    expect(doc.querySelectorAll('[data-ui="education"] input, [data-ui="experience"] input').length).toBe(0);
  });

  it('ticked, it opens the entry and puts each part where the entry asks for it; the form is never submitted', async () => {
    const { report, value, submits } = await fill({ 'add:education': { enabled: true }, 'add:experience': { enabled: true } });
    const byId = Object.fromEntries(report.results.map((r) => [r.fieldId, r]));
    expect(byId['add:education']).toMatchObject({ status: 'filled', check: true });
    expect(byId['add:education']!.reason).toMatch(/added an entry \(school, field, degree, start, end\); check it and press the entry's Save/);
    expect([value('education_school'), value('education_field_of_study'), value('education_degree'), value('education_start_date'), value('education_end_date')]).toEqual([
      'Technische Universität Berlin',
      'Computer Science',
      'MSc',
      '10/2015',
      '09/2017',
    ]);
    expect([value('experience_title'), value('experience_company'), value('experience_industry'), value('experience_summary'), value('experience_end_date')]).toEqual([
      'Backend Engineer',
      'Example GmbH',
      '',
      'Built the payments service.',
      '',
    ]);
    expect((byId['add:experience']!.reason)).toMatch(/current/);
    expect(submits()).toBe(0);
  });

  it('undo closes the entries it opened by their own Cancel; an entry the person changed since is left to them', async () => {
    const first = await fill({ 'add:education': { enabled: true } });
    const undone = await restoreFields(first.snapshots, first.elements, wait);
    expect(undone).toEqual({ restored: 1, failed: [] });
    expect(first.doc.querySelectorAll('[data-ui="education"] input').length).toBe(0);

    const second = await fill({ 'add:education': { enabled: true } });
    (second.doc.getElementById('education_degree') as HTMLInputElement).value = 'MSc (with distinction)';
    const kept = await restoreFields(second.snapshots, second.elements, wait);
    expect(kept.restored).toBe(0);
    expect(kept.failed[0]?.why).toMatch(/changed since the fill/);
    expect(second.value('education_degree')).toBe('MSc (with distinction)');
  });

  it('a list that shows an entry already (one the person opened) is theirs: the button is not offered or pressed', async () => {
    const doc = documentFrom(`<form>${wkAddEntry('education')}</form>`, WORKABLE);
    liveAdd(doc);
    (doc.querySelector('[data-ui="add-section"]') as HTMLElement).click();
    (doc.getElementById('education_school') as HTMLInputElement).value = 'My own school';
    const { snapshot, elements } = analyzePage(doc, WORKABLE);
    const plan = planForSnapshot(snapshot, profile(), { 'add:education': { enabled: true } });
    expect(plan.steps.find((s) => s.fieldId === 'add:education')).toMatchObject({ role: 'unknown', action: 'skip', reason: expect.stringMatching(/already shows an entry: adding another is yours/) });
    await executePlan(plan, { elements, wait });
    expect(doc.querySelectorAll('[data-ui="education"] input').length).toBe(5);
  });

  it('Greenhouse\'s "Add another" below an education block it already shows is not offered: the block\'s boxes are the fields', () => {
    const url = 'https://job-boards.greenhouse.io/acme/jobs/456';
    const doc = documentFrom('<form><div class="education"><div class="label">Education</div><input id="school--0" type="text" aria-label="School"><button class="add-another-button" type="button">Add another</button></div></form>', url);
    const { snapshot } = analyzePage(doc, url);
    const add = snapshot.fields.find((f) => f.kind === 'add-entry')!;
    expect([add.labels[0]?.text, snapshot.classifications[add.id]]).toEqual([
      'Education',
      { role: 'unknown', signal: 'add-entry', reason: '"Education" already shows an entry: adding another is yours' },
    ]);
  });

  it('the review says in plain words what ticking does, and that the entry\'s Save stays with the person', async () => {
    const { plan } = await fill({ 'add:education': { enabled: true } });
    const step = plan.steps.find((s) => s.fieldId === 'add:education')!;
    expect(plainReason(step, undefined)).toBe('your education, added with “+ Add” under ‘Education’ only when ticked; you press the entry’s Save');
  });

  it('the review keeps the tick of an entry only when it is on (its default is off); other fields the other way round', () => {
    let edits = changeEdit({}, 'add:education', { enabled: true });
    expect(edits).toEqual({ 'add:education': { enabled: true } });
    edits = changeEdit(edits, 'add:education', { enabled: false });
    expect(edits).toEqual({});
    expect(changeEdit({}, '#email', { enabled: false })).toEqual({ '#email': { enabled: false } });
    expect(changeEdit({ '#email': { enabled: false } }, '#email', { enabled: true })).toEqual({});
  });
});

describe('which part of an entry a box asks for', () => {
  const box = (html: string) => documentFrom(html).querySelector('input, textarea, select')!;
  it.each([
    ['<label for="a">School *</label><input id="a">', 'school'],
    ['<label for="a">University</label><input id="a">', 'school'],
    ['<label for="a">Field of study</label><input id="a">', 'field'],
    ['<input name="major" placeholder="Major">', 'field'],
    ['<label for="a">Degree</label><input id="a">', 'degree'],
    ['<label for="a">Job title</label><input id="a">', 'title'],
    ['<label for="a">Employer</label><input id="a">', 'company'],
    ['<label for="a">Description</label><textarea id="a"></textarea>', 'summary'],
    ['<label for="a">From</label><input id="a">', 'start'],
    ['<label for="a">End date</label><input id="a">', 'end'],
    ['<label for="a">Graduation date</label><input id="a">', 'end'],
    ['<input type="checkbox" id="a"><label for="a">I currently work here</label>', 'current'],
    ['<label for="a">Industry</label><input id="a">', null],
    ['<label for="a">GPA</label><input id="a">', null],
  ])('%s → %s', (html, part) => {
    expect(partFor(box(html))).toBe(part);
  });

  it.each([
    ['<input type="month">', '2015-10', '2015-10'],
    ['<input type="month">', '2015', ''],
    ['<input placeholder="MM/YYYY">', '2015-10', '10/2015'],
    ['<input placeholder="MM/YYYY">', '2015', ''],
    ['<input placeholder="YYYY">', '2015-10', '2015'],
    ['<input type="date">', '2015-10', ''],
    ['<input>', '2015-10', '2015-10'],
  ])('a date for %s from %s is "%s" (a month never made up)', (html, date, want) => {
    expect(dateFor(box(html) as HTMLInputElement, date)).toBe(want);
  });
});
