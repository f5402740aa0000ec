import type { StoredFileBytes } from '../fill/fill-file';
import type { Envelope } from './content-protocol';
import { FRAME_ID_REQUEST } from './frame-id';
import { decodeStoredFile } from './stored-file-codec';

/**
 * The two extension APIs the always-on content script needs, taken straight from the browser's own `chrome`
 * namespace (Firefox provides it too). The polyfill and WXT's storage wrapper cost ~15 KB on every application
 * page; these calls need neither. Pages and the popup keep using `wxt/browser`.
 */
interface RawRuntime {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

const raw = (): RawRuntime => (globalThis as unknown as { chrome: RawRuntime }).chrome;

/**
 * Answer messages with a promise of a reply envelope (content-protocol.ts: it never rejects), or stay silent with
 * `undefined` so another frame of the tab can answer. Keeping the channel open (`return true`) only when answering
 * matters: every frame hears every message.
 */
export function onContentMessage(handle: (message: unknown) => Promise<Envelope<unknown>> | undefined): void {
  raw().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const answer = handle(message);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  });
}

export async function readStoredFileRaw(key: string): Promise<StoredFileBytes | null> {
  return decodeStoredFile((await raw().storage.local.get(key))[key]);
}

let frameId: Promise<number> | undefined;

/** This frame's id as the browser numbers it (asked of the background once, frame-id.ts). */
export function ownFrameId(): Promise<number> {
  frameId ??= raw()
    .runtime.sendMessage({ type: FRAME_ID_REQUEST })
    .then((id) => {
      if (typeof id !== 'number') throw new Error('the extension did not say which frame this is');
      return id;
    });
  // A failed ask is asked again next time (the background may have been restarting).
  frameId.catch(() => (frameId = undefined));
  return frameId;
}
