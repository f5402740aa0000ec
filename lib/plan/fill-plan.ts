import type { ControlKind } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import type { Place } from './place-match';

export type StepAction = 'fill' | 'skip' | 'needs-you';

/** One decision about one field, keyed by the collector's field id. Plain data: it crosses to the content script. */
export interface PlanStep {
  fieldId: string;
  /** The control's name and id attributes, for people reading a report. */
  name: string;
  domId: string;
  role: Role;
  kind: ControlKind;
  label: string;
  action: StepAction;
  /** The text a person would see in the field afterwards (for choice fields, the option's text). */
  value: string;
  /** Choice fields: the option value to select, already matched against the options on the page. */
  optionValue?: string;
  /** Comboboxes whose options only exist once opened: acceptable option texts, best first. */
  candidates?: string[];
  /** Search boxes (comboboxes, autocompletes): what to type to make the page offer the option. */
  typed?: string;
  /** Location widgets: the place the chosen suggestion must name (see place-match.ts). */
  place?: Place;
  /** File inputs: which stored file to put in. */
  fileKey?: string;
  reason: string;
  /** Overwrite a value the field already holds (only when the user said so). */
  overwrite?: boolean;
}

export interface FillPlan {
  url: string;
  ats: string | null;
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
