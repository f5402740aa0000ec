import type { PageSnapshot } from '../page/analyze-page';
import type { FillPlan } from '../plan/fill-plan';
import type { Profile } from '../profile/profile-schema';
import { ATS_NAMES, type BankEntry } from './answer-source';
import { bankAnswerFor } from './bank-answer-value';
import type { PageOrigin } from './remember-answers';

/** After a fill: each bank answer that went into the form records when and where it was last used. */
export function markBankAnswersUsed(profile: Profile, snapshot: PageSnapshot, plan: FillPlan, origin: PageOrigin, now: Date): Profile {
  const fields = new Map(snapshot.fields.map((f) => [f.id, f]));
  const used = new Set<BankEntry>();
  for (const step of plan.steps) {
    const field = fields.get(step.fieldId);
    if (!field || step.role !== 'custom_question' || step.action !== 'fill') continue;
    const from = bankAnswerFor(profile.answerBank, field, origin.company, now).from;
    if (from && step.reason.includes(`your answer to '${from.question}'`)) used.add(from);
  }
  if (!used.size) return profile;
  const where = [origin.company, origin.ats ? (ATS_NAMES[origin.ats] ?? origin.ats) : ''].filter(Boolean).join(', ');
  const at = now.toISOString();
  return {
    ...profile,
    answerBank: profile.answerBank.map((e) => (used.has(e) ? { ...e, lastUsedAt: at, ...(where ? { lastUsedWhere: where } : {}) } : e)),
  };
}
