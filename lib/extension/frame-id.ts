/**
 * How a content script learns its own frame id. No content-script API tells it, and the browser sets `sender.frameId`
 * on every message a frame sends to the extension, so the background answers this one request with it. The popup
 * and the shortcut then address that frame alone (`tabs.sendMessage(tab, message, { frameId })`): no
 * `webNavigation` permission is needed to list a tab's frames.
 */
export const FRAME_ID_REQUEST = 'applyfill:frame-id';

interface Sender {
  frameId?: number;
  tab?: unknown;
}

/** The background's side: the asking frame's id, or undefined for any other message (another listener answers it). */
export function answerFrameId(message: unknown, sender: Sender): Promise<number> | undefined {
  const isAsk = typeof message === 'object' && message !== null && (message as { type?: unknown }).type === FRAME_ID_REQUEST;
  // Only a frame of a tab has a frame id; extension pages do not ask.
  if (!isAsk || !sender.tab || typeof sender.frameId !== 'number') return undefined;
  return Promise.resolve(sender.frameId);
}
