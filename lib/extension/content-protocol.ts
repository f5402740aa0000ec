import type { FillReport } from '../fill/fill-report';
import type { CollectedPage } from '../page/collect-page';
import type { FillPlan } from '../plan/fill-plan';
import type { SeenNow } from '../page/second-look';
import type { IframeView } from '../page/iframe-judge';
import { parseContentRequest } from './content-messages';
import type { UndoOutcome } from '../fill/undo-fill';

/** What Undo put back, and each field it could not, with its label and why. */
export type UndoResult = UndoOutcome;

/** What an Undo on this page would put back (the record lives in the page's content script until it unloads). */
export interface UndoState {
  fields: number;
  labels: string[];
}

/**
 * Everything the popup and background may ask a tab's content scripts, as one map from each message to its
 * request and its reply. Both sides are typed from it, so a reply can only be read as what its request promises.
 */
export interface ContentProtocol {
  /**
   * `skip`: tokens of frames that answered already (tab-client.ts asks again until no other frame answers).
   * `around`: the tab's top page's judgement of each of its iframes, when the popup could read that page.
   */
  'applyfill:collect': { request: { type: 'applyfill:collect'; skip?: string[]; around?: IframeView[] }; reply: CollectedPage };
  /**
   * Fill's second look at the frame about to be filled (tab-client.ts `lookAgain`): one not confirmed seen when the
   * popup opened (outside the tab's viewport then) brings the field Fill starts with into view; then the frame says
   * again whether a person sees it, with the top page's new judgement over the whole iframe when the extension may
   * read that page, and keeps that judgement's covers for the fill.
   */
  'applyfill:show-field': { request: { type: 'applyfill:show-field'; url: string; fieldId: string }; reply: { shown: boolean } };
  'applyfill:seen-now': { request: { type: 'applyfill:seen-now'; url: string; around?: IframeView[] }; reply: SeenNow };
  'applyfill:fill': { request: { type: 'applyfill:fill'; plan: FillPlan }; reply: FillReport };
  'applyfill:undo': { request: { type: 'applyfill:undo'; url: string }; reply: UndoResult };
  'applyfill:undo-state': { request: { type: 'applyfill:undo-state'; url: string }; reply: UndoState };
}
export type ContentMessageType = keyof ContentProtocol;
export type RequestOf<K extends ContentMessageType> = ContentProtocol[K]['request'];
export type ReplyOf<K extends ContentMessageType> = ContentProtocol[K]['reply'];
export type ContentRequest = RequestOf<ContentMessageType>;

/** The one shape every reply travels in: a value, or an error a person can read. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Per message, how the content script answers: a promise of the reply, or `undefined` to let another frame answer. */
export type ContentHandlers = { [K in ContentMessageType]: (request: RequestOf<K>) => Promise<ReplyOf<K>> | undefined };

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The content script's side: check the message, run its handler, and wrap the outcome in the envelope. The promise
 * it returns never rejects; a malformed request is answered with an error naming what is wrong, never dropped.
 */
export function answerContentMessage(message: unknown, handlers: ContentHandlers): Promise<Envelope<unknown>> | undefined {
  const parsed = parseContentRequest(message);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: `Applyfill's page script refused a malformed request (${parsed.error})` });
  const { request } = parsed;
  // Each handler is paired with its own request type by the map; TypeScript cannot follow the pairing through the union.
  const answer = (handlers[request.type] as (r: ContentRequest) => Promise<unknown> | undefined)(request);
  return answer?.then(
    (value): Envelope<unknown> => ({ ok: true, value }),
    (error: unknown): Envelope<unknown> => ({ ok: false, error: errorText(error) }),
  );
}

/** What each request is, in the words of an error about it. */
const DOING: Record<ContentMessageType, string> = {
  'applyfill:collect': 'Reading the form',
  'applyfill:show-field': 'Bringing the form into view',
  'applyfill:seen-now': 'Looking at the form again',
  'applyfill:fill': 'Filling the form',
  'applyfill:undo': 'Undoing the fill',
  'applyfill:undo-state': 'Asking the page what Undo would restore',
};

/**
 * The popup's and background's side, the one place the envelope is opened: the reply's value, `null` when no frame
 * of the tab answered (no application form there), or a thrown error saying what failed on the page.
 */
export function unwrapReply<K extends ContentMessageType>(type: K, raw: unknown): ReplyOf<K> | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'object' && 'ok' in raw) {
    if (raw.ok === true && 'value' in raw) return raw.value as ReplyOf<K>;
    if (raw.ok === false && 'error' in raw && typeof raw.error === 'string') throw new Error(`${DOING[type]} failed on the page: ${raw.error}`);
  }
  throw new Error(`${DOING[type]}: the page answered something Applyfill cannot read`);
}
