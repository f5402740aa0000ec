import { defineContentScript } from 'wxt/utils/define-content-script';
import { ATS_MATCHES } from '../lib/ats/ats-hosts';
import { answerContentMessage } from '../lib/extension/content-protocol';
import { onContentMessage, readStoredFileRaw } from '../lib/extension/content-runtime';
import { createContentSession } from '../lib/extension/content-session';

export default defineContentScript({
  matches: [...ATS_MATCHES],
  // The Greenhouse embed is an iframe inside company career sites: the form lives in the frame.
  allFrames: true,
  runAt: 'document_idle',
  // Page scripts need not learn that Applyfill is installed (WXT's legacy window.postMessage announces it).
  noScriptStartedPostMessage: true,
  main() {
    const session = createContentSession(document, readStoredFileRaw);
    // Every frame hears every message; only a frame with an application form answers, and a fill or undo only
    // in the frame whose page the plan was made for.
    onContentMessage((message) =>
      answerContentMessage(message, {
        'applyfill:collect': () => {
          const snapshot = session.collect();
          return snapshot.fields.length ? Promise.resolve(snapshot) : undefined;
        },
        'applyfill:fill': ({ plan }) => (plan.url === location.href ? session.fill(plan) : undefined),
        'applyfill:undo': ({ url }) => (url === location.href ? session.undo() : undefined),
        // Only a frame that holds a fill to undo answers, so the popup learns of it from whichever frame filled.
        'applyfill:undo-state': ({ url }) => (url === location.href && session.undoState().fields ? Promise.resolve(session.undoState()) : undefined),
      }),
    );
  },
});
