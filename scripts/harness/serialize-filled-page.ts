import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const MARK = 'data-applyfill-saved-as';

/**
 * The frame's markup with each control's live state written in (value, checked, selected; file inputs list their
 * files in `data-files`), taken from a copy of the document so the live page is left exactly as it was. Iframes
 * marked with the file their page was saved to point at that file, keeping the original address beside it.
 */
async function frameHtml(frame: Frame): Promise<string> {
  return frame.evaluate((mark) => {
    const live = Array.from(document.querySelectorAll('input, textarea, select'));
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const copies = Array.from(copy.querySelectorAll('input, textarea, select'));
    live.forEach((el, i) => {
      const out = copies[i]!;
      if (el instanceof HTMLInputElement) {
        if (el.type === 'checkbox' || el.type === 'radio') out.toggleAttribute('checked', el.checked);
        else if (el.type === 'file') out.setAttribute('data-files', Array.from(el.files ?? []).map((f) => f.name).join('; '));
        else out.setAttribute('value', el.value);
      } else if (el instanceof HTMLTextAreaElement) out.textContent = el.value;
      else if (el instanceof HTMLSelectElement) {
        const options = Array.from((out as HTMLSelectElement).options);
        Array.from(el.options).forEach((o, j) => options[j]?.toggleAttribute('selected', o.selected));
      }
    });
    for (const iframe of Array.from(copy.querySelectorAll(`iframe[${mark}]`))) {
      iframe.setAttribute('data-original-src', iframe.getAttribute('src') ?? '');
      iframe.setAttribute('src', iframe.getAttribute(mark)!);
      iframe.removeAttribute(mark);
    }
    return `<!doctype html>\n${copy.outerHTML}`;
  }, MARK);
}

/** Save `frame` to `file`, its child frames first (each beside it, `<name>.frame-N.html`); returns every file written. */
async function saveFrame(frame: Frame, file: string): Promise<string[]> {
  const written: string[] = [];
  for (const [i, child] of frame.childFrames().entries()) {
    const childFile = join(dirname(file), `${basename(file, '.html')}.frame-${i + 1}.html`);
    written.push(...(await saveFrame(child, childFile)));
    const element = await child.frameElement();
    await element.evaluate((node, [mark, name]) => (node as Element).setAttribute(mark!, name!), [MARK, basename(childFile)]);
  }
  writeFileSync(file, await frameHtml(frame));
  for (const child of frame.childFrames()) await (await child.frameElement()).evaluate((node, mark) => (node as Element).removeAttribute(mark), MARK);
  return [file, ...written];
}

/**
 * The page as it stands after filling, for a person to check a fill without a browser: every control's state in
 * the markup, and each iframe's page (the Greenhouse embed) saved beside it with the iframe pointing at the copy.
 * The live page is not changed.
 */
export async function saveFilledPage(page: Page, file: string): Promise<string[]> {
  mkdirSync(dirname(file), { recursive: true });
  return saveFrame(page.mainFrame(), file);
}
