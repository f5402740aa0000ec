import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { watchedTargets } from '../../lib/page/frame-witnesses';
import { documentFrom } from '../support/dom-from-html';

// Regression (fuzz F9, Chromium): a transparent iframe whose form's controls had no id attribute was offered for
// review, because the frame watched only fields with a DOM id and, watching nothing, could not tell it is unseen.
describe('what a frame watches to tell whether a person sees it (lib/page/frame-seen.ts)', () => {
  it('every fillable field, with or without an id; not a hidden or a disabled one', () => {
    const doc = documentFrom(
      '<form><label>First name <input name="a"></label><label>Email <input type="email"></label><fieldset disabled><label>Yes <input type="checkbox"></label></fieldset><label>Hidden <input name="h" style="display:none"></label></form>',
    );
    const { snapshot, elements } = analyzePage(doc, 'https://boards.greenhouse.io/embed/job_app?for=acme&token=1');
    expect(watchedTargets(snapshot.fields, elements)).toEqual(Array.from(doc.querySelectorAll('input')).slice(0, 2));
  });

  it("what a person sees of a widget: a react-select's control box, not its transparent input", () => {
    const doc = documentFrom(
      '<form><label for="c">Country</label><div class="select__control"><div class="select__value-container"><div class="select__input-container"><input id="c" role="combobox" style="opacity:0"></div></div></div></form>',
    );
    const { snapshot, elements } = analyzePage(doc, 'https://boards.greenhouse.io/embed/job_app?for=acme&token=1');
    expect(watchedTargets(snapshot.fields, elements)).toEqual([doc.querySelector('.select__control')]);
  });
});
