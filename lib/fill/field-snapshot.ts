import type { ControlKind } from '../fields/field-descriptor';
import type { FieldState } from './field-state';

/**
 * One field a fill changed: what it held before and right after. Only changed fields are recorded, so Undo never
 * touches a field the fill left as it was (text the person typed into a list the fill could not answer stays).
 */
export interface FieldSnapshot {
  fieldId: string;
  /** The field's label, for a person reading what Undo could not put back. */
  label: string;
  kind: ControlKind;
  before: FieldState;
  after: FieldState;
}
