import type { CollectedPage } from '../page/collect-page';
import type { AroundFrame } from '../page/frame-around';
import type { FrameFacts } from '../page/frame-choice';
import { seenNow, type SeenNow } from '../page/second-look';
import { ownFrameId } from './content-runtime';

/** A random name for this content script's frame, so a collect can skip frames that answered (tab-client.ts). */
export const FRAME_TOKEN = crypto.randomUUID();

/**
 * What this frame says about itself beside its form: its id, viewport, and whether a person sees it. Only an iframe
 * can be hidden by a page around it; in the top document the frame's own visibility rules already decided every
 * field (IntersectionObserver v2 would add nothing but false alarms: it calls any transform or overlap unseen).
 * `around` is the top page's judgement of this frame's iframe, when the popup or shortcut could read that page
 * (activeTab): it decides for a frame of the top document, and its 'no' for any frame (frame-around.ts).
 */
export async function describeFrame(win: Window, page: CollectedPage, elements: ReadonlyMap<string, Element[]>, around: AroundFrame | null = null): Promise<FrameFacts> {
  const top = win.top === win;
  // The top document is not asked: its answer would not count, and the wait would slow every popup.
  const look: Promise<SeenNow> = top ? Promise.resolve({ seen: 'unknown' }) : seenNow(win, page.fields, elements, around);
  const [id, { seen, why }] = await Promise.all([ownFrameId(), look]);
  const facts: FrameFacts = { id, token: FRAME_TOKEN, width: win.innerWidth, height: win.innerHeight, top, seen };
  return why ? { ...facts, pageWhy: why } : facts;
}
