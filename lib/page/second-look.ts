import type { ControlKind, FieldDescriptor } from '../fields/field-descriptor';
import { seenTargets } from '../fields/visible-target';
import { seenWithPage, type AroundFrame } from './frame-around';
import type { FrameFacts } from './frame-choice';
import { frameSeen } from './frame-seen';
import { watchedTargets } from './frame-witnesses';

/**
 * Fill's second look at a frame a person was not confirmed to see when the popup opened (lib/extension/tab-client.ts
 * `lookAgain`): the frame lay wholly outside the tab's viewport, where neither the top page's judge (it hit-tests only
 * what is on screen, and must not scroll before Fill) nor IntersectionObserver v2 (it says nothing of what is off
 * screen) can tell whether something of the page covers it. Once the person presses Fill, the field the fill starts
 * with is brought into view, and the same question is asked again.
 */

/** Whether a person sees the frame, and why not when the page around it said. */
export interface SeenNow {
  seen: FrameFacts['seen'];
  why?: string;
}

/** Long enough for a scroll in another process to land on a loaded machine; reaching it answers false. */
const IN_VIEW_GIVE_UP_MS = 1500;

/** Whether `el` comes into the tab's viewport: an IntersectionObserver with no root watches the top-level viewport. */
function inTabView(el: Element): Promise<boolean> {
  const win = el.ownerDocument.defaultView!;
  return new Promise((resolve) => {
    const finish = (shown: boolean) => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(shown);
    };
    const timer = win.setTimeout(() => finish(false), IN_VIEW_GIVE_UP_MS);
    const observer = new win.IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) finish(true);
    });
    observer.observe(el);
  });
}

/**
 * Bring a field into the tab's view, what a person sees of it in the middle: `scrollIntoView` scrolls every document
 * around the frame too, another origin's included. Resolves once the browser reports it in the tab's viewport: a page
 * of another origin scrolls in its own process, and the top page's judge asked next must not run before that.
 */
export function showInTab(el: Element, kind: ControlKind): Promise<boolean> {
  if (!el.isConnected) return Promise.resolve(false);
  const target = seenTargets(el, kind)[0] ?? el;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  return inTabView(target);
}

/**
 * Whether a person sees the frame of `win`: the page around it first when it decides, else what the frame observes
 * (v2). Asked at collect (lib/extension/frame-facts.ts) and again at Fill's second look, then with the page's new
 * judgement made with the frame in view. The top document is seen by its own fields' rules.
 */
export async function seenNow(win: Window, fields: readonly FieldDescriptor[], elements: ReadonlyMap<string, Element[]>, around: AroundFrame | null): Promise<SeenNow> {
  if (win.top === win) return { seen: 'yes' };
  const seen = await seenWithPage(around, () => frameSeen(win, watchedTargets(fields, elements)));
  return around?.hidden ? { seen, why: around.hidden } : { seen };
}
