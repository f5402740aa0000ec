import { displayLabel, type FieldDescriptor } from '../fields/field-descriptor';
import type { Classification } from './classification';

// What the section a "+ Add" button opens an entry in is called. Work history has many names; references,
// links, languages and the like are other people's or other things, never an entry of yours to add.
const EDUCATION = /\b(education|academic|degrees?|school(ing)?|qualifications?|studies)\b/i;
const EXPERIENCE = /\b(experience|employment|work history|career history|positions?|jobs?)\b/i;
const NOT_YOURS = /\b(references?|referees?|referr|contacts?|links?|websites?|languages?|certifications?|skills?|dependants?|emergency)\b/i;

/** The role of a "+ Add" button: an education or work entry by the name of the list it adds to, else none. */
export function entryRole(field: FieldDescriptor): Classification {
  const label = displayLabel(field);
  // A list that shows an entry already (Greenhouse's "Add another", Ashby's education history, or one the person
  // opened): its boxes are fields of their own; a further entry would need another part of the profile: yours.
  if (field.currentValue) return { role: 'unknown', signal: 'add-entry', reason: `"${label}" already shows an entry: adding another is yours` };
  if (!NOT_YOURS.test(label)) {
    if (EDUCATION.test(label)) return { role: 'education_entry', signal: 'add-entry', reason: `"+ Add" under "${label}": an education entry` };
    if (EXPERIENCE.test(label)) return { role: 'experience_entry', signal: 'add-entry', reason: `"+ Add" under "${label}": a work entry` };
  }
  return { role: 'unknown', signal: 'add-entry', reason: `"+ Add" under "${label}": not an entry of yours` };
}
