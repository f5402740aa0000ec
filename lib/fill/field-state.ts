import type { ControlKind } from '../fields/field-descriptor';
import { readCurrentValue } from '../fields/current-value';
import { phoneCountry } from './fill-intl-phone';

/**
 * What a control holds, as far as a fill can change it: enough to put it back exactly, and to check that it is
 * back. Stays in the frame (files are the page's own File objects); only the differences, in words, leave it.
 */
export interface FieldState {
  /** Each element's own value (text boxes; a combobox's search text); none for a file input. */
  values: string[];
  checked: boolean[];
  /** A select's options, each selected or not. */
  selected: boolean[];
  files: File[];
  /** What a person reads: a combobox's committed choice (its chips, for a multi), the pressed answer, … */
  shown: string;
  /** intl-tel-input: the country its button shows ('' for none, and for every other control). */
  country: string;
}

export function readState(kind: ControlKind, els: readonly Element[]): FieldState {
  const inputs = els as readonly HTMLInputElement[];
  const first = els[0];
  return {
    values: kind === 'file' ? [] : inputs.map((el) => el.value ?? ''),
    checked: inputs.map((el) => Boolean(el.checked)),
    selected: first?.tagName === 'SELECT' ? Array.from((first as HTMLSelectElement).options, (o) => o.selected) : [],
    files: kind === 'file' ? Array.from(inputs[0]?.files ?? []) : [],
    shown: readCurrentValue(kind, [...els]),
    country: first ? phoneCountry(first) : '',
  };
}

const quoted = (text: string) => (text ? `"${text}"` : 'nothing');
const fileNames = (files: readonly File[]) => files.map((f) => f.name).join('; ');
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameFiles = (a: readonly File[], b: readonly File[]) =>
  a.length === b.length && a.every((f, i) => f === b[i] || (f.name === b[i]!.name && f.size === b[i]!.size && f.type === b[i]!.type));

/** How `now` differs from `want`, in words a person can check on the page; '' when they are the same. */
export function stateDifference(now: FieldState, want: FieldState): string {
  if (now.shown !== want.shown) return `it shows ${quoted(now.shown)}, not ${quoted(want.shown)}`;
  if (now.country !== want.country) return `the phone widget shows country ${quoted(now.country.toUpperCase())}, not ${quoted(want.country.toUpperCase())}`;
  if (!sameFiles(now.files, want.files)) return `it holds ${quoted(fileNames(now.files))}, not ${quoted(fileNames(want.files))}`;
  if (!sameList(now.values, want.values)) return `it holds ${quoted(now.values.join('; '))}, not ${quoted(want.values.join('; '))}`;
  if (!sameList(now.checked, want.checked)) return 'other boxes are ticked than before';
  if (!sameList(now.selected, want.selected)) return 'other options are selected than before';
  return '';
}
