import type { Profile } from '../profile/profile-schema';

/**
 * The parts of one education or work entry a form opens with its "+ Add" button (Workable's), in the words the
 * fill matches against the entry's own boxes (lib/fill/entry-parts.ts). Dates stay as the profile keeps them
 * (`YYYY` or `YYYY-MM`); the fill writes them the way each box asks.
 */
export const ENTRY_KEYS = ['school', 'degree', 'field', 'title', 'company', 'location', 'summary', 'start', 'end', 'current'] as const;
export type EntryKey = (typeof ENTRY_KEYS)[number];

export interface EntryPart {
  key: EntryKey;
  /** `current`: 'yes' when the entry is ongoing (the "I currently work here" box), else absent. */
  text: string;
}

const parts = (pairs: [EntryKey, string | undefined][]): EntryPart[] =>
  pairs.filter((p): p is [EntryKey, string] => Boolean(p[1]?.trim())).map(([key, text]) => ({ key, text }));

const span = (start?: string, end?: string, current = false) =>
  [start, current ? 'now' : end].filter(Boolean).join('–');

/** The most recent education, as entry parts and the one line a person reviews; null when there is none. */
export function educationEntry(p: Profile): { parts: EntryPart[]; text: string } | null {
  const e = p.education[0];
  if (!e?.institution.trim()) return null;
  const list = parts([
    ['school', e.institution],
    ['degree', e.degree],
    ['field', e.field],
    ['location', e.location],
    ['start', e.start],
    ['end', e.end],
  ]);
  return { parts: list, text: [e.institution, [e.degree, e.field].filter(Boolean).join(', '), span(e.start, e.end)].filter(Boolean).join(' · ') };
}

/** The current (else the most recent) position, as entry parts and the line a person reviews; null when there is none. */
export function experienceEntry(p: Profile): { parts: EntryPart[]; text: string } | null {
  const w = p.work.find((x) => x.current) ?? p.work[0];
  if (!w?.company.trim()) return null;
  const list = parts([
    ['title', w.title],
    ['company', w.company],
    ['location', w.location],
    ['summary', w.summary || w.bullets.slice(0, 3).join('\n')],
    ['start', w.start],
    ['end', w.current ? '' : w.end],
    ['current', w.current ? 'yes' : ''],
  ]);
  return { parts: list, text: [w.title, w.company, span(w.start, w.end, w.current)].filter(Boolean).join(' · ') };
}
