import type { FieldDescriptor, FieldOption } from '../fields/field-descriptor';
import { displayLabel } from '../fields/field-descriptor';
import type { Profile } from '../profile/profile-schema';
import { NO, YES } from './answer-synonyms';

/** Values for questions asked in prose: languages, proficiency, ranges of years, the most recent position. */
export type ProseResolved = { ok: true; value: string; candidates: string[]; from: string } | { ok: false; missing: string };

const ok = (value: string, from: string, candidates: string[] = [value]): ProseResolved => ({ ok: true, value, candidates, from });
const no = (missing: string): ProseResolved => ({ ok: false, missing });
const quote = (field: FieldDescriptor) => `"${displayLabel(field).slice(0, 80)}"`;

const LEVEL_WORDS: Record<string, string[]> = {
  native: ['Native', 'Native speaker', 'Native or bilingual', 'Mother tongue', 'Bilingual', 'Fluent'],
  fluent: ['Fluent', 'Advanced', 'Full professional proficiency', 'C1', 'C2'],
  professional: ['Professional', 'Professional working proficiency', 'Advanced', 'Fluent'],
  intermediate: ['Intermediate', 'Conversational', 'B1', 'B2'],
  basic: ['Basic', 'Beginner', 'Elementary', 'A1', 'A2'],
};
const PROFICIENT = new Set(['native', 'fluent', 'professional']);

export function spokenLanguages(p: Profile, field: FieldDescriptor): ProseResolved {
  const names = p.languages.map((l) => l.language).filter(Boolean);
  if (!names.length) return no(`${quote(field)} asks which languages you speak; your profile lists none`);
  return ok(names.join(', '), `your languages (${quote(field)})`, names);
}

/** The language a proficiency question names, among those the profile lists or common ones. */
function languageNamed(text: string, p: Profile): string | undefined {
  const known = [...p.languages.map((l) => l.language), 'English', 'German', 'French', 'Spanish', 'Dutch', 'Italian', 'Portuguese', 'Polish', 'Mandarin', 'Japanese'];
  const named = new Set(known.filter((l) => l && new RegExp(`\\b${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)).map((l) => l.toLowerCase()));
  // "Dutch or German": which one counts is the question's to say, not Applyfill's.
  return named.size === 1 ? known.find((l) => l.toLowerCase() === [...named][0]) : undefined;
}

/** "Are you proficient in English?" (yes/no) or "your English level" (a level option), from the profile's languages. */
export function languageProficiency(p: Profile, field: FieldDescriptor): ProseResolved {
  const text = displayLabel(field);
  const language = languageNamed(text, p);
  if (!language) return no(`${quote(field)} names no single language Applyfill can look up`);
  const entry = p.languages.find((l) => l.language.toLowerCase() === language.toLowerCase());
  if (!entry) return no(`${quote(field)} asks about ${language}, which your profile does not list`);
  const from = `your ${language} (${entry.level}) for ${quote(field)}`;
  const options = field.options.filter((o) => o.value !== '' && o.text.trim() !== '');
  const yesNo = options.length > 0 && options.every((o) => /^(yes|no|y|n)\b/i.test(o.text.trim()));
  if (yesNo || options.length === 0) {
    if (entry.level === 'intermediate') return no(`${quote(field)}: your ${language} is intermediate; whether that is proficient is yours to say`);
    if (options.length === 0) return ok(entry.level[0]!.toUpperCase() + entry.level.slice(1), from);
    return PROFICIENT.has(entry.level) ? ok('Yes', from, YES) : ok('No', from, NO);
  }
  const words = LEVEL_WORDS[entry.level]!;
  return ok(words[0]!, from, words);
}

/** "0-2 years", "3 to 5", "5+", "Less than 1 year", "More than 10 years" → the whole years each option holds. */
export function yearsRange(text: string): [number, number] | null {
  const t = text.toLowerCase().replace(/[–—]/g, '-');
  let m = /(\d+)\s*(?:-|to)\s*(\d+)/.exec(t);
  if (m) return [Number(m[1]), Number(m[2])];
  m = /(\d+)\s*\+|(?:more than|over|at least|above)\s*(\d+)/.exec(t);
  if (m) {
    const n = Number(m[1] ?? m[2]);
    return [/more than|over|above/.test(t) ? n + 1 : n, Infinity];
  }
  m = /(?:less than|under|fewer than|below)\s*(\d+)/.exec(t);
  if (m) return [0, Number(m[1]) - 1];
  m = /^\s*(\d+)\s*(years?)?\s*$/.exec(t);
  return m ? [Number(m[1]), Number(m[1])] : null;
}

/** Years of experience, only as the profile states them; a list of ranges gets the one range that holds them. */
export function yearsOfExperience(p: Profile, field: FieldDescriptor): ProseResolved {
  const stated = p.answers.yearsOfExperience;
  if (!stated) return no(`${quote(field)}: your profile states no total years of experience`);
  const from = `your ${stated} years of experience for ${quote(field)}`;
  const options = field.options.filter((o) => o.text.trim() && yearsRange(o.text));
  if (!field.options.length) return ok(stated, from);
  const years = Number(stated);
  const holding: FieldOption[] = options.filter((o) => {
    const [lo, hi] = yearsRange(o.text)!;
    return years >= lo && years <= hi;
  });
  if (holding.length !== 1) return no(`${quote(field)}: ${holding.length ? 'more than one' : 'no'} option holds ${stated} years`);
  return ok(holding[0]!.text, from);
}

/** "Current or most recent employer": the current position, else the latest one when the question allows it. */
export function recentPosition(p: Profile, field: FieldDescriptor) {
  const current = p.work.find((w) => w.current);
  if (current) return current;
  if (!/most recent|latest|last|previous|or recent/i.test(displayLabel(field))) return undefined;
  return [...p.work].sort((a, b) => (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? ''))[0];
}
