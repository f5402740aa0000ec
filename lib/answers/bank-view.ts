import { normalizeText } from '../fields/text-normalize';
import { ATS_NAMES, shortDate, type BankEntry } from './answer-source';

/** Indexes of the entries whose question, answer or company holds every word of the query; all for no query. */
export function searchBank(bank: readonly BankEntry[], query: string): number[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  return bank.flatMap((e, i) => {
    const hay = normalizeText([e.question, e.answer, e.company ?? '', e.options?.join(' ') ?? ''].join(' '));
    return words.every((w) => hay.includes(w)) ? [i] : [];
  });
}

/** "Acme · Lever · saved 2 Dec · last used 5 Dec (Globex, Lever)": where an answer came from and went. */
export function bankEntryHistory(entry: BankEntry, now: Date): string {
  const parts = [entry.company ?? '', entry.ats ? (ATS_NAMES[entry.ats] ?? entry.ats) : ''];
  if (entry.savedAt) parts.push(`saved ${shortDate(entry.savedAt, now)}`);
  parts.push(entry.lastUsedAt ? `last used ${shortDate(entry.lastUsedAt, now)}${entry.lastUsedWhere ? ` (${entry.lastUsedWhere})` : ''}` : 'not used yet');
  return parts.filter(Boolean).join(' · ');
}
