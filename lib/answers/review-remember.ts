import type { ReviewSection } from '../review/review-fields';
import type { RememberItem } from './remember-answers';

/** What the user decided per field; undecided means the default: bank answers on, profile facts off until confirmed. */
export type RememberChoices = Record<string, boolean>;

export const rememberedByDefault = (item: RememberItem) => item.target.kind === 'bank';

export function isRemembered(item: RememberItem, choices: RememberChoices): boolean {
  return choices[item.fieldId] ?? rememberedByDefault(item);
}

/** The toggle's words: where the answer goes. */
export function rememberLabel(item: RememberItem): string {
  return item.target.kind === 'bank' ? 'Remember this answer for other forms' : `Save as your ${item.target.label} in your profile`;
}

/** The review's rows, each answered needs-you question carrying its "remember" toggle. */
export function withRememberToggles(sections: readonly ReviewSection[], items: readonly RememberItem[], choices: RememberChoices): ReviewSection[] {
  const byField = new Map(items.map((i) => [i.fieldId, i]));
  return sections.map((s) => ({
    ...s,
    fields: s.fields.map((f) => {
      const item = byField.get(f.step.fieldId);
      return item ? { ...f, remember: { label: rememberLabel(item), on: isRemembered(item, choices) } } : f;
    }),
  }));
}
