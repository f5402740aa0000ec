import type { ControlKind } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';

const ENTRY_ROLES: ReadonlySet<Role> = new Set<Role>(['education_entry', 'experience_entry']);
const FILE_ROLES: ReadonlySet<Role> = new Set<Role>(['resume_file', 'cover_letter_file']);
// Boxes made for writing: essays, and the free-text answers a form may give a multi-line box (salary, notice).
const LONG_TEXT_ROLES: ReadonlySet<Role> = new Set<Role>([
  'cover_letter_text',
  'summary',
  'custom_question',
  'location_full',
  'salary_expectation',
  'notice_period',
  'start_date',
  'how_heard',
  'years_experience',
]);

/** A role a control of this kind can hold: files only in file inputs, essays only in boxes made for them. */
export function kindAllows(role: Role, kind: ControlKind): boolean {
  // "Not a profile field" fits every control: a site hint may say so of an upload box (Ashby's résumé parser).
  if (role === 'unknown') return true;
  // A "+ Add" button opens an entry; it holds no value of its own, and nothing else opens one.
  if (kind === 'add-entry' || ENTRY_ROLES.has(role)) return kind === 'add-entry' && ENTRY_ROLES.has(role);
  if (kind === 'file') return FILE_ROLES.has(role) || role === 'custom_question';
  if (FILE_ROLES.has(role)) return false;
  if (role === 'cover_letter_text' || role === 'summary') return kind === 'textarea';
  if (kind === 'textarea') return LONG_TEXT_ROLES.has(role);
  return true;
}
