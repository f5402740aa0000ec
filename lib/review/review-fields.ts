import { isChoiceKind, type FieldDescriptor } from '../fields/field-descriptor';
import type { PageSnapshot } from '../page/analyze-page';
import type { FillPlan, PlanEdits, PlanStep } from '../plan/fill-plan';
import { ROLE_SECTION, SECTIONS, type Section } from '../roles/role-sections';
import type { Role } from '../roles/roles';
import { classifyField } from '../classify/classify-field';
import { detectAts } from '../ats/detect-ats';
import { isTicked } from '../fields/add-entry-id';

/** One row of the popup's review: the planned step and what the user may change about it. */
export interface ReviewField {
  step: PlanStep;
  enabled: boolean;
  edited: boolean;
  /** Choice fields: the option texts the page offers, so an edit can only pick one of them. */
  choices: string[];
  multiline: boolean;
  /** What the field holds already (typed by the user before): kept unless they choose to replace it. */
  currentValue: string;
  overwrite: boolean;
  /** A person cannot see it on the page: listed so the user knows, never filled, nothing to change. */
  hidden: boolean;
  /** A question the user answered here that can be kept for next time (lib/answers/review-remember.ts). */
  remember?: { label: string; on: boolean };
}

export interface ReviewSection {
  name: Section;
  fields: ReviewField[];
}

// Controls the fill must never touch, and ones no profile fact fits, are not offered for review at all.
const reviewable = (field: FieldDescriptor, step: PlanStep) => !field.forbidden && step.role !== 'unknown';

/**
 * A hidden field is never filled, but the user should know the page holds it: it is listed, as hidden, where its
 * role belongs (classified as if it were shown; the plan itself keeps it unknown).
 */
function hiddenRole(field: FieldDescriptor, url: string): Role | null {
  if (field.forbidden !== 'hidden') return null;
  const role = classifyField({ ...field, forbidden: null }, detectAts(url)).role;
  return role === 'unknown' ? null : role;
}

/** Group the plan's steps into the popup's sections, in page order within each section. */
export function reviewSections(snapshot: PageSnapshot, plan: FillPlan, edits: PlanEdits): ReviewSection[] {
  const fields = new Map(snapshot.fields.map((f) => [f.id, f]));
  const rows = new Map<Section, ReviewField[]>();
  for (const step of plan.steps) {
    const field = fields.get(step.fieldId);
    const hidden = field ? hiddenRole(field, snapshot.url) : null;
    if (!field || (!hidden && !reviewable(field, step))) continue;
    const edit = edits[step.fieldId] ?? {};
    const row: ReviewField = {
      step,
      enabled: isTicked(field.id, edit.enabled) && field.forbidden !== 'hidden',
      edited: edit.value !== undefined,
      choices: isChoiceKind(field.kind) ? field.options.filter((o) => o.value !== '').map((o) => o.text) : [],
      multiline: field.kind === 'textarea',
      currentValue: field.currentValue,
      overwrite: edit.overwrite === true,
      hidden: hidden !== null,
    };
    const section = ROLE_SECTION[hidden ?? step.role];
    // Pushed in place: copying the section's list per row made a 2,000-field form quadratic.
    const list = rows.get(section);
    if (list) list.push(row);
    else rows.set(section, [row]);
  }
  return SECTIONS.filter((s) => rows.has(s)).map((name) => ({ name, fields: rows.get(name)! }));
}

/**
 * Apply one change from the review to the edits; an edit back to nothing is dropped rather than kept empty. A tick
 * is kept only where it differs from the field's default (a "+ Add" entry is off unless ticked).
 */
export function changeEdit(edits: PlanEdits, fieldId: string, change: { value?: string; enabled?: boolean; overwrite?: boolean }): PlanEdits {
  const next = { ...(edits[fieldId] ?? {}), ...change };
  if (next.enabled === undefined || next.enabled === isTicked(fieldId, undefined)) delete next.enabled;
  if (!next.overwrite) delete next.overwrite;
  const rest = { ...edits };
  delete rest[fieldId];
  return Object.keys(next).length ? { ...rest, [fieldId]: next } : rest;
}
