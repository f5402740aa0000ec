import { browser } from 'wxt/browser';
import type { UndoResult } from './content-protocol';
import type { PageSnapshot } from '../page/analyze-page';
import { frameOf, undoTab } from './tab-client';

type Fiber = { return: Fiber | null; stateNode: unknown };

/**
 * Runs in the page's own world (serialized, so self-contained): react-select's own `clearValue` for each list whose
 * input has one of `ids`. A react-select that is not clearable offers a person no way to empty it, and its state
 * lives in the page's script, out of reach of the content script's world; this is the widget's own clear, asked for
 * only by Undo, handed nothing but the page's own element ids.
 */
function clearListsInPage(ids: string[]): number {
  let cleared = 0;
  for (const id of ids) {
    const input = document.getElementById(id) as unknown as Record<string, unknown> | null;
    const key = input ? Object.keys(input).find((k) => k.startsWith('__reactFiber$')) : undefined;
    for (let fiber = key ? (input![key] as Fiber) : null; fiber; fiber = fiber.return) {
      const node = fiber.stateNode as { clearValue?: unknown; selectOption?: unknown } | null;
      if (node && typeof node.clearValue === 'function' && typeof node.selectOption === 'function') {
        (node.clearValue as () => void).call(node);
        cleared++;
        break;
      }
    }
  }
  return cleared;
}

/**
 * Undo in the tab: the content script puts back what it can by each widget's own means; lists it could not empty
 * are cleared by the list's own function in the page's world, and the content script then checks and finishes them.
 */
export async function undoInTab(tabId: number, snapshot: PageSnapshot): Promise<UndoResult> {
  const first = await undoTab(tabId, snapshot);
  const ids = first.failed.flatMap((f) => (f.clearInPage ? [f.clearInPage] : []));
  if (!ids.length) return first;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameOf(snapshot)] }, world: 'MAIN', func: clearListsInPage, args: [ids] });
  } catch {
    // A page the extension may not script: those lists stay reported as not restored.
  }
  const second = await undoTab(tabId, snapshot);
  return { restored: first.restored + second.restored, failed: [...first.failed.filter((f) => !f.clearInPage), ...second.failed] };
}
