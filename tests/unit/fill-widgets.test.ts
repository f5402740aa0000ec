import { describe, expect, it } from 'vitest';
import { fillAutocomplete } from '../../lib/fill/fill-autocomplete';
import { fillCombobox, type ComboboxTiming, type Wanted } from '../../lib/fill/fill-combobox';
import { executePlan } from '../../lib/fill/execute-plan';
import type { FillPlan, PlanStep } from '../../lib/plan/fill-plan';
import { matchOption } from '../../lib/plan/option-match';
import { matchPlace } from '../../lib/plan/place-match';
import { DECLINE, NO } from '../../lib/plan/answer-synonyms';
import { documentFrom } from '../support/dom-from-html';

const TIMING: ComboboxTiming = { openMs: 200, searchMs: 1500 };

/** A virtual clock: `wait` advances it instantly, and the simulated widgets answer by it. */
function clock() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    later: (ms: number, run: () => void) => timers.push({ at: now + ms, run }),
    wait: async (ms: number) => {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    },
  };
}

/**
 * A react-select look-alike, driven by the same events: ArrowDown opens a listbox beside the control, typing
 * filters it (or, with `search`, asks a slow "server"), clicking an option commits it to the single-value line.
 */
function reactSelect(opts: { options: string[]; search?: ReturnType<typeof clock>; dead?: boolean }) {
  const doc = documentFrom(
    `<div class="select"><div class="select-shell"><div><div class="select__control"><div class="select__value-container"><div class="select__single-value"></div><div class="select__input-container"><input id="w" role="combobox" aria-expanded="false" value=""></div></div></div></div></div></div>`,
  );
  const input = doc.getElementById('w') as HTMLInputElement;
  const shell = doc.querySelector('.select-shell')!;
  const shown = doc.querySelector('.select__single-value')!;
  let found: string[] = opts.search ? [] : opts.options;
  const render = () => {
    shell.querySelector('.select__menu')?.remove();
    if (input.getAttribute('aria-expanded') !== 'true') return;
    const menu = doc.createElement('div');
    menu.className = 'select__menu';
    const list = doc.createElement('div');
    list.setAttribute('role', 'listbox');
    for (const text of found.filter((o) => opts.search || o.toLowerCase().includes(input.value.toLowerCase()))) {
      const option = doc.createElement('div');
      option.setAttribute('role', 'option');
      option.className = 'select__option';
      option.textContent = text;
      option.addEventListener('click', () => {
        shown.textContent = text;
        input.value = '';
        input.setAttribute('aria-expanded', 'false');
        render();
      });
      list.appendChild(option);
    }
    menu.appendChild(list);
    shell.appendChild(menu);
  };
  if (!opts.dead) {
    input.addEventListener('keydown', (e) => {
      if ((e).key === 'ArrowDown') input.setAttribute('aria-expanded', 'true');
      if ((e).key === 'Escape') input.setAttribute('aria-expanded', 'false');
      render();
    });
    input.addEventListener('input', () => {
      if (opts.search) {
        found = [];
        const q = input.value.toLowerCase();
        opts.search.later(150, () => {
          found = opts.options.filter((o) => o.toLowerCase().startsWith(q.split(',')[0]!));
          render();
        });
      }
      render();
    });
  }
  return { input, shown: () => shown.textContent ?? '' };
}

const wanted = (candidates: string[]): Wanted => ({ typed: candidates[0]!, match: (options) => matchOption(options, candidates) });

describe('react-select style comboboxes', () => {
  it('opens, picks the option that means the answer, and reads the committed value back', async () => {
    const w = reactSelect({ options: ['Yes', 'No'] });
    const t = clock();
    const out = await fillCombobox(w.input, wanted(NO), t.wait, TIMING);
    expect(out).toMatchObject({ ok: true, shown: 'No' });
    expect(w.shown()).toBe('No');
  });

  it('finds the decline answer under the spelling the page uses', async () => {
    const w = reactSelect({ options: ['Male', 'Female', "I don't wish to answer"] });
    expect(await fillCombobox(w.input, wanted(DECLINE), clock().wait, TIMING)).toMatchObject({ ok: true, shown: "I don't wish to answer" });
  });

  it('two options that could both be meant: nothing is picked, the user decides', async () => {
    const w = reactSelect({ options: ['Yes, full time', 'Yes, part time', 'No'] });
    const out = await fillCombobox(w.input, wanted(['Yes']), clock().wait, TIMING);
    expect(out).toMatchObject({ ok: false, needsYou: true, reason: /more than one option could mean "Yes"/ });
    expect(w.shown()).toBe('');
    expect(w.input.value).toBe('');
  });

  it('types to search when the open list has no match, and waits for the answer', async () => {
    const t = clock();
    const w = reactSelect({ options: ['Berlin, NH, United States', 'Berlin, Germany'], search: t });
    const place = { city: 'Berlin', region: '', country: 'Germany' };
    const out = await fillCombobox(w.input, { typed: 'Berlin, Germany', match: (o) => matchPlace(o, place) }, t.wait, TIMING);
    expect(out).toMatchObject({ ok: true, shown: 'Berlin, Germany' });
    expect(t.now()).toBeLessThan(TIMING.searchMs);
  });

  it('a widget that never opens (a saved page) is handed to the user within the open budget', async () => {
    const t = clock();
    const w = reactSelect({ options: ['Yes', 'No'], dead: true });
    const out = await fillCombobox(w.input, wanted(NO), t.wait, TIMING);
    expect(out).toMatchObject({ ok: false, needsYou: true, dead: true, reason: /did not open/ });
    expect(t.now()).toBeLessThanOrEqual(TIMING.openMs + 20);
  });

  it('after one dead widget, the page’s other widgets get only a glance', async () => {
    const doc = documentFrom(
      Array.from({ length: 10 }, (_, i) => `<div><div><div class="select__control"><div><div><input id="c${i}" role="combobox" aria-expanded="false"></div></div></div></div></div>`).join(''),
    );
    const elements = new Map(Array.from({ length: 10 }, (_, i) => [`#c${i}`, [doc.getElementById(`c${i}`)!]]));
    const steps: PlanStep[] = Array.from({ length: 10 }, (_, i) => ({
      fieldId: `#c${i}`, name: '', domId: `c${i}`, role: 'gender', kind: 'combobox', label: 'Gender', action: 'fill', value: 'No', candidates: NO, typed: 'No', reason: 'test',
    }));
    const plan: FillPlan = { url: 'https://example.test/', ats: null, profileId: 'p', steps };
    const t = clock();
    const { report } = await executePlan(plan, { elements, wait: t.wait, widgetTiming: TIMING });
    expect(report.counts['needs-you']).toBe(10);
    expect(t.now()).toBeLessThan(TIMING.openMs + 9 * 60);
  });
});

