import type { ControlKind } from '../fields/field-descriptor';
import { readCurrentValue } from '../fields/current-value';

/** A control's state before Applyfill touched it, enough to put it back exactly. */
export interface FieldSnapshot {
  fieldId: string;
  kind: ControlKind;
  values: string[];
  checked: boolean[];
  files: File[];
  shown: string;
}

export function takeSnapshot(fieldId: string, kind: ControlKind, els: readonly Element[]): FieldSnapshot {
  const inputs = els as readonly HTMLInputElement[];
  return {
    fieldId,
    kind,
    values: inputs.map((el) => (kind === 'file' ? '' : el.value)),
    checked: inputs.map((el) => Boolean(el.checked)),
    files: kind === 'file' ? Array.from(inputs[0]?.files ?? []) : [],
    shown: readCurrentValue(kind, [...els]),
  };
}
