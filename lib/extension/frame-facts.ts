import type { CollectedPage } from '../page/collect-page';
import type { FrameFacts } from '../page/frame-choice';
import { frameSeen } from '../page/frame-seen';
import { watchedTargets } from '../page/frame-witnesses';
import { ownFrameId } from './content-runtime';

/** A random name for this content script's frame, so a collect can skip frames that answered (tab-client.ts). */
export const FRAME_TOKEN = crypto.randomUUID();

/**
 * What this frame says about itself beside its form: its id, viewport, and whether a person sees it. Only an iframe
 * can be hidden by a page around it; in the top document the frame's own visibility rules already decided every
 * field (IntersectionObserver v2 would add nothing but false alarms: it calls any transform or overlap unseen).
 */
export async function describeFrame(win: Window, page: CollectedPage, elements: ReadonlyMap<string, Element[]>): Promise<FrameFacts> {
  const top = win.top === win;
  const targets = watchedTargets(page.fields, elements);
  // The top document is not asked: its answer would not count, and the wait would slow every popup.
  const [id, seen] = await Promise.all([ownFrameId(), top ? ('unknown' as const) : frameSeen(win, targets)]);
  return { id, token: FRAME_TOKEN, width: win.innerWidth, height: win.innerHeight, top, seen };
}