/** Lever's location box: suggestions (`.dropdown-location`) appear under the input a moment after typing. */
function leverLocation(opts: { cities: string[]; clock: ReturnType<typeof clock>; dead?: boolean }) {
  const doc = documentFrom(
    `<div class="application-field"><input id="location-input" name="location" type="text"><input id="selected-location" type="hidden"><div class="dropdown-container" style="display:none"><div class="dropdown-results"></div><div class="dropdown-loading-results" style="display:none">Loading</div></div></div>`,
  );
  const input = doc.getElementById('location-input') as HTMLInputElement;
  const hidden = doc.getElementById('selected-location') as HTMLInputElement;
  const results = doc.querySelector('.dropdown-results')!;
  const loading = doc.querySelector('.dropdown-loading-results') as HTMLElement;
  const container = doc.querySelector('.dropdown-container') as HTMLElement;
  if (!opts.dead) {
    input.addEventListener('input', () => {
      hidden.value = '';
      results.textContent = '';
      container.style.display = 'flex';
      loading.style.display = 'block';
      const q = input.value.toLowerCase();
      opts.clock.later(150, () => {
        loading.style.display = 'none';
        for (const city of opts.cities.filter((c) => c.toLowerCase().startsWith(q))) {
          const item = doc.createElement('div');
          item.className = 'dropdown-location';
          item.textContent = city;
          item.addEventListener('mousedown', () => {
            input.value = city;
            hidden.value = city;
            results.textContent = '';
          });
          results.appendChild(item);
        }
      });
    });
  }
  return { input, hidden };
}

describe('suggest-as-you-type boxes (Lever location)', () => {
  const cities = ['Berlin, Germany', 'Berlin, NH, United States', 'London, United Kingdom', 'London, ON, Canada'];
  const wantPlace = (city: string, country: string): Wanted => {
    const place = { city, region: '', country };
    return { typed: `${city}, ${country}`, match: (o) => matchPlace(o, place) };
  };

  it('types, waits for the suggestions, and picks the one that is the place', async () => {
    const t = clock();
    const box = leverLocation({ cities, clock: t });
    const out = await fillAutocomplete(box.input, wantPlace('Berlin', 'Germany'), 'Berlin', t.wait, TIMING);
    expect(out).toMatchObject({ ok: true, shown: 'Berlin, Germany' });
    expect(box.hidden.value).toBe('Berlin, Germany');
  });

  it('tries the city alone when the whole place brings nothing', async () => {
    const t = clock();
    const box = leverLocation({ cities, clock: t });
    expect(await fillAutocomplete(box.input, wantPlace('London', 'Canada'), 'London', t.wait, TIMING)).toMatchObject({ ok: true, shown: 'London, ON, Canada' });
  });

  it('no fitting suggestion: the box keeps the place as typed, nothing is picked, and the user checks it', async () => {
    const t = clock();
    const box = leverLocation({ cities, clock: t });
    const out = await fillAutocomplete(box.input, wantPlace('Berlin', 'Canada'), 'Berlin', t.wait, TIMING);
    expect(out).toMatchObject({ ok: true, check: true, how: /typed, no suggestion picked: check \(no suggestion fits: Berlin, Germany \/ Berlin, NH, United States\)/ });
    expect(box.input.value).toBe('Berlin, Canada');
    expect(box.hidden.value).toBe('');
  });

  it('a box that never suggests anything (a saved page) keeps the free text at once, to check', async () => {
    const t = clock();
    const box = leverLocation({ cities, clock: t, dead: true });
    const out = await fillAutocomplete(box.input, wantPlace('Berlin', 'Germany'), 'Berlin', t.wait, TIMING);
    expect(out).toMatchObject({ ok: true, check: true, dead: true, how: /typed, no suggestion picked: check \(no suggestions appeared\)/ });
    expect(box.input.value).toBe('Berlin, Germany');
    expect(box.hidden.value).toBe('');
    expect(t.now()).toBeLessThanOrEqual(TIMING.openMs + 20);
  });
});
