import type { FieldOption } from '../fields/field-descriptor';
import { normalizeText } from '../fields/text-normalize';
import type { OptionMatch } from './option-match';

/**
 * Where the user lives, as the profile stores it, with every name of the country (the plan adds them from its
 * synonym table, so the content script needs no table). Plain data: it travels in a plan step to the fill.
 */
export interface Place {
  city: string;
  region: string;
  country: string;
  countryNames?: string[];
}

const namesOf = (place: Place) => (place.countryNames?.length ? place.countryNames : place.country ? [place.country] : []);

/** "Berlin, Germany", "Berlin, Berlin, Germany", "Berlin, DE": the ways a suggestion list may spell the place. */
export function placeSpellings(place: Place): string[] {
  const countries = namesOf(place).length ? namesOf(place) : [''];
  const spellings = countries.flatMap((country) => [
    [place.city, place.region, country],
    [place.city, country],
    [place.city, place.region],
  ]);
  const joined = spellings.map((parts) => parts.filter(Boolean).join(', '));
  return joined.filter((s, i) => s && joined.indexOf(s) === i);
}

function mentions(text: string, name: string): boolean {
  return name !== '' && ` ${normalizeText(text)} `.includes(` ${normalizeText(name)} `);
}

/**
 * Pick the place from a location widget's suggestions: an exact spelling first; else the one suggestion whose
 * first part is the city and which names the country (or region). "Berlin, NH, United States" never passes for
 * Berlin, Germany, and two equally good suggestions are ambiguous: the user picks.
 */
export function matchPlace(options: readonly FieldOption[], place: Place): OptionMatch {
  for (const spelling of placeSpellings(place)) {
    const same = options.filter((o) => normalizeText(o.text) === normalizeText(spelling));
    if (same.length === 1) return { kind: 'one', option: same[0]!, how: `suggestion "${same[0]!.text}" is your location` };
  }
  if (!place.city) return { kind: 'none' };
  // Two-letter codes ("DE", "CA") are too short to trust inside a suggestion ("London, ON, CA" is not Canada's CA).
  const countries = namesOf(place).filter((n) => n.replace(/\./g, '').length > 2);
  const fits = options.filter((o) => {
    const [first = '', ...rest] = o.text.split(',');
    if (normalizeText(first) !== normalizeText(place.city)) return false;
    const tail = rest.join(',');
    if (countries.length) return countries.some((c) => mentions(tail, c));
    return place.region ? mentions(tail, place.region) : rest.length === 0;
  });
  if (fits.length === 1) return { kind: 'one', option: fits[0]!, how: `suggestion "${fits[0]!.text}" is ${place.city} in ${place.country || place.region}` };
  if (fits.length > 1) return { kind: 'ambiguous', options: fits };
  return { kind: 'none' };
}
