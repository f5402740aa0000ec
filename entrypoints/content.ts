import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_MATCHES } from '../lib/ats/ats-hosts';
import { answerContentMessage } from '../lib/extension/content-protocol';
import { onContentMessage, readStoredFileRaw } from '../lib/extension/content-runtime';
import { createContentSession } from '../lib/extension/content-session';
import { describeFrame, FRAME_TOKEN } from '../lib/extension/frame-facts';
import { seenNow } from '../lib/page/second-look';
import { aroundOf } from '../lib/page/frame-around';

export default defineContentScript({
  matches: [...ATS_MATCHES],
  // The Greenhouse embed is an iframe inside company career sites: the form lives in the frame.
  allFrames: true,
  runAt: 'document_idle',
  // Page scripts need not learn that Applyfill is installed (WXT's legacy window.postMessage announces it).
  noScriptStartedPostMessage: true,
  main() {
    const session = createContentSession(document, readStoredFileRaw);
    // A collect is heard by every frame: a frame with an application form answers with its page and who it is,
    // unless it is in `skip` (it answered this round of asking already). Fill and undo are sent to one frame by
    // its id (tab-client.ts); the URL check stays, so a frame that navigated since the review does nothing.
    onContentMessage((message) =>
      answerContentMessage(message, {
        // `around`: how the tab's top page shows each of its iframes, when the popup could read it (activeTab).
        'applyfill:collect': ({ skip, around }) => {
          if (skip?.includes(FRAME_TOKEN)) return undefined;
          const judged = aroundOf(window, around);
          const page = session.collect(judged?.covers);
          return page.fields.length ? describeFrame(window, page, session.elements(), judged).then((frame) => ({ ...page, frame })) : undefined;
        },
        'applyfill:show-field': ({ url, fieldId }) => (url === location.href ? session.showField(fieldId).then((shown) => ({ shown })) : undefined),
        'applyfill:seen-now': ({ url, around }) => {
          if (url !== location.href) return undefined;
          const judged = aroundOf(window, around);
          if (judged) session.coveredBy(judged.covers);
          return seenNow(window, session.fields(), session.elements(), judged);
        },
        'applyfill:fill': ({ plan }) => (plan.url === location.href ? session.fill(plan) : undefined),
        'applyfill:undo': ({ url }) => (url === location.href ? session.undo() : undefined),
        // Only a frame that holds a fill to undo answers (the popup asks the frame it filled).
        'applyfill:undo-state': ({ url }) => {
          const state = url === location.href ? session.undoState() : null;
          return state?.fields ? Promise.resolve(state) : undefined;
        },
      }),
    );
  },
});
