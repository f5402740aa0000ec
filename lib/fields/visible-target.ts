import type { ControlKind } from './field-descriptor';

/**
 * The element a person sees and uses for a control. Widgets often hide their real input on purpose: a résumé
 * input sits invisibly behind an "Attach" button, a react-select's input is a sliver inside its control box, a
 * styled checkbox shows its label. Visibility is judged, and highlights are drawn, on what a person sees.
 */

const BUTTON_LIKE = 'button, [role="button"], a[href], label';

export function labelsOf(control: Element): Element[] {
  const labels = (control as HTMLInputElement).labels;
  return labels ? Array.from(labels) : [];
}

/** Greenhouse's classic board picks files in separate S3 forms, each named by `data-field`, away from its button. */
function pairedWidget(input: Element): Element | null {
  const field = input.closest('form[data-field]')?.getAttribute('data-field');
  if (!field) return null;
  const widget = Array.from(input.ownerDocument.querySelectorAll(`[data-field]`)).find(
    (el) => el.getAttribute('data-field') === field && el.tagName !== 'FORM',
  );
  return widget?.querySelector(BUTTON_LIKE) ?? widget ?? null;
}

function fileWidget(input: Element): Element {
  const paired = pairedWidget(input);
  if (paired) return paired;
  const wrapping = input.parentElement?.closest('label, a, button, [role="button"]');
  if (wrapping) return wrapping;
  // The button beside the input in its own small container (Greenhouse React: div > button + label + input).
  for (let node = input.parentElement, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    const button = Array.from(node.querySelectorAll(BUTTON_LIKE)).find((b) => !b.contains(input) && (b.tagName !== 'LABEL' || labelsOf(input).includes(b)) && !b.classList.contains('visually-hidden'));
    if (button) return button;
  }
  return input.parentElement ?? input;
}

/** The react-select control box (input → input-container → value-container → control). */
function comboboxBox(input: Element): Element {
  return input.closest('[class*="control"]') ?? input.parentElement?.parentElement ?? input;
}

/** What a person sees of `el`, best first: the element itself for plain controls, the widget for others. */
export function seenTargets(el: Element, kind: ControlKind): Element[] {
  if (kind === 'file') return [fileWidget(el)];
  if (kind === 'combobox') return [comboboxBox(el)];
  return [el];
}

/** What belongs to the control when found on top of it: itself, its widget, its labels. */
export function ownedBy(el: Element, target: Element): (hit: Element) => boolean {
  let labels: Element[] | undefined;
  return (hit) => hit === target || target.contains(hit) || hit === el || el.contains(hit) || (labels ??= labelsOf(el)).some((l) => l.contains(hit));
}
