import type { EntryFillStep } from '../plan/fill-plan';
import { entryBoxes } from '../fields/entry-area';
import { cleanLabel } from '../fields/text-normalize';
import { clickSafely } from './safe-click';
import { typeValue } from './dispatch-events';
import { pickOption, setChecked } from './fill-choice';
import { dateFor, partFor, partText } from './entry-parts';
import { waitUntil, type Wait } from './wait-until';

export type EntryOutcome = { ok: true; how: string } | { ok: false; reason: string; needsYou: boolean };

/** Put one part into one box of the new entry; the words of what went in, or null when nothing did. */
function putPart(box: Element, step: EntryFillStep): string | null {
  const key = partFor(box);
  if (!key) return null;
  const text = partText(step.parts, key);
  if (!text) return null;
  const input = box as HTMLInputElement;
  if (input.type === 'checkbox') return key === 'current' && text === 'yes' && setChecked(input, true) ? key : null;
  if (box.tagName === 'SELECT') {
    // Picked by identity through the fill's own select path (events a person's choice sends, then the check).
    const select = box as HTMLSelectElement;
    const option = Array.from(select.options).find((o) => cleanLabel(o.text).toLowerCase() === text.toLowerCase());
    if (!option) return null;
    const picked = pickOption(select, { optionIndex: option.index, optionValue: option.value, value: cleanLabel(option.text) });
    return picked.ok && picked.check().ok ? key : null;
  }
  const value = key === 'start' || key === 'end' ? dateFor(input, text) : text;
  if (!value || input.value.trim()) return null;
  typeValue(input, value);
  return input.value === value ? key : null;
}

/**
 * Press "+ Add" (a click that can never submit the form), wait for the entry's boxes to appear, and put the
 * profile's parts into the boxes that ask for them. The entry's own Save is left to the person: they check the
 * entry before it joins the application.
 */
export async function fillEntry(button: HTMLElement, step: EntryFillStep, wait: Wait, openMs: number): Promise<EntryOutcome> {
  const before = new Set(entryBoxes(button));
  clickSafely(button);
  const opened = await waitUntil(() => {
    const fresh = entryBoxes(button).filter((b) => !before.has(b));
    return fresh.length ? fresh : null;
  }, wait, openMs);
  if (!opened) return { ok: false, reason: '"+ Add" opened no entry: add it yourself', needsYou: true };
  const put = opened.map((box) => putPart(box, step)).filter((k): k is NonNullable<typeof k> => k !== null);
  if (!put.length) return { ok: false, reason: 'the new entry asks for nothing your profile holds: fill it yourself', needsYou: true };
  return { ok: true, how: `added an entry (${put.join(', ')}); check it and press the entry's Save` };
}
