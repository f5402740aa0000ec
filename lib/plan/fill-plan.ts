import type { AtsId } from '../ats/ats-adapter';
import type { ChoiceKind, ControlKind, SearchKind } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import type { Place } from './place-match';
import type { EntryPart } from './entry-values';

export type StepAction = 'fill' | 'skip' | 'needs-you';

/** What every step says about its field, whatever is decided for it. */
interface StepBase {
  fieldId: string;
  /** The control's name and id attributes, for people reading a report. */
  name: string;
  domId: string;
  role: Role;
  kind: ControlKind;
  label: string;
  reason: string;
}

/**
 * A field left alone. It carries no value on purpose: nothing of the profile travels to the page for a field that
 * is not filled.
 */
export interface NotFilledStep extends StepBase {
  action: 'skip' | 'needs-you';
}

interface FillBase extends StepBase {
  action: 'fill';
  /** The text a person would see in the field afterwards (for choice fields, the option's text). */
  value: string;
  /** Overwrite a value the field already holds (only when the user said so). */
  overwrite?: boolean;
}

export interface TextFillStep extends FillBase {
  kind: 'text' | 'textarea';
}
/**
 * Choice fields: the option to select, already matched against the options on the page, by identity: its place in
 * the collected list, its value and its text (`value`). Two options may share a value; the fill never picks by it alone.
 */
export interface ChoiceFillStep extends FillBase {
  kind: ChoiceKind;
  optionValue: string;
  optionIndex: number;
}
/** Search boxes whose options only exist once opened or typed into (comboboxes, location autocompletes). */
export interface SearchFillStep extends FillBase {
  kind: SearchKind;
  /** Acceptable option texts, best first. */
  candidates: string[];
  /** What to type to make the page offer the option. */
  typed: string;
  /** Location widgets: the place the chosen suggestion must name (see place-match.ts). */
  place?: Place;
}
/** File inputs: which stored file to put in. */
export interface FileFillStep extends FillBase {
  kind: 'file';
  fileKey: string;
}

/**
 * A form's "+ Add" button (Workable's education and experience): pressed only when the user ticked it in the review;
 * the parts go into the boxes the new entry opens.
 */
export interface EntryFillStep extends FillBase {
  kind: 'add-entry';
  parts: EntryPart[];
}

export type FillStep = TextFillStep | ChoiceFillStep | SearchFillStep | FileFillStep | EntryFillStep;

/**
 * One decision about one field, keyed by the collector's field id. Plain data: it crosses to the content script.
 * Discriminated by `action`, then by `kind`: only a filled step has a value, and each widget kind carries exactly
 * what its fill needs, so a missing option value or file key is a type error, not an empty string.
 */
export type PlanStep = NotFilledStep | FillStep;

/** The value a step will put in, or '' for a step that fills nothing. */
export const plannedValue = (step: PlanStep): string => (step.action === 'fill' ? step.value : '');

export interface FillPlan {
  url: string;
  ats: AtsId | null;
  profileId: string;
  steps: PlanStep[];
}

/** What the user changed in the review before filling, per field id. */
export interface PlanEdit {
  value?: string;
  enabled?: boolean;
  overwrite?: boolean;
}
export type PlanEdits = Record<string, PlanEdit>;
