import type { ClassificationMap } from '../classify/classification';
import { isTicked } from '../fields/add-entry-id';
import type { AtsId } from '../ats/ats-adapter';
import { displayLabel, isChoiceKind, isSearchKind, type FieldDescriptor } from '../fields/field-descriptor';
import type { Profile } from '../profile/profile-schema';
import type { FillPlan, PlanEdits, PlanStep } from './fill-plan';
import { matchOption } from './option-match';
import { ROLE_VALUES } from './role-values';
import { ROLE_SECTION } from '../roles/role-sections';

/** What the review and the report say of a field a person cannot see on the page. */
export const HIDDEN_ON_PAGE = 'hidden on the page: not filled';

/** Why a "+ Add" button is left alone until the person ticks it. */
export const ADD_ONLY_WHEN_ASKED = 'adds an entry to the form only when you tick it';

export interface PlanInput {
  url: string;
  ats: AtsId | null;
  fields: readonly FieldDescriptor[];
  classifications: ClassificationMap;
  profile: Profile;
  edits?: PlanEdits;
  /** The company the form belongs to, as the page names it: the answer bank puts its name in for the old one's. */
  company?: string;
}

function stepFor(field: FieldDescriptor, input: PlanInput): PlanStep {
  const c = input.classifications[field.id]!;
  const edit = input.edits?.[field.id] ?? {};
  const base = { fieldId: field.id, name: field.name, domId: field.domId, role: c.role, kind: field.kind, label: displayLabel(field) };
  const skip = (reason: string): PlanStep => ({ ...base, action: 'skip', reason });
  const needsYou = (reason: string): PlanStep => ({ ...base, action: 'needs-you', reason });

  if (field.forbidden === 'hidden') return skip(HIDDEN_ON_PAGE);
  if (field.forbidden) return skip(c.reason);
  if (c.role === 'unknown') return skip(c.reason);
  // Adding an entry changes the form's shape: only when the person asked for it, never by default or by the shortcut.
  if (!isTicked(field.id, edit.enabled)) return skip(edit.enabled === false ? 'you unticked this field' : ADD_ONLY_WHEN_ASKED);

  const resolved =
    edit.value !== undefined
      ? { ok: true as const, value: edit.value, candidates: [edit.value], from: 'your edit' }
      : ROLE_VALUES[c.role](input.profile, field, { company: input.company ?? '' });
  if (!resolved.ok) return needsYou(resolved.missing);
  const why = `${c.reason}; value from ${resolved.from}`;

  if (field.currentValue.trim() && !edit.overwrite) {
    return skip(`already holds "${field.currentValue}"; kept (choose overwrite to replace it)`);
  }
  const filled = { ...base, action: 'fill' as const, value: resolved.value, reason: why, ...(edit.overwrite ? { overwrite: true } : {}) };
  const { kind } = field;

  if (isChoiceKind(kind)) {
    const match = matchOption(field.options, resolved.candidates);
    if (match.kind === 'none') return needsYou(`no option fits "${resolved.value}" (${field.options.map((o) => o.text).join(' / ')})`);
    if (match.kind === 'ambiguous') {
      return needsYou(`more than one option could mean "${resolved.value}": ${match.options.map((o) => o.text).join(' / ')}`);
    }
    return { ...filled, kind, value: match.option.text, optionValue: match.option.value, optionIndex: field.options.indexOf(match.option), reason: `${why}; ${match.how}` };
  }
  if (isSearchKind(kind)) {
    // Options appear only once the widget opens or the user types: the fill picks one on the live page.
    const place = resolved.place ? { place: resolved.place } : {};
    // Self-identification is only ever picked among the options the widget shows: typed, a page script reads it.
    const typed = ROLE_SECTION[c.role] === 'Self-identification' ? '' : resolved.value;
    return { ...filled, ...place, kind, candidates: resolved.candidates, typed };
  }
  if (kind === 'file') {
    // A file field is filled from a stored file or not at all: a typed file name cannot go into it.
    if (!resolved.fileKey) return needsYou('no stored file to attach; attach it yourself');
    return { ...filled, kind, fileKey: resolved.fileKey };
  }
  if (kind === 'add-entry') {
    if (!resolved.entry?.length) return needsYou('nothing in your profile to put in this entry');
    return { ...filled, kind, parts: resolved.entry };
  }
  return { ...filled, kind };
}

/** Descriptors + classifications + profile (+ the user's review edits) → one step per field, each with its reason. */
export function buildPlan(input: PlanInput): FillPlan {
  return {
    url: input.url,
    ats: input.ats,
    profileId: input.profile.id,
    steps: input.fields.map((field) => stepFor(field, input)),
  };
}

/**
 * `base` (planned from the same input without edits) with only these fields' steps decided again: the result equals
 * `buildPlan(input)` when no other field has an edit, at the cost of the edited fields alone.
 */
export function replanFields(base: FillPlan, input: PlanInput, fieldIds: readonly string[]): FillPlan {
  const ids = new Set(fieldIds);
  return { ...base, steps: base.steps.map((step, i) => (ids.has(step.fieldId) ? stepFor(input.fields[i]!, input) : step)) };
}
