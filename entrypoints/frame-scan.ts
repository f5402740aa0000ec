import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanIframes } from '../lib/page/iframe-scan';

// Injected into the tab's top frame when the person presses Fill on a form in a frame (lib/extension/tab-client.ts),
// in the extension's isolated world: it scrolls the page over its iframes, reads them, puts the scroll back, and
// returns plain data.
export default defineUnlistedScript(() => scanIframes(window));
