import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractJobDescription } from '../lib/page/job-description';

// Injected on demand by the popup's Tailor view (never always-on): Readability is too big to ride on every page.
// WXT returns main's value as the script's result, which `scripting.executeScript` hands back to the popup.
export default defineUnlistedScript(() => extractJobDescription(document, location.href));
