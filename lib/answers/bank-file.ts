import { answerBankEntrySchema } from '../profile/profile-schema';
import type { BankEntry } from './answer-source';

/** Where a bank sits in the files people hand to `npm run answer`: a bare array, a profile, an identity, an export. */
function findBank(json: unknown): { list: unknown; where: string } | null {
  if (Array.isArray(json)) return { list: json, where: '' };
  if (!json || typeof json !== 'object') return null;
  const o = json as Record<string, unknown>;
  if (Array.isArray(o.answerBank)) return { list: o.answerBank, where: 'answerBank' };
  for (const key of ['identity', 'profile']) {
    const inner = o[key] as Record<string, unknown> | undefined;
    if (inner && Array.isArray(inner.answerBank)) return { list: inner.answerBank, where: `${key}.answerBank` };
  }
  return null;
}

/**
 * Read a bank file: a JSON array of `{question, answer}` (more fields as the extension stores them), or a profile
 * or identity holding `answerBank`. Throws an Error naming the first entry and field that is wrong.
 */
export function parseBankFile(json: unknown): BankEntry[] {
  const found = findBank(json);
  if (!found) throw new Error('expected a JSON array of {question, answer}, or an object with "answerBank"');
  const entries: BankEntry[] = [];
  (found.list as unknown[]).forEach((item, i) => {
    const parsed = answerBankEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || 'entry';
      const what = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
      throw new Error(`${found.where || 'entry '}[${i}].${field}: ${what}`);
    }
    entries.push(parsed.data);
  });
  return entries;
}
