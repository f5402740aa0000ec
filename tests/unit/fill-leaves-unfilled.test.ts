import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { restoreFields } from '../../lib/fill/undo-fill';
import type { FillStep } from '../../lib/plan/fill-plan';
import { renderCombobox } from '../properties/combobox-widget';
import { documentFrom } from '../support/dom-from-html';

// Regressions found by `npm run fuzz` (notes: F3, F4, F5, F8): a field the fill does not fill is left exactly as it
// was, and undo gives back exactly what the fill changed, the person's uncommitted search text included.
const URL_ = 'https://example.test/form';
const wait = () => Promise.resolve();
const base = { name: '', domId: '', role: 'custom_question' as const, reason: 'r', action: 'fill' as const };

/** The fuzzer's react-select (tests/properties/combobox-widget.ts) with `typed` in its box and `committed` chosen. */
function combobox(spec: { typed?: string; committed?: string | null; options: string[] | null; notice?: boolean }) {
  const doc = documentFrom('<form></form>', URL_);
  const input = doc.createElement('input');
  input.id = 'c';
  input.setAttribute('role', 'combobox');
  let n = 0;
  const { container, valueBox } = renderCombobox(doc, input, { type: 'combobox', typed: spec.typed ?? '', committed: spec.committed ?? null, options: spec.options, optionTag: 'div', notice: spec.notice ?? true }, (p) => `${p}-${++n}`);
  valueBox.append(input);
  doc.querySelector('form')!.append(container);
  const shown = () => doc.querySelector('.select__single-value')?.textContent ?? '';
  return { doc, input, shown, elements: new Map([['c', [input]]]) };
}

const comboStep = (value: string, more: Partial<FillStep> = {}): FillStep =>
  ({ ...base, fieldId: 'c', label: 'Country', kind: 'combobox', value, candidates: [value], typed: value, ...more }) as FillStep;

async function run(elements: Map<string, Element[]>, step: FillStep) {
  const { report, snapshots } = await executePlan({ url: URL_, ats: null, profileId: 'p', steps: [step] }, { elements, wait });
  return { result: report.results[0]!, snapshots, undo: () => restoreFields(snapshots, elements, wait) };
}

describe('a combobox the fill does not answer keeps what the person typed (F3, F4)', () => {
  it('overwrite allowed, no option fits: the typed text stays, nothing is recorded for undo', async () => {
    const w = combobox({ typed: 'Ada', options: ['Germany', 'France'] });
    const { result, snapshots } = await run(w.elements, comboStep('Spain', { overwrite: true }));
    expect(result.status).toBe('needs-you');
    expect(w.input.value).toBe('Ada');
    expect(snapshots).toEqual([]);
  });

  it('react-select\'s "No options" notice is not an option: nothing is picked and the searched text is taken out again', async () => {
    const w = combobox({ options: ['Germany', 'France'], notice: true });
    const { result, snapshots } = await run(w.elements, comboStep('No'));
    expect(result).toMatchObject({ status: 'needs-you', reason: 'no option offered for "No"' });
    expect([w.input.value, w.shown()]).toEqual(['', '']);
    expect(w.doc.querySelector('.select__menu')).toBeNull();
    expect(snapshots).toEqual([]);
  });

  it('a pick over typed text (overwrite): undo takes the pick off and gives back the typed text', async () => {
    const w = combobox({ typed: 'Ger', options: ['Germany', 'France'] });
    const { result, undo } = await run(w.elements, comboStep('France', { overwrite: true }));
    expect(result.status).toBe('filled');
    expect([w.input.value, w.shown()]).toEqual(['', 'France']);
    expect(await undo()).toEqual({ restored: 1, failed: [] });
    expect([w.input.value, w.shown()]).toEqual(['Ger', '']);
  });

  it('a committed choice replaced on request: undo picks the old one again and leaves the box as it was', async () => {
    const w = combobox({ committed: 'Germany', options: ['Germany', 'France'] });
    const { undo } = await run(w.elements, comboStep('France', { overwrite: true }));
    expect(w.shown()).toBe('France');
    expect(await undo()).toEqual({ restored: 1, failed: [] });
    expect([w.input.value, w.shown()]).toEqual(['', 'Germany']);
  });
});

describe('a step that fails leaves the field as it was (F5, F8)', () => {
  const textStep = (value: string, more: Partial<FillStep> = {}): FillStep => ({ ...base, fieldId: 't', label: 'Years', kind: 'text', value, ...more }) as FillStep;
  const field = (html: string) => {
    const doc = documentFrom(`<form>${html}</form>`, URL_);
    const input = doc.querySelector('input')!;
    return { input, elements: new Map([['t', [input]]]) };
  };

  it('an overwrite the page refuses (a number box given words) keeps the person\'s value, not an empty box', async () => {
    const f = field('<input id="t" type="number" value="42">');
    const { result, snapshots } = await run(f.elements, textStep('ten', { overwrite: true }));
    expect(result.status).toBe('failed');
    expect(f.input.value).toBe('42');
    expect(snapshots).toEqual([]);
  });

  it('an email box keeps a reviewed value without its end spaces (the browser trims them): filled, not failed', async () => {
    const f = field('<input id="t" type="email">');
    const { result } = await run(f.elements, textStep('! ', { overwrite: true }));
    expect([result.status, f.input.value]).toEqual(['filled', '!']);
  });

  it('an email box whose page refuses the new address: the person\'s address is left byte for byte', async () => {
    // (Spaces at the ends of the person's address are not kept by a browser either: it reads back "a@b.c".)
    const f = field('<input id="t" type="email" value="a@b.c">');
    const before = f.input.value;
    f.input.addEventListener('input', () => f.input.value.endsWith('@y.z') && (f.input.value = ''));
    const { result, snapshots } = await run(f.elements, textStep(' x@y.z ', { overwrite: true }));
    expect(result.status).toBe('failed');
    expect(f.input.value).toBe(before);
    expect(snapshots).toEqual([]);
  });
});
