import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { judgeIframes } from '../lib/page/iframe-judge';

// Injected into the tab's top frame when the popup opens or the shortcut runs (lib/extension/frame-judge-client.ts),
// in the extension's isolated world: it reads the page's iframes and returns plain data; it writes nothing.
export default defineUnlistedScript(() => judgeIframes(window));
