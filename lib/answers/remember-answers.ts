import { isChoiceKind } from '../fields/field-descriptor';
import type { PageSnapshot } from '../page/analyze-page';
import type { FillPlan, PlanEdits } from '../plan/fill-plan';
import type { Profile } from '../profile/profile-schema';
import type { Role } from '../roles/roles';
import type { BankEntry } from './answer-source';
import { STRUCTURED } from './structured-answers';

/** An answer the user gave to a question Applyfill left to them, which can be kept for next time. */
export interface RememberItem {
  fieldId: string;
  question: string;
  answer: string;
  /** The options the answer was chosen from (choice questions). */
  options?: string[];
  /** Into the answer bank, or into a profile field (the label says which, for the user to confirm). */
  target: { kind: 'bank' } | { kind: 'profile'; role: Role; label: string };
}

export interface PageOrigin {
  ats: string | null;
  company: string;
}

function itemFor(snapshot: PageSnapshot, profile: Profile, fieldId: string, question: string, answer: string, role: Role): RememberItem | null {
  const field = snapshot.fields.find((f) => f.id === fieldId);
  if (!field || !answer.trim()) return null;
  const options = isChoiceKind(field.kind) ? field.options.filter((o) => o.value !== '').map((o) => o.text) : undefined;
  const base = { fieldId, question, answer: answer.trim(), ...(options?.length ? { options } : {}) };
  if (role === 'custom_question') return { ...base, target: { kind: 'bank' } };
  const structured = STRUCTURED[role];
  // Only what the profile can hold as that fact ("Yes", a country the question names, a date): never free text.
  if (structured && structured.store(profile, base.answer, question)) return { ...base, target: { kind: 'profile', role, label: structured.label } };
  return null;
}

/**
 * Questions the plan left to the user (needs-you in `basePlan`, planned without the user's edits) that the user
 * answered in the review: each one can be remembered.
 */
export function answeredInReview(snapshot: PageSnapshot, basePlan: FillPlan, edits: PlanEdits, profile: Profile): RememberItem[] {
  return basePlan.steps.flatMap((step) => {
    const edit = edits[step.fieldId];
    if (step.action !== 'needs-you' || edit?.enabled === false || edit?.value === undefined) return [];
    return itemFor(snapshot, profile, step.fieldId, step.label, edit.value, step.role) ?? [];
  });
}

/** Questions left to the user that they answered on the page itself before opening the popup. */
export function answeredOnPage(snapshot: PageSnapshot, basePlan: FillPlan, profile: Profile): RememberItem[] {
  const fields = new Map(snapshot.fields.map((f) => [f.id, f]));
  return basePlan.steps.flatMap((step) => {
    const field = fields.get(step.fieldId);
    // Only questions the plan left to the user: what the bank or profile already answers is not news.
    if (!field || field.forbidden || step.action !== 'needs-you' || !field.currentValue.trim()) return [];
    return itemFor(snapshot, profile, step.fieldId, step.label, field.currentValue, step.role) ?? [];
  });
}

/** The profile with the chosen answers kept: bank entries with where and when they were given, facts in place. */
export function rememberAnswers(profile: Profile, items: readonly RememberItem[], origin: PageOrigin, now: Date): Profile {
  let next = profile;
  const added: BankEntry[] = [];
  for (const item of items) {
    if (item.target.kind === 'bank') {
      added.push({
        question: item.question,
        answer: item.answer,
        ...(item.options ? { options: item.options } : {}),
        ...(origin.ats ? { ats: origin.ats } : {}),
        ...(origin.company ? { company: origin.company } : {}),
        savedAt: now.toISOString(),
      });
    } else {
      next = STRUCTURED[item.target.role]?.store(next, item.answer, item.question) ?? next;
    }
  }
  if (!added.length) return next;
  // The same question answered again replaces the old answer: the newest is what the user means now.
  const replaced = new Set(added.map((a) => a.question.trim().toLowerCase()));
  return { ...next, answerBank: [...next.answerBank.filter((e) => !replaced.has(e.question.trim().toLowerCase())), ...added] };
}
