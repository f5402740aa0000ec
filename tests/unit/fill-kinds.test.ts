import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { undoFill } from '../../lib/fill/undo-fill';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileSchema } from '../../lib/profile/profile-schema';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply';
const wait = () => Promise.resolve();
const RESUME = { name: 'ada-cv.pdf', type: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 stand-in') };
const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 't',
  label: 'T',
  identity: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', pronouns: 'She/her' },
  answers: { workAuthorization: [{ country: 'Germany', authorized: 'yes' }], needsSponsorship: 'no' },
  selfIdentification: { gender: { kind: 'decline' } },
  documents: { resume: { name: RESUME.name, type: RESUME.type, size: RESUME.bytes.length, storageKey: 'file:cv' }, coverLetterTemplate: 'Dear Acme,' },
});

// One control of every plain kind, in Lever's markup, each answerable from the profile above.
const FORM = `<form>
  <li class="application-question"><label><div class="application-label">Resume/CV</div><div class="application-field"><input id="resume-upload-input" name="resume" type="file"></div></label></li>
  <li class="application-question"><label><div class="application-label">Full name</div><div class="application-field"><input type="text" name="name"></div></label></li>
  <li class="application-question"><div class="application-label">Pronouns</div><div class="application-field"><ul>
    <li><label><input type="checkbox" name="pronouns" value="He/him"><span>He/him</span></label></li>
    <li><label><input type="checkbox" name="pronouns" value="She/her"><span>She/her</span></label></li></ul></div></li>
  <li class="application-question custom-question"><div><div class="application-label"><div class="text">Are you legally authorized to work in Germany?</div></div><div class="application-field"><select name="cards[a][field0]"><option value="">Select...</option><option value="Yes">Yes</option><option value="No">No</option></select></div></div></li>
  <li class="application-question custom-question"><div><div class="application-label"><div class="text">Will you require visa sponsorship?</div></div><div class="application-field"><ul>
    <li><label><input type="radio" name="cards[a][field1]" value="Yes"><span>Yes</span></label></li>
    <li><label><input type="radio" name="cards[a][field1]" value="No"><span>No</span></label></li></ul></div></div></li>
  <textarea placeholder="Add a cover letter or anything else you want to share." name="comments" id="additional-information"></textarea>
  <select name="eeo[gender]"><option value="">Select ...</option><option>Male</option><option>Decline to self-identify</option></select>
</form>`;

async function run() {
  const doc = documentFrom(FORM, URL_);
  const { snapshot, elements } = analyzePage(doc, URL_);
  const plan = planForSnapshot(snapshot, profile);
  const { report, snapshots } = await executePlan(plan, { elements, wait, readFile: async (key) => (key === 'file:cv' ? RESUME : null) });
  return { doc, report, snapshots, elements };
}

describe('every plain widget kind is filled and read back', () => {
  it('text, checkbox group, select, radio group, textarea, file', async () => {
    const { doc, report } = await run();
    const q = <T extends Element>(sel: string) => doc.querySelector(sel) as unknown as T;
    expect(q<HTMLInputElement>('[name=name]').value).toBe('Ada Lovelace');
    expect(q<HTMLInputElement>('[name=pronouns][value="She/her"]').checked).toBe(true);
    expect(q<HTMLInputElement>('[name=pronouns][value="He/him"]').checked).toBe(false);
    expect(q<HTMLSelectElement>('[name="cards[a][field0]"]').value).toBe('Yes');
    expect(q<HTMLInputElement>('[name="cards[a][field1]"][value=No]').checked).toBe(true);
    expect(q<HTMLTextAreaElement>('#additional-information').value).toBe('Dear Acme,');
    expect(q<HTMLSelectElement>('[name="eeo[gender]"]').value).toBe('Decline to self-identify');
    expect(Array.from(q<HTMLInputElement>('#resume-upload-input').files ?? []).map((f) => f.name)).toEqual([RESUME.name]);
    expect(report.counts).toMatchObject({ filled: 7, failed: 0 });
    for (const r of report.results) expect(r.reason, r.fieldId).not.toBe('');
  });

  it('undo puts every kind back as it was', async () => {
    const { doc, snapshots, elements } = await run();
    expect(await undoFill(snapshots, elements, wait)).toEqual([]);
    for (const el of Array.from(doc.querySelectorAll('input, textarea, select'))) {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') expect(input.checked, input.name).toBe(false);
      else if (input.type === 'file') expect(input.files?.length ?? 0).toBe(0);
      else expect(input.value, input.name).toBe('');
    }
  });
});
