import type { EntryKey, EntryPart } from '../plan/entry-values';
import { labelFor } from '../fields/label-inference';

/**
 * Which part of an entry a box of a newly opened entry asks for, from what it says about itself (label, aria,
 * placeholder, name, id). Order matters: "Field of study" before "degree", "End date" before a bare "date".
 */
const PART_WORDS: readonly [EntryKey, RegExp][] = [
  ['current', /\b(current(ly)?|present|still (work|stud|attend))/i],
  ['field', /field.?of.?study|\bmajor\b|discipline|subject|area.?of.?study|speciali[sz]ation|\bfield\b/i],
  ['school', /school|universit|college|institution|academy/i],
  ['degree', /degree|qualification|diploma/i],
  ['company', /company|employer|organi[sz]ation/i],
  ['title', /title|position|\brole\b|job/i],
  ['summary', /summary|description|responsibilit|achievement|details/i],
  ['start', /start|\bfrom\b|begin/i],
  ['end', /\bend|\bto\b|until|graduat|finish/i],
  ['location', /location|\bcity\b|where/i],
];

/** The words a box says about itself, most human first. */
function boxWords(box: Element): string {
  return [labelFor(box), box.getAttribute('aria-label'), box.getAttribute('placeholder'), box.getAttribute('name'), box.id]
    .filter(Boolean)
    .join(' ')
    .replace(/[_-]+/g, ' ');
}

/** The entry part a box asks for, or null when it asks for something the profile does not say (industry, grade). */
export function partFor(box: Element): EntryKey | null {
  const words = boxWords(box);
  return PART_WORDS.find(([, re]) => re.test(words))?.[0] ?? null;
}

/**
 * A date as the box asks for it: `type="month"` wants YYYY-MM, a "MM/YYYY" placeholder gets that, a year-only box
 * the year. A month the profile does not know is never made up: '' leaves the box to the person.
 */
export function dateFor(box: HTMLInputElement, date: string): string {
  const [year = '', month = ''] = date.split('-');
  const hint = `${box.getAttribute('placeholder') ?? ''} ${box.getAttribute('pattern') ?? ''}`;
  if (box.type === 'month') return month ? `${year}-${month}` : '';
  if (box.type === 'date') return '';
  if (/mm\s*\/\s*yyyy/i.test(hint)) return month ? `${month}/${year}` : '';
  if (/^\s*yyyy\s*$/i.test(hint) || box.type === 'number') return year;
  return date;
}

export const partText = (parts: readonly EntryPart[], key: EntryKey): string => parts.find((p) => p.key === key)?.text ?? '';
