import type { ControlKind } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';

const FILE_ROLES: ReadonlySet<Role> = new Set<Role>(['resume_file', 'cover_letter_file']);
const LONG_TEXT_ROLES: ReadonlySet<Role> = new Set<Role>(['cover_letter_text', 'summary', 'custom_question', 'location_full']);

/** A role a control of this kind can hold: files only in file inputs, essays only in boxes made for them. */
export function kindAllows(role: Role, kind: ControlKind): boolean {
  if (kind === 'file') return FILE_ROLES.has(role) || role === 'custom_question';
  if (FILE_ROLES.has(role)) return false;
  if (role === 'cover_letter_text' || role === 'summary') return kind === 'textarea';
  if (kind === 'textarea') return LONG_TEXT_ROLES.has(role);
  return true;
}
