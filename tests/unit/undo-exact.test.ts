import { describe, expect, it } from 'vitest';
import { executePlan } from '../../lib/fill/execute-plan';
import { restoreFields } from '../../lib/fill/undo-fill';
import type { FillStep } from '../../lib/plan/fill-plan';
import { documentFrom } from '../support/dom-from-html';

const URL_ = 'https://example.test/form';
const wait = () => Promise.resolve();
const base = { name: '', domId: '', role: 'custom_question' as const, reason: 'r', action: 'fill' as const };
const choice = (fieldId: string, kind: 'select' | 'radio-group' | 'checkbox-group', value: string, optionValue: string, optionIndex: number, more = {}): FillStep => ({
  ...base, fieldId, label: `Label of ${fieldId}`, kind, value, optionValue, optionIndex, ...more,
});
const text = (fieldId: string, value: string, more = {}): FillStep => ({ ...base, fieldId, label: `Label of ${fieldId}`, kind: 'text', value, ...more });

async function fill(html: string, steps: FillStep[], ids: Record<string, string>) {
  const doc = documentFrom(`<form>${html}</form>`, URL_);
  const elements = new Map(Object.entries(ids).map(([fieldId, sel]) => [fieldId, Array.from(doc.querySelectorAll(sel))]));
  const { report, snapshots } = await executePlan({ url: URL_, ats: null, profileId: 'p', steps }, { elements, wait });
  return { doc, report, snapshots, undo: () => restoreFields(snapshots, elements, wait) };
}

const selected = (doc: Document, sel: string) => Array.from((doc.querySelector(sel) as HTMLSelectElement).options).filter((o) => o.selected).map((o) => o.text);

describe('undo records only what the fill changed and puts it back exactly', () => {
  const MULTI = '<select id="m" multiple><option value="">None of these</option><option value="en">English</option><option value="de">German</option></select>';

  it('a multiple select with nothing chosen: after undo nothing is chosen (not the option whose value is empty)', async () => {
    const { doc, snapshots, undo } = await fill(MULTI, [choice('#m', 'select', 'English', 'en', 1)], { '#m': '#m' });
    expect(selected(doc, '#m')).toEqual(['English']);
    expect(snapshots).toHaveLength(1);
    expect(await undo()).toEqual({ restored: 1, failed: [] });
    expect(selected(doc, '#m')).toEqual([]);
  });

  it('a multiple select replaced on request: undo gives back exactly the options chosen before', async () => {
    const { doc, undo } = await fill(MULTI.replace('<option value="de">', '<option value="de" selected>'), [choice('#m', 'select', 'English', 'en', 1, { overwrite: true })], { '#m': '#m' });
    expect(selected(doc, '#m')).toEqual(['English']);
    await undo();
    expect(selected(doc, '#m')).toEqual(['German']);
  });

  it('a select whose options share a value: undo returns to the option at its place, not the first of that value', async () => {
    const html = '<select id="s"><option value="1">Yes</option><option value="1" selected>No</option><option value="2">Maybe</option></select>';
    const { doc, undo } = await fill(html, [choice('#s', 'select', 'Maybe', '2', 2, { overwrite: true })], { '#s': '#s' });
    const select = doc.querySelector('#s') as HTMLSelectElement;
    expect(select.selectedIndex).toBe(2);
    expect(await undo()).toEqual({ restored: 1, failed: [] });
    expect(select.selectedIndex).toBe(1);
  });

  it('a radio group with none ticked, and a checkbox group: ticks as before', async () => {
    const html = '<input type="radio" name="r" value="y"><input type="radio" name="r" value="n"><input type="checkbox" name="c" value="a" checked><input type="checkbox" name="c" value="b">';
    const { doc, undo } = await fill(html, [choice('r', 'radio-group', 'n', 'n', 1), choice('c', 'checkbox-group', 'b', 'b', 1, { overwrite: true })], { r: '[name=r]', c: '[name=c]' });
    const ticks = () => Array.from(doc.querySelectorAll('input')).map((i) => i.checked);
    expect(ticks()).toEqual([false, true, true, true]);
    expect(await undo()).toEqual({ restored: 2, failed: [] });
    expect(ticks()).toEqual([false, false, true, false]);
  });

  it('a field the fill did not change is not recorded, and undo leaves it (text typed into a list the fill skipped)', async () => {
    const html = '<div class="select__control"><div class="select__value-container"><input id="c" role="combobox" value="Ber"></div></div><input id="t" value="kept">';
    const steps: FillStep[] = [
      { ...base, fieldId: '#c', label: 'City', kind: 'combobox', value: 'Berlin', candidates: ['Berlin'], typed: 'Berlin' },
      text('#t', 'other'),
    ];
    const { doc, report, snapshots, undo } = await fill(html, steps, { '#c': '#c', '#t': '#t' });
    expect(report.results.map((r) => r.status)).toEqual(['skipped', 'skipped']);
    expect(report.results[0]!.reason).toBe('holds text you typed ("Ber"); kept');
    expect(snapshots).toEqual([]);
    expect(await undo()).toEqual({ restored: 0, failed: [] });
    expect((doc.querySelector('#c') as HTMLInputElement).value).toBe('Ber');
  });

  it('a field the person changed after the fill is left as they made it, reported with its label and why', async () => {
    const { doc, undo } = await fill('<input id="t">', [text('#t', 'Ada')], { '#t': '#t' });
    (doc.querySelector('#t') as HTMLInputElement).value = 'Ada L.';
    expect(await undo()).toEqual({ restored: 0, failed: [{ fieldId: '#t', label: 'Label of #t', why: 'changed since the fill (it shows "Ada L.", not "Ada"); left as it is' }] });
    expect((doc.querySelector('#t') as HTMLInputElement).value).toBe('Ada L.');
  });

  it('a restore the page refuses is a failure with the field and what it shows, never counted as restored', async () => {
    const { doc, undo } = await fill('<input id="t">', [text('#t', 'Ada')], { '#t': '#t' });
    const box = doc.querySelector('#t') as HTMLInputElement;
    box.addEventListener('input', () => (box.value = box.value || 'Ada'));
    expect(await undo()).toEqual({ restored: 0, failed: [{ fieldId: '#t', label: 'Label of #t', why: 'it shows "Ada", not nothing' }] });
  });

  it('a field gone from the page is reported, not counted', async () => {
    const { doc, undo } = await fill('<input id="t">', [text('#t', 'Ada')], { '#t': '#t' });
    doc.querySelector('#t')!.remove();
    expect(await undo()).toEqual({ restored: 0, failed: [{ fieldId: '#t', label: 'Label of #t', why: 'it is no longer on the page' }] });
  });
});
