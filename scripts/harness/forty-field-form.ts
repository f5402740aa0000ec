/**
 * A plain 40-field application form for the bench's "plan + fill of a 40-field form" target: text boxes, selects,
 * radio groups and essay boxes on a Greenhouse URL, no widget that waits for a menu, so the figure is the engine's
 * own cost. Four blocks of ten questions, as a long form repeats its sections (e.g. one per reference).
 */
export const FORTY_FIELD_URL = 'https://boards.greenhouse.io/bench/jobs/40';

const yesNo = '<option value="">--</option><option value="1">Yes</option><option value="0">No</option>';
const decline = '<option value="">Please select</option><option>Male</option><option>Female</option><option>Decline To Self Identify</option>';

function block(n: number): string {
  const id = (name: string) => `b${n}_${name}`;
  const text = (name: string, label: string) => `<label for="${id(name)}">${label}</label><input type="text" id="${id(name)}" name="${id(name)}">`;
  return [
    text('first', 'First Name'),
    text('last', 'Last Name'),
    text('email', 'Email'),
    text('phone', 'Phone'),
    text('linkedin', 'LinkedIn Profile'),
    text('github', 'GitHub'),
    `<label for="${id('auth')}">Are you legally authorized to work in Germany?</label><select id="${id('auth')}">${yesNo}</select>`,
    `<fieldset><legend>Will you now or in the future require visa sponsorship?</legend><label><input type="radio" name="${id('sponsor')}" value="1">Yes</label><label><input type="radio" name="${id('sponsor')}" value="0">No</label></fieldset>`,
    `<label for="${id('gender')}">Gender</label><select id="${id('gender')}">${decline}</select>`,
    `<label for="${id('why')}">Why do you want to join us?</label><textarea id="${id('why')}"></textarea>`,
  ].join('\n');
}

function blockForm(blocks: number): string {
  const sections = Array.from({ length: blocks }, (_, i) => `<fieldset class="section"><h3>Section ${i + 1}</h3>${block(i + 1)}</fieldset>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench: ${blocks * 10} fields</title></head><body><form id="application_form">${sections}</form></body></html>`;
}

export const fortyFieldForm = (): string => blockForm(4);

/** The same blocks 200 times: a 2,000-field form, where any lookup that is quadratic in the fields shows. */
export const LARGE_FORM_URL = 'https://boards.greenhouse.io/bench/jobs/2000';
export const largeForm = (): string => blockForm(200);
