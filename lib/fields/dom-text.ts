import { cleanLabel } from './text-normalize';

const SKIP_TEXT_INSIDE = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'INPUT', 'UL', 'OL']);

/**
 * Visible words of a label-like element, leaving out what nested controls contain (a wrapping <label> around a
 * <select> must not read as the select's option list, nor a label around a list of radios as their answers).
 */
export function readableText(el: Element, skipLists = true, before?: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      // Text after the control inside its own label is status and help text ("Analyzing resume…"), not the label.
      if (before && child !== before && (before.compareDocumentPosition(child) & 4) !== 0 && !child.contains(before)) return;
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP_TEXT_INSIDE.has(tag) && (skipLists || (tag !== 'UL' && tag !== 'OL'))) continue;
        if ((child as Element).getAttribute('aria-hidden') === 'true' && isMarker(child as Element)) continue;
        walk(child);
      }
    }
  };
  walk(el);
  return cleanLabel(parts.join(' '));
}

function isMarker(el: Element): boolean {
  return /^[\s*✱]*$/.test(el.textContent ?? '');
}

/** "urls[LinkedIn]" → "urls LinkedIn", "first_name" → "first name", "phoneNumber" → "phone Number". */
export function identifierWords(raw: string): string {
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[[\]_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
