import { normalizeJobUrl } from '../tailor/job-url';
import { dayLabel } from './day-label';
import type { LogEntry } from './log-entry';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An application to the same company this recently is worth a word before applying again. */
export const SAME_COMPANY_DAYS = 30;

export interface RepeatNotice {
  /** Same job (canonical URL, or same company and title), or another job at the same company. */
  kind: 'same-job' | 'same-company';
  entry: LogEntry;
  text: string;
}

// "Acme, Inc." and "ACME inc" are one company; punctuation and case say nothing here.
const companyKey = (s: string) => s.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const titleKey = companyKey;

function sentence(entry: LogEntry, now: number): string {
  const what = entry.title ? `${entry.company || 'this company'} (${entry.title})` : entry.company || entry.url;
  const profile = entry.profileLabel ? ` with the ${entry.profileLabel} profile` : '';
  return entry.appliedAt !== null
    ? `You applied to ${what} on ${dayLabel(entry.appliedAt, now)}${profile}.`
    : `You filled an application to ${what} on ${dayLabel(entry.lastFilledAt, now)}${profile} (not marked as applied).`;
}

/** When the log already holds this application, say so before Fill: the same job first, else the same company. */
export function findRepeat(entries: readonly LogEntry[], page: { url: string; company: string; title: string }, now: number): RepeatNotice | null {
  const url = normalizeJobUrl(page.url);
  const company = companyKey(page.company);
  const title = titleKey(page.title);
  const latest = (e: LogEntry) => Math.max(e.lastFilledAt, e.appliedAt ?? 0);
  const sameJob = entries.find((e) => e.url === url || (company && title && companyKey(e.company) === company && titleKey(e.title) === title));
  if (sameJob) return { kind: 'same-job', entry: sameJob, text: sentence(sameJob, now) };
  if (!company) return null;
  const recent = entries
    .filter((e) => companyKey(e.company) === company && now - latest(e) <= SAME_COMPANY_DAYS * DAY_MS)
    .sort((a, b) => latest(b) - latest(a))[0];
  return recent ? { kind: 'same-company', entry: recent, text: sentence(recent, now) } : null;
}
