import type { FieldOption } from '../fields/field-descriptor';
import { normalizeText } from '../fields/text-normalize';

export type OptionMatch =
  | { kind: 'one'; option: FieldOption; how: string }
  | { kind: 'none' }
  | { kind: 'ambiguous'; options: FieldOption[] };

const PLACEHOLDER = /^(select|choose|please select|pick)\b|^-+$|^$/;

/**
 * Options that can be an answer: not a placeholder ("Select…"), and not an option whose value is "" (a form sends
 * nothing for it, and the page reads it as no answer, whatever its text says).
 */
function usable(options: readonly FieldOption[]): FieldOption[] {
  return options.filter((o) => {
    const text = normalizeText(o.text);
    return o.value !== '' && !(PLACEHOLDER.test(text) && normalizeText(o.value) === text);
  });
}

function decide(found: FieldOption[], how: string): OptionMatch | null {
  const unique = found.filter((o, i) => found.findIndex((x) => x.value === o.value && x.text === o.text) === i);
  if (unique.length === 1) return { kind: 'one', option: unique[0]!, how };
  if (unique.length > 1) return { kind: 'ambiguous', options: unique };
  return null;
}

/**
 * Pick the option for a wanted answer: exact normalized text first (each candidate in turn, best first), then an
 * option that starts with a candidate as a whole word ("Yes, I am authorized"). Two options that fit equally well
 * are ambiguous: the caller hands the field to the user instead of guessing.
 */
export function matchOption(options: readonly FieldOption[], candidates: readonly string[]): OptionMatch {
  const pool = usable(options);
  const wanted = candidates.map(normalizeText).filter(Boolean);
  for (const want of wanted) {
    const exact = decide(pool.filter((o) => normalizeText(o.text) === want || normalizeText(o.value) === want), `option "${want}"`);
    if (exact) return exact;
  }
  // "Germany +49", "Germany (DE)": the answer plus a dial code or a note in brackets, as phone widgets write them.
  const bare = (text: string) => normalizeText(text.replace(/\s*(\+[\d\s-]+|\([^)]*\))\s*$/, ''));
  for (const want of wanted) {
    const tagged = decide(pool.filter((o) => bare(o.text) === want), `option "${want}" with a code`);
    if (tagged) return tagged;
  }
  for (const want of wanted) {
    const prefix = decide(
      pool.filter((o) => normalizeText(o.text).startsWith(`${want} `)),
      `option starting with "${want}"`,
    );
    if (prefix) return prefix;
  }
  return { kind: 'none' };
}
