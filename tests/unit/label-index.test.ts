import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectFields } from '../../lib/fields/collect-fields';
import { indexLabels, labelFor } from '../../lib/fields/label-inference';

const IDS = ['plain', 'a"quote', 'back\\slash', 'line\nbreak', 'constructor', '__proto__', 'hasOwnProperty', 'x y'];

function page(): Document {
  const doc = document.implementation.createHTMLDocument('labels');
  for (const [i, id] of IDS.entries()) {
    const label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = `Label ${i}`;
    const input = doc.createElement('input');
    input.id = id;
    doc.body.append(label, input);
  }
  // A second label for the first control, after it: both count, in document order.
  const extra = doc.createElement('label');
  extra.htmlFor = 'plain';
  extra.textContent = 'again';
  doc.body.append(extra);
  return doc;
}

describe('label lookup: indexed once per collect', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the index and a single lookup find the same labels, whatever the id holds', () => {
    const doc = page();
    const index = indexLabels(doc);
    for (const [i, id] of IDS.entries()) {
      const input = doc.getElementById(id)!;
      const expected = i === 0 ? 'Label 0 again' : `Label ${i}`;
      expect(labelFor(input, index), id).toBe(expected);
      expect(labelFor(input), id).toBe(expected);
    }
    expect(index.get('toString')).toBeUndefined();
  });

  it('a collect reads the labels of the page once, not once per control (a 2,000-field form stays linear)', () => {
    const doc = document.implementation.createHTMLDocument('many');
    doc.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<label for="f${i}">Question ${i}</label><input id="f${i}" name="f${i}">`).join('');
    const queries: string[] = [];
    const original = doc.querySelectorAll.bind(doc);
    vi.spyOn(doc, 'querySelectorAll').mockImplementation((selector: string) => {
      queries.push(selector);
      return original(selector);
    });
    const { fields } = collectFields(doc);
    expect(fields).toHaveLength(300);
    expect(fields[299]!.labels.find((l) => l.source === 'label')?.text).toBe('Question 299');
    expect(queries.filter((q) => q.includes('label'))).toHaveLength(1);
  });
});
