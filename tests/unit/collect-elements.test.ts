import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../lib/fields/collect-fields';
import { collectElements } from '../../lib/fields/control-groups';
import { fixturePages } from '../fixtures/pages';
import { documentFrom } from '../support/dom-from-html';
import { repoPath } from '../support/repo-path';

// The fill finds the reviewed ids' elements with collectElements (no labels, no styles): it must key them exactly
// as the collect the review was built on did, on every form page (groups, answer buttons, "+ Add" entries).
// Pages with a form in their markup: not the embed's host page, nor the React board whose form its script draws
// (its saved "-static" twin is here).
const FORM_PAGES = fixturePages.filter((p) => p.kind !== 'host' && !(p.kind === 'greenhouse-react' && !p.name.endsWith('-static')));

describe('the fill finds the same elements under the same ids as the collect', () => {
  for (const page of FORM_PAGES) {
    it(page.name, () => {
      const doc = documentFrom(readFileSync(repoPath(page.file), 'utf8'), page.url);
      const collected = collectFields(doc).elements;
      const found = collectElements(doc);
      expect(collected.size).toBeGreaterThan(0);
      expect([...found.keys()]).toEqual([...collected.keys()]);
      for (const [id, els] of collected) expect(found.get(id)).toEqual(els);
    });
  }
});
