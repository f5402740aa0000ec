/** One remembered answer, as the bank stores it. Only question and answer are required (a bare bank file). */
export interface BankEntry {
  question: string;
  answer: string;
  /** The option texts the answer was chosen from, if it was a choice. */
  options?: string[];
  ats?: string;
  company?: string;
  /** ISO date-time the answer was saved, and last filled into a form. */
  savedAt?: string;
  lastUsedAt?: string;
  lastUsedWhere?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const ATS_NAMES: Record<string, string> = { greenhouse: 'Greenhouse', lever: 'Lever', ashby: 'Ashby', workable: 'Workable' };

/** "2 Dec", with the year when it is not this year's. */
export function shortDate(iso: string, now: Date): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return d.getUTCFullYear() === now.getUTCFullYear() ? day : `${day} ${d.getUTCFullYear()}`;
}

/** "your answer to 'What is your notice period?' (Acme, Lever, 2 Dec)": where a filled answer came from. */
export function answerSource(entry: BankEntry, now: Date): string {
  const where = [entry.company, entry.ats ? (ATS_NAMES[entry.ats] ?? entry.ats) : '', entry.savedAt ? shortDate(entry.savedAt, now) : '']
    .filter(Boolean)
    .join(', ');
  return `your answer to '${entry.question}'${where ? ` (${where})` : ''}`;
}
