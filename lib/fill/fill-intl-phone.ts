import { fire, focusIn, focusOut, setNativeValue, typeValue } from './dispatch-events';
import type { Wait } from './wait-until';
import { clickSafely } from './safe-click';

/**
 * intl-tel-input (Greenhouse's newer phone field): a country button and list beside a national-number box. Filled as
 * a person would: pick the country the number's dial code implies from the widget's own list, type the national
 * number, then check that the widget shows that country and the box those digits. Where the list does not answer (a
 * saved page) or several countries share the code (+1), the whole international number is typed instead, which the
 * widget reads its country from and which stays right in any phone box.
 */
export const isIntlTelInput = (el: Element): boolean => el.closest('.iti') !== null && el.closest('.iti')!.querySelector('[data-dial-code]') !== null;

const digitsOf = (text: string) => text.replace(/\D/g, '');

function selectedIso(iti: Element): string {
  const flag = iti.querySelector('.iti__selected-country .iti__flag, .iti__selected-flag .iti__flag');
  return /\biti__([a-z]{2})\b/.exec(flag?.className ?? '')?.[1] ?? '';
}

/** The country an intl-tel-input shows beside `el` ('' for none, or when `el` is no such widget's box). */
export const phoneCountry = (el: Element): string => (isIntlTelInput(el) ? selectedIso(el.closest('.iti')!) : '');

/** Pick a country from the widget's own list, as a person does: open it with its button, click the country. */
async function pickCountry(input: HTMLInputElement, iti: Element, li: HTMLElement, wait: Wait): Promise<void> {
  const button = iti.querySelector<HTMLElement>('.iti__selected-country, .iti__selected-flag, [aria-haspopup]');
  focusIn(input);
  if (button) clickSafely(button);
  await wait(0);
  clickSafely(li);
  await wait(0);
}

/**
 * Undo of a phone fill: the country the widget showed before, then the number as it was. No country at all (the
 * globe) comes back only for a number with a code no country has ("+0"); the old number then goes in with a change
 * event alone, since an input event on an empty box makes the widget choose its last country again.
 */
export async function restorePhone(input: HTMLInputElement, iso: string, value: string, wait: Wait): Promise<void> {
  const iti = input.closest('.iti')!;
  const li = Array.from(iti.querySelectorAll<HTMLElement>('[data-country-code]')).find((item) => iso && item.dataset.countryCode === iso);
  if (li) await pickCountry(input, iti, li, wait);
  else if (!iso) typeValue(input, '+0');
  if (iso) return typeValue(input, value);
  setNativeValue(input, value);
  fire(input, 'change');
}

export type PhoneOutcome = { ok: true; how: string } | { ok: false; reason: string };

export async function fillIntlPhone(input: HTMLInputElement, number: string, wait: Wait): Promise<PhoneOutcome> {
  const iti = input.closest('.iti')!;
  const international = number.trim().startsWith('+') ? digitsOf(number) : '';
  const items = Array.from(iti.querySelectorAll<HTMLElement>('[data-dial-code][data-country-code]'));
  const longest = Math.max(0, ...items.filter((li) => international.startsWith(li.dataset.dialCode ?? '-')).map((li) => li.dataset.dialCode!.length));
  const countries = items.filter((li) => li.dataset.dialCode!.length === longest && international.startsWith(li.dataset.dialCode!));
  const iso = new Set(countries.map((li) => li.dataset.countryCode));
  const typeWhole = (why: string): PhoneOutcome => {
    typeValue(input, number);
    return digitsOf(input.value).endsWith(digitsOf(number).slice(-6)) ? { ok: true, how: `typed with its country code (${why})` } : { ok: false, reason: 'the phone box rejected the number' };
  };
  if (!international) return typeWhole('no country code in your number');
  // A saved or trimmed list may hold only a few preferred countries: then no country is picked, the number says it.
  if (iso.size === 0) return typeWhole("the widget's list shows no country for this number");
  if (iso.size > 1) return typeWhole(`+${international.slice(0, longest)} is shared by several countries`);
  const li = countries[0]!;
  const code = li.dataset.countryCode!;
  // The national number as the profile spells it after its dial code ("+49 30 5550100" → "30 5550100").
  const national = number.trim().replace(new RegExp(`^\\+\\s*${li.dataset.dialCode!.split('').join('\\s*')}[\\s-]*`), '');
  if (selectedIso(iti) !== code) await pickCountry(input, iti, li, wait);
  if (selectedIso(iti) !== code) return typeWhole('the country list did not answer');
  typeValue(input, national);
  focusOut(input);
  await wait(0);
  const name = li.querySelector('.iti__country-name')?.textContent?.trim() ?? code.toUpperCase();
  if (selectedIso(iti) !== code) return { ok: false, reason: `the phone widget switched away from ${name} after typing` };
  if (!digitsOf(input.value).endsWith(digitsOf(national))) return { ok: false, reason: `the phone box shows "${input.value}", not "${national}"` };
  return { ok: true, how: `country ${name} (+${li.dataset.dialCode}) picked, national number typed` };
}
