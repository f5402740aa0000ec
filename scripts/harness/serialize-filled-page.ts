import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

/** Write each control's live state into its markup (value, checked, selected), so a saved page shows the fill. */
async function frameHtml(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('input, textarea, select'))) {
      if (el instanceof HTMLInputElement) {
        if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', el.checked);
        else if (el.type === 'file') el.setAttribute('data-files', Array.from(el.files ?? []).map((f) => f.name).join('; '));
        else el.setAttribute('value', el.value);
      } else if (el instanceof HTMLTextAreaElement) el.textContent = el.value;
      else if (el instanceof HTMLSelectElement) for (const o of Array.from(el.options)) o.toggleAttribute('selected', o.selected);
    }
    return `<!doctype html>\n${document.documentElement.outerHTML}`;
  });
}

/** The page as it stands after filling; each iframe's page is saved beside it and the iframe points at the copy. */
export async function saveFilledPage(page: Page, file: string): Promise<string[]> {
  const written: string[] = [];
  const children = page.mainFrame().childFrames();
  for (const [i, child] of children.entries()) {
    const childFile = join(dirname(file), `${basename(file, '.html')}.frame-${i + 1}.html`);
    writeFileSync(childFile, await frameHtml(child));
    written.push(childFile);
    const element = await child.frameElement();
    await element.evaluate((node, src) => {
      const el = node as Element;
      el.setAttribute('data-original-src', el.getAttribute('src') ?? '');
      el.setAttribute('src', src);
    }, basename(childFile));
  }
  writeFileSync(file, await frameHtml(page.mainFrame()));
  return [file, ...written];
}
