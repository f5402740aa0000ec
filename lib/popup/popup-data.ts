import { answeredInReview } from '../answers/remember-answers';
import { withRememberToggles } from '../answers/review-remember';
import { ADAPTERS } from '../ats/detect-ats';
import type { FieldStatus } from '../fill/fill-report';
import { planForSnapshot } from '../plan/plan-for-snapshot';
import type { PlanEdits } from '../plan/fill-plan';
import { missingContact } from '../profile/missing-contact';
import { reviewSections, type ReviewField } from '../review/review-fields';
import { isAddEntryId } from '../fields/add-entry-id';
import { plainReason } from './plain-reason';
import { formChoices, type FormChoice } from './form-choices';
import type { FillState, PopupState, PopupTab } from './popup-state';

const NOT_AN_APPLICATION = 'Open a Greenhouse, Lever, Ashby or Workable application form to review and fill it.';

/** No form a person sees: say why when the tab holds one no person sees (a 1x1 frame), never fill it. */
const noFormMessage = (refused: readonly string[]): string =>
  refused.length ? `The application form on this page is hidden from view (${refused.join('; ')}): Applyfill fills only what you can see.` : NOT_AN_APPLICATION;

/** A review row as the popup shows it: the planned field, its reason in plain words, and what the fill did. */
export interface ReviewRow extends ReviewField {
  plain: string;
  outcome?: { status: FieldStatus; text: string };
}

export interface ReviewGroup {
  name: string;
  rows: ReviewRow[];
  open: boolean;
}

export type PageState =
  | { status: 'loading' }
  | { status: 'none'; message: string }
  | { status: 'ready'; ats: string; company: string; title: string; needsYou: ReviewRow[]; groups: ReviewGroup[]; ready: number };

export interface ProfileChoice {
  id: string;
  label: string;
}

export interface PopupData {
  profiles: ProfileChoice[];
  activeId: string;
  /** Contact facts a fill would need but the person has not entered yet (never invented). */
  missing: string[];
  page: PageState;
  /** The forms to pick from when the tab shows two or more (one per frame), else empty. */
  forms: FormChoice[];
  fill: FillState;
  problems: string[];
  tab: PopupTab;
}

// Unticked fields still show the value they would get, so the person sees what they left out (a "+ Add" entry
// too: its tick is an opt-in, so the review plans every field as ticked).
const withoutUnticks = (edits: PlanEdits, fields: readonly { id: string }[]): PlanEdits => ({
  ...Object.fromEntries(fields.filter((f) => isAddEntryId(f.id)).map((f) => [f.id, { enabled: true }])),
  ...Object.fromEntries(Object.entries(edits).map(([id, { enabled: _enabled, ...rest }]) => [id, isAddEntryId(id) ? { ...rest, enabled: true } : rest])),
});

const OUTCOME_WORDS: Record<FieldStatus, string> = { filled: 'filled', skipped: 'left as it was', 'needs-you': 'needs you', failed: 'failed' };

function outcomeText(status: FieldStatus, reason: string): string {
  return status === 'failed' || status === 'needs-you' ? `${OUTCOME_WORDS[status]}: ${reason}` : OUTCOME_WORDS[status];
}

/** What the popup shows, derived from its state alone (pure). */
export function popupData(state: PopupState): PopupData {
  const profile = state.profiles.find((p) => p.id === state.activeId);
  const base = {
    profiles: state.profiles.map((p) => ({ id: p.id, label: p.label })),
    activeId: state.activeId,
    missing: profile ? missingContact(profile) : [],
    problems: state.problems,
    fill: state.fill,
    forms: formChoices(state),
  };
  const { snapshot } = state;
  if (snapshot === undefined) return { ...base, page: { status: 'loading' }, tab: state.tab };
  if (!snapshot || !profile) return { ...base, page: { status: 'none', message: noFormMessage(state.refused) }, tab: 'tailor' };

  const plan = planForSnapshot(snapshot, profile, withoutUnticks(state.edits, snapshot.fields));
  const needsYou: ReviewRow[] = [];
  const groups: ReviewGroup[] = [];
  let ready = 0;
  // Questions left to the person and answered here get "remember" (the plan without edits says which).
  const unedited = planForSnapshot(snapshot, profile);
  const remembered = answeredInReview(snapshot, unedited, state.edits, profile);
  // A row the person is answering stays where they answer it: moving it on the first keystroke would take the box
  // from under their cursor. It counts as ready once answered.
  const askedOfYou = new Set(unedited.steps.filter((s) => s.action === 'needs-you').map((s) => s.fieldId));
  for (const section of withRememberToggles(reviewSections(snapshot, plan, state.edits), remembered, state.remember)) {
    const rows: ReviewRow[] = [];
    for (const field of section.fields) {
      const result = state.outcomes[field.step.fieldId];
      const row: ReviewRow = {
        ...field,
        plain: plainReason(field.step, snapshot.classifications[field.step.fieldId]),
        ...(result ? { outcome: { status: result.status, text: outcomeText(result.status, result.reason) } } : {}),
      };
      // What still needs the person comes first, whichever section it belongs to.
      const answering = field.edited && askedOfYou.has(field.step.fieldId);
      if (field.enabled && (field.step.action === 'needs-you' || answering)) needsYou.push(row);
      else rows.push(row);
      if (field.enabled && field.step.action === 'fill') ready++;
    }
    if (rows.length) groups.push({ name: section.name, rows, open: state.open[section.name] ?? false });
  }
  const ats = ADAPTERS.find((a) => a.id === snapshot.ats)?.name ?? 'Form';
  return { ...base, tab: state.tab, page: { status: 'ready', ats, company: snapshot.job.company, title: snapshot.job.title, needsYou, groups, ready } };
}
