import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChange, readState } from '../properties/control-state';
import { checkFillSafety, type CaseOutcome } from '../properties/fill-safety';
import { formCase } from '../properties/form-arbitrary';
import { LOCKS, PRESS_CONTROLS, TRAPS } from '../properties/form-spec';
import { HIDING_SHAPES } from '../properties/hiding-shapes';
import { knownGapShapes } from '../../scripts/fuzz-fill';
import { watchSubmits } from '../properties/submit-watch';
import { documentFrom } from '../support/dom-from-html';
import { Window } from 'happy-dom';
import { checkTab } from '../properties/frame-case';
import { renderTab } from '../properties/frame-render';
import { findLeaks } from '../properties/leak-check';

// 500 generated forms per run, on a fixed seed so `npm test` is the same run every time (other engineers land on
// it); `npm run fuzz` searches wider (10,000 cases). Replay or vary with FILL_PROPERTIES_SEED=<seed>, or
// `npm run fuzz -- --seed <seed> --path <path>`. The widgets answer at once (an instant `wait`): no wall time.
const RUNS = 500;
const SEED = process.env.FILL_PROPERTIES_SEED ? Number(process.env.FILL_PROPERTIES_SEED) : 4242;

describe('fill safety properties on generated forms (analyze → plan → execute → undo, happy-dom)', () => {
  it(`${RUNS} forms: never throws, never changes a forbidden control, a value the person entered or an unfilled field, never submits, no leak, undo restores exactly`, async () => {
    console.log(`fill properties: ${RUNS} cases, seed ${SEED}`);
    const outcomes: CaseOutcome[] = [];
    await fc.assert(
      fc.asyncProperty(formCase({ off: knownGapShapes() }), async (spec) => {
        outcomes.push(await checkFillSafety(spec));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Not vacuous: the forms were filled and undone, and every kind of forbidden control was among them.
    expect(outcomes).toHaveLength(RUNS);
    expect(outcomes.reduce((n, o) => n + o.filled, 0)).toBeGreaterThan(RUNS / 5);
    expect(outcomes.reduce((n, o) => n + o.restored, 0)).toBeGreaterThan(RUNS / 5);
    const reasons = new Set(outcomes.flatMap((o) => o.forbiddenReasons));
    const hiddenBy = [...reasons].filter((r) => r.startsWith('hidden (')).join(' ');
    // Every hiding shape hid something (alone or stacked; filter opacity counts in the opacity product), and every
    // shape was drawn.
    const hiding = HIDING_SHAPES.filter((s) => !/visible|false|open|filter/.test(s));
    expect(hiding.filter((s) => !hiddenBy.includes(s === 'opacity' ? 'opacity product' : s))).toEqual([]);
    const drawn = new Set(outcomes.flatMap((o) => o.shapes.map((s) => s.split('@')[0])));
    expect(HIDING_SHAPES.filter((s) => !drawn.has(s))).toEqual([]);
    const expected = [
      ...TRAPS.map((t) => `honeypot (${t})`),
      ...LOCKS.map((l) => (l === 'readonly' ? 'readonly' : 'disabled')),
      ...PRESS_CONTROLS.map((p) => `a ${p} control`),
      'type=hidden',
      'in fieldset[disabled]',
    ];
    expect(expected.filter((r) => !reasons.has(r))).toEqual([]);
    // Several frames: decoys refused, a frame's form filled, a choice of two forms offered.
    const framed = outcomes.flatMap((o) => (o.frames ? [o.frames] : []));
    expect(framed.flatMap((f) => f.refused)).toEqual(expect.arrayContaining(['tiny', 'transparent', 'display-none', 'covered']));
    expect(framed.some((f) => f.offered.includes('faded'))).toBe(true);
    expect(framed.some((f) => f.filled === 'visible')).toBe(true);
    expect(framed.some((f) => f.offered.length > 1)).toBe(true);
  }, 120_000);
});

describe('the property checks can see a violation (so a pass means something)', () => {
  it('the submit watch records a submit click, a submit event, requestSubmit() and reset()', () => {
    const doc = documentFrom('<form><input name="a"><button>Send</button><input type="reset"></form>');
    const watch = watchSubmits(doc);
    (doc.querySelector('button') as HTMLButtonElement).click();
    (doc.querySelector('input[type=reset]') as HTMLInputElement).click();
    const form = doc.querySelector('form')!;
    form.requestSubmit();
    form.reset();
    expect(watch.events.filter((e) => e.startsWith('click on'))).toHaveLength(2);
    expect(watch.events).toContain('form.requestSubmit()');
    expect(watch.events).toContain('form.reset()');
    form.dispatchEvent(new (doc.defaultView!.Event)('submit', { cancelable: true }));
    expect(watch.events).toContain('submit event');
  });

  it('a change in a frame that was not filled, or any event it hears, is a violation', async () => {
    const [spec] = fc.sample(formCase({ off: new Set() }).filter((c) => c.frames.length > 0), { numRuns: 1, seed: 7 });
    const window = new Window({ url: spec!.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    window.document.write('<!doctype html><html><body></body></html>');
    const doc = window.document as unknown as Document;
    const tab = await renderTab(doc, spec!);
    const meddle = async (chosen: Document, _s: unknown, _c: unknown, elsewhere: (phase: string) => Promise<string[]>) => {
      for (const d of tab) if (d.doc !== chosen) d.doc.body.append(d.doc.createElement('input'));
      const found = await elsewhere('fill');
      if (found.length) throw new Error(found.join('\n'));
      return { fields: 0, filled: 0, restored: 0, forbidden: 0, forbiddenReasons: [], shapes: [], observed: 0 };
    };
    await expect(checkTab(tab, spec!, false, meddle)).rejects.toThrow(/changed while .* was filled/);
    await window.happyDOM.close();
  });

  it("the leak check counts a person's words in a title, not inside Applyfill's own attribute names and titles", () => {
    const ctx = { secrets: ['ly', 'germany'], pageWords: '', priorValues: '', report: { url: '', results: [], counts: { filled: 0, skipped: 0, 'needs-you': 0, failed: 0 }, ms: 0 }, plan: { url: '', ats: null, profileId: 'p', steps: [] }, fieldOf: () => null };
    const record = (text: string) => ({ phase: 'fill', el: null, text, written: false });
    const own = ['data-applyfill= → needs-you', 'title= → Applyfill: needs you (see the Applyfill popup)'].map(record);
    expect(findLeaks(own, ctx, () => false)).toEqual([]);
    expect(findLeaks([record('title= → no option fits "Germany"')], ctx, () => false)).toHaveLength(1);
  });

  it('a changed value, tick or selection shows up as a change', () => {
    const doc = documentFrom('<input id="t" value="x"><input id="c" type="checkbox"><select id="s" multiple><option>a</option><option>b</option></select>');
    const [t, c, s] = ['t', 'c', 's'].map((id) => doc.getElementById(id) as HTMLElement);
    const before = [t, c, s].map((el) => readState(el!));
    (t as HTMLInputElement).value = 'y';
    (c as HTMLInputElement).checked = true;
    (s as HTMLSelectElement).options[1]!.selected = true;
    expect([t, c, s].map((el, i) => describeChange(before[i]!, readState(el!)))).toEqual([
      'value "x" → "y"',
      'checked false → true',
      expect.stringContaining('selected "00" → "01"'),
    ]);
  });
});
