import type { Frame, Page } from 'playwright-core';

/**
 * What a person (and the form, on submit) sees of a page, as one flat record to compare before a fill and after
 * its undo: every control's value, tick, selected options and files; each list widget's committed choice (react-select's
 * single value or chips); the phone widget's country; which answer button is pressed. Keys come from ids and names
 * (with a counter for repeats), so controls that come and go (react-select's required decoys) show as such.
 * Hidden inputs are the page's own bookkeeping and are left out, except those `keepHidden` names.
 */
export function pageState(frame: Frame | Page, keepHidden: readonly string[] = []): Promise<Record<string, string>> {
  return frame.evaluate((keep) => {
    const out: Record<string, string> = {};
    const seen = new Map<string, number>();
    const keyOf = (base: string) => {
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return n ? `${base}~${n}` : base;
    };
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (const el of Array.from(document.querySelectorAll('input, select, textarea'))) {
      const input = el as HTMLInputElement;
      const name = el.getAttribute('name') ?? '';
      if (input.type === 'hidden' && !keep.includes(name)) continue;
      const key = keyOf(el.id ? `#${el.id}` : name ? `name:${name}` : el.tagName.toLowerCase());
      if (el instanceof HTMLSelectElement) out[key] = Array.from(el.options, (o) => (o.selected ? `[${text(o)}]` : text(o))).join(' ');
      else if (input.type === 'checkbox' || input.type === 'radio') out[key] = input.checked ? 'checked' : '';
      else if (input.type === 'file') out[key] = Array.from(input.files ?? [], (f) => f.name).join('; ');
      else out[key] = input.value;
    }
    for (const control of Array.from(document.querySelectorAll('[class*="__control"]'))) {
      const id = control.querySelector('input')?.id ?? '';
      const chips = Array.from(control.querySelectorAll('[class*="multi-value__label"]'), text);
      out[keyOf(`choice:${id}`)] = [text(control.querySelector('[class*="single-value"]')), ...chips].filter(Boolean).join('; ');
    }
    for (const iti of Array.from(document.querySelectorAll('.iti'))) {
      out[keyOf(`country:${iti.querySelector('input[type=tel]')?.id ?? ''}`)] = iti.querySelector('.iti__selected-country .iti__flag')?.className ?? '';
    }
    Array.from(document.querySelectorAll('button[aria-pressed="true"], button[class*="_active"]')).forEach((b) => (out[keyOf('pressed')] = text(b)));
    out['applyfill marks'] = String(document.querySelectorAll('[data-applyfill], [title^="Applyfill"]').length);
    return out;
  }, keepHidden);
}
