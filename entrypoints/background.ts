import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cleanOrphanFiles } from '../lib/extension/file-store';
import { FILL_COMMAND, fillTabFromReview } from '../lib/extension/fill-command';
import { answerFrameId } from '../lib/extension/frame-id';
import { installShippedProfiles } from '../lib/extension/profile-store';

async function onCommand(command: string, tabId?: number): Promise<string> {
  if (command !== FILL_COMMAND) return 'unknown command';
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return 'no tab';
  // The badge is the shortcut's only feedback: how many fields went in, "–" on a page without an application
  // form, "!" when the fill failed (the returned text, seen in the worker's console, says why).
  try {
    const report = await fillTabFromReview(id);
    await browser.action.setBadgeText({ tabId: id, text: report ? String(report.counts.filled) : '–' });
    return report ? `filled ${report.counts.filled}, needs you ${report.counts['needs-you']}` : 'no application form';
  } catch (error) {
    await browser.action.setBadgeText({ tabId: id, text: '!' });
    return `failed: ${(error as Error).message}`;
  }
}

export default defineBackground(() => {
  // Résumé files no profile points at (left by a tab closed before Save, or by versions that never deleted one)
  // are freed when the browser starts and when the extension is installed or updated: no page is open then
  // that could still be holding an unsaved upload.
  const cleanUp = () => cleanOrphanFiles().then(() => undefined, () => undefined);
  browser.runtime.onStartup.addListener(() => void cleanUp());
  // What the install does, as one promise: the worker console (and the e2e harness, before it stores test
  // profiles) can wait for it to finish instead of racing it.
  let installed: Promise<unknown> = Promise.resolve();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run: the setup page (who you are, your résumés, then "open an application and press Fill"). It opens
    // once the shipped profiles are stored, so it never finds none and installs them a second time itself.
    installed = installShippedProfiles()
      .catch(() => undefined)
      .then(cleanUp)
      .then(async () => {
        if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
      });
  });
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab?.id));
  // A content script asks which frame it is, so fill and undo can be sent to that frame alone (frame-id.ts).
  // The polyfill's listener answers with the promise it returns, and stays silent for undefined.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message, sender) => answerFrameId(message, sender));
  // A handle on the worker's global scope, so the shortcut's handler can be run from the service-worker console
  // (and by the e2e test, which cannot press a global shortcut in headless Chromium).
  Object.assign(globalThis, { applyfill: { onCommand, installed: () => installed } });
});
