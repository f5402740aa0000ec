import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionContext, sectionMemo } from '../../lib/fields/section-context';
import { largeForm } from '../../scripts/harness/forty-field-form';
import { fixturePages } from '../fixtures/pages';
import { documentFrom } from '../support/dom-from-html';
import { repoPath } from '../support/repo-path';

// A collect shares one memo across its controls (each parent's children, each heading's opening words): every
// control must read the same section as when asked alone, in document order and out of it.
const FORM_PAGES = fixturePages.filter((p) => p.kind !== 'host' && !(p.kind === 'greenhouse-react' && !p.name.endsWith('-static')));
const CONTROLS = 'input:not([type=hidden]), select, textarea, button';

function sameAsAlone(doc: Document): number {
  const controls = Array.from(doc.querySelectorAll(CONTROLS));
  const alone = controls.map((c) => sectionContext(c));
  const memo = sectionMemo();
  expect(controls.map((c) => sectionContext(c, memo))).toEqual(alone);
  // Buttons ("+ Add") are described after every field: later, with the memo already filled.
  const late = sectionMemo();
  const order = [...controls.filter((c) => c.tagName !== 'BUTTON'), ...controls.filter((c) => c.tagName === 'BUTTON')];
  expect(order.map((c) => sectionContext(c, late))).toEqual(order.map((c) => alone[controls.indexOf(c)]));
  return alone.filter((s) => s.heading).length;
}

describe('sections read with a shared memo are the sections read alone', () => {
  for (const page of FORM_PAGES) {
    it(page.name, () => {
      sameAsAlone(documentFrom(readFileSync(repoPath(page.file), 'utf8'), page.url));
    });
  }

  it('a section that opens with words before its first question, and a button between them', () => {
    const doc = documentFrom(
      `<form><h3>References</h3><p>We may contact them.</p><button type="button">+ Add</button><p>Two at most.</p><label>Name<input name="n1"></label><input name="e1"><h3>Other</h3><input name="x"></form>`,
      'https://boards.greenhouse.io/x/jobs/1',
    );
    expect(sameAsAlone(doc)).toBe(4);
    expect(sectionContext(doc.querySelector('[name=e1]')!, sectionMemo())).toEqual({ heading: 'References', note: 'We may contact them. + Add Two at most.' });
  });

  it('the 2,000-field bench form', () => {
    expect(sameAsAlone(documentFrom(largeForm(), 'https://boards.greenhouse.io/bench/jobs/2000'))).toBeGreaterThan(1000);
  });
});
