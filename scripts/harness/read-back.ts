import type { Frame, Page } from 'playwright-core';
import type { ControlKind } from '../../lib/fields/field-descriptor';
import { unwrapReply } from '../../lib/extension/content-protocol';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import { classifyPage } from '../../lib/page/classify-page';

export interface FieldToRead {
  fieldId: string;
  kind: ControlKind;
}

/**
 * What each field shows on the page now, read the way a person reads it and without the extension's code: text
 * as typed, a select's chosen option text, the labels of ticked boxes, a react-select's shown value, the names
 * of attached files. Keyed by the collector's field id (`#id`, `name:…`).
 */
export async function readBack(frame: Frame | Page, fields: readonly FieldToRead[]): Promise<Record<string, string>> {
  return frame.evaluate((list) => {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/[✱*]+/g, ' ').replace(/\s+/g, ' ').trim();
    const find = (id: string): Element[] => {
      const key = id.replace(/~\d+$/, '');
      if (key.startsWith('#')) return [document.getElementById(key.slice(1))].filter((e): e is HTMLElement => e !== null);
      if (key.startsWith('name:')) return Array.from(document.getElementsByName(key.slice(5)));
      // `path:` is the site's own key for a question (Ashby's data-field-path, Workable's data-ui).
      if (key.startsWith('path:')) {
        const k = key.slice(5);
        const box = Array.from(document.querySelectorAll('[data-field-path], [data-ui]')).find((el) => el.getAttribute('data-field-path') === k || el.getAttribute('data-ui') === k);
        return box ? Array.from(box.querySelectorAll('input:not([type=hidden]), select, textarea')) : [];
      }
      return [];
    };
    const out: Record<string, string> = {};
    for (const { fieldId, kind } of list) {
      // "name:file~1" is the second control named "file" (the collector numbers repeats); a group is all of them.
      const nth = Number(/~(\d+)$/.exec(fieldId)?.[1] ?? 0);
      const group = kind === 'radio-group' || kind === 'checkbox-group' || fieldId.startsWith('path:');
      const els = group ? find(fieldId) : find(fieldId).slice(nth, nth + 1);
      const first = els[0] as HTMLInputElement | undefined;
      if (!/^(#|name:|path:)/.test(fieldId)) {
        out[fieldId] = '(unaddressable)';
        continue;
      }
      if (!first) {
        out[fieldId] = '(gone)';
        continue;
      }
      switch (kind) {
        case 'select': {
          const select = first as unknown as HTMLSelectElement;
          const option = select.options[select.selectedIndex];
          out[fieldId] = option && option.value !== '' ? clean(option.text) : '';
          break;
        }
        case 'radio-group':
        case 'checkbox-group':
        case 'checkbox':
          out[fieldId] = (els as HTMLInputElement[])
            .filter((el) => (el.type === 'radio' || el.type === 'checkbox') && el.checked)
            .map((el) => clean(el.closest('label')?.textContent) || clean(el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '') || el.value)
            .join('; ');
          break;
        case 'combobox': {
          const control = first.closest('[class*="control"]');
          // react-select shows its value beside the input; Ashby's and Workable's comboboxes in the input itself.
          out[fieldId] = control ? clean(control.querySelector('[class*="single-value"], [class*="singleValue"]')?.textContent) : first.value;
          break;
        }
        case 'button-group': {
          // Yes/No buttons beside a hidden checkbox: the pressed one says the answer.
          const pressed = Array.from(first.parentElement?.querySelectorAll('button') ?? []).find(
            (b) => b.getAttribute('aria-pressed') === 'true' || /(^|[\s_-])(active|selected|pressed)([\s_-]|$)/i.test(b.className),
          );
          out[fieldId] = clean(pressed?.textContent);
          break;
        }
        case 'file':
          out[fieldId] = Array.from(first.files ?? []).map((f) => f.name).join('; ');
          break;
        default:
          out[fieldId] = first.value;
      }
    }
    return out;
  }, fields.map((f) => ({ fieldId: f.fieldId, kind: f.kind })));
}

/**
 * The snapshot the popup works from, asked of the tab's content script the way the popup asks it. The popup page
 * was opened for the tab with `?tab=<id>` (see popup.ts).
 */
export async function snapshotFromPopup(popup: Page): Promise<PageSnapshot> {
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const reply = await popup.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: object): Promise<unknown> } } }).chrome;
    return api.tabs.sendMessage(id, { type: 'applyfill:collect' });
  }, tabId);
  const snapshot = unwrapReply('applyfill:collect', reply);
  if (!snapshot) throw new Error(`tab ${tabId} answered no snapshot`);
  // The content script only collects; the popup classifies what it receives, and so does this.
  return classifyPage(snapshot);
}
