import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupActions } from '../../components/popup-view';
import { popupData } from '../../lib/popup/popup-data';
import { initialPopupState } from '../../lib/popup/popup-state';
import { repoPath } from '../support/repo-path';

// popup.html draws a static shell before any script runs; the popup's first render (the page not read yet) must
// draw the same, so taking it over changes nothing a person sees.
const html = readFileSync(repoPath('entrypoints/popup/index.html'), 'utf8');
const actions: PopupActions = {
  switchProfile: vi.fn(), fill: vi.fn(), undo: vi.fn(), openOptions: vi.fn(), openSetup: vi.fn(), showTab: vi.fn(), chooseForm: vi.fn(), toggleSection: vi.fn(),
  review: { setValue: vi.fn(), setEnabled: vi.fn(), setOverwrite: vi.fn() },
};
const firstRender = () => <PopupView data={popupData(initialPopupState)} actions={actions} />;

/** The shell's nodes as the browser parses them from popup.html, in a container of this document. */
function staticShell(): HTMLElement {
  // Only the body: happy-dom would try to fetch the head's stylesheet.
  const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
  const parsed = new DOMParser().parseFromString(body, 'text/html').getElementById('app')!;
  const root = document.createElement('div');
  root.append(...Array.from(parsed.childNodes, (n) => document.importNode(n, true)));
  document.body.append(root);
  return root;
}

/** Markup without the layout whitespace and comments of the hand-written file (neither shows). */
function shown(root: Node): string {
  const copy = root.cloneNode(true);
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === Node.COMMENT_NODE || (c.nodeType === Node.TEXT_NODE && !c.textContent!.trim())) c.remove();
      else walk(c);
    }
  };
  walk(copy);
  return (copy as HTMLElement).innerHTML;
}

describe('the popup shell in popup.html', () => {
  it('is what the popup draws while it reads the page: header, résumé switch, "Reading the page…", Fill not usable yet', () => {
    const drawn = document.createElement('div');
    act(() => render(firstRender(), drawn));
    expect(shown(staticShell())).toBe(drawn.innerHTML);
    expect(drawn.querySelector('.fill-footer [role=status]')!.textContent).toBe('Reading the page…');
    expect(drawn.querySelector<HTMLButtonElement>('.footer-buttons button')!.disabled).toBe(true);
    // Scripts and tests wait for `button.fill` as "the review is ready": the waiting button is not one.
    expect(drawn.querySelector('button.fill')).toBeNull();
  });

  it('is taken over in place: the same nodes stay, nothing is drawn twice', () => {
    const root = staticShell();
    const [header, status] = [root.querySelector('header'), root.querySelector('[role=status]')];
    act(() => render(firstRender(), root));
    expect(root.querySelector('header')).toBe(header);
    expect(root.querySelector('[role=status]')).toBe(status);
    expect(root.querySelectorAll('main')).toHaveLength(1);
    const fresh = document.createElement('div');
    act(() => render(firstRender(), fresh));
    expect(root.innerHTML).toBe(fresh.innerHTML);
  });
});
