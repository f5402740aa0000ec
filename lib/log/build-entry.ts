import type { FieldStatus } from '../fill/fill-report';
import { normalizeJobUrl } from '../tailor/job-url';
import { LOG_SCHEMA_VERSION, type LogEntry } from './log-entry';

/** What one Fill knows about the application: the page, the profile and the fill report's counts. */
export interface FillFacts {
  /** The page's URL as the browser has it: canonicalized here. */
  url: string;
  company: string;
  title: string;
  /** The ATS's display name ("Lever"), "" when unknown. */
  ats: string;
  profile: { id: string; label: string };
  counts: Record<FieldStatus, number>;
}

const MAX_BULLETS = 200;
const clip = (s: string, max: number) => s.trim().slice(0, max);

/** Bullet texts in the order first used, each once: copying the same bullet twice records it once. */
export function addBullets(bullets: readonly string[], more: readonly string[]): string[] {
  const seen = new Set(bullets);
  const next = [...bullets];
  for (const raw of more) {
    const b = clip(raw, 5_000);
    if (b && !seen.has(b)) {
      seen.add(b);
      next.push(b);
    }
  }
  return next.slice(0, MAX_BULLETS);
}

/**
 * The log entry after a Fill. A later fill of the same job updates its entry: the latest page text, profile and
 * counts, one more fill; the first fill time, the user's status, note and bullets stay. A page that gives no company
 * or title keeps what an earlier fill read.
 */
export function entryFromFill(facts: FillFacts, existing: LogEntry | undefined, bullets: readonly string[], now: number): LogEntry {
  const base = {
    schemaVersion: LOG_SCHEMA_VERSION,
    url: normalizeJobUrl(facts.url).slice(0, 2_000),
    company: clip(facts.company, 300) || existing?.company || '',
    title: clip(facts.title, 300) || existing?.title || '',
    ats: clip(facts.ats, 50),
    profileId: clip(facts.profile.id, 100),
    profileLabel: clip(facts.profile.label, 300),
    lastFilledAt: now,
    filled: facts.counts.filled,
    leftToYou: facts.counts['needs-you'] + facts.counts.failed,
    updatedAt: now,
  } as const;
  if (!existing) return { ...base, firstFilledAt: now, fills: 1, bullets: addBullets([], bullets), status: 'filled', appliedAt: null, note: '' };
  return { ...existing, ...base, fills: existing.fills + 1, bullets: addBullets(existing.bullets, bullets) };
}

/** "Mark as applied": the first time sets the date the repeat notice shows; a later status is kept. */
export function markApplied(entry: LogEntry, now: number): LogEntry {
  return { ...entry, status: entry.status === 'filled' ? 'applied' : entry.status, appliedAt: entry.appliedAt ?? now, updatedAt: now };
}
