import { describe, expect, it } from 'vitest';
import { fillIntlPhone } from '../../lib/fill/fill-intl-phone';
import { documentFrom } from '../support/dom-from-html';

// A phone widget whose country list holds only a few preferred countries (as saved Workable pages do).
const widget = (items: [dial: string, iso: string][]) =>
  documentFrom(`<form><div class="iti iti--separate-dial-code">
    <button type="button" class="iti__selected-country" aria-haspopup="listbox"><div class="iti__flag iti__us"></div></button>
    <ul class="iti__country-list">${items.map(([dial, iso]) => `<li class="iti__country" role="option" data-dial-code="${dial}" data-country-code="${iso}"><span class="iti__country-name">${iso}</span></li>`).join('')}</ul>
    <input type="tel" name="phone"></div></form>`);

const noWait = () => Promise.resolve();

describe('intl-tel-input with a short country list', () => {
  it('types the whole international number and says that the list shows no country for it', async () => {
    const doc = widget([['1', 'us'], ['44', 'gb']]);
    const input = doc.querySelector('input')!;
    const out = await fillIntlPhone(input, '+49 30 5550100', noWait);
    expect(out).toEqual({ ok: true, how: "typed with its country code (the widget's list shows no country for this number)" });
    expect(input.value).toBe('+49 30 5550100');
  });

  it('still says when a code is shared by several countries of the list', async () => {
    const doc = widget([['1', 'us'], ['1', 'ca']]);
    const out = await fillIntlPhone(doc.querySelector('input')!, '+1 415 5550100', noWait);
    expect(out).toMatchObject({ ok: true, how: 'typed with its country code (+1 is shared by several countries)' });
  });
});
