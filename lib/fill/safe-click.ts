/** Does activating `el` submit a form: a submit button (`<button>` without a type is one) or submit/image input with a form owner. */
export function canSubmit(el: Element): boolean {
  if (el.tagName === 'BUTTON') return (el as HTMLButtonElement).type === 'submit' && (el as HTMLButtonElement).form !== null;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return (type === 'submit' || type === 'image') && (el as HTMLInputElement).form !== null;
}

/**
 * Everything a click on `el` could activate as a submit button: `el` or an ancestor (a click on a span inside a
 * button activates the button), and the control of a `<label>` on that path (a label forwards its click).
 */
export function submitters(el: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (canSubmit(node)) found.push(node as HTMLElement);
    const control = node.tagName === 'LABEL' ? (node as HTMLLabelElement).control : null;
    if (control && canSubmit(control)) found.push(control);
  }
  return found;
}

/**
 * Click an element the way a person would, but never let that click submit a form. A page may render an option or
 * an answer as a submit button (Ashby's Yes/No are `<button>`s without a type inside the form): for the click,
 * each such element is made a plain button (`type="button"`, which has no activation behaviour) and given its own
 * type back right after; a submit the page's own handler still starts is cancelled before anyone hears it.
 */
export function clickSafely(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  const defused = submitters(el).map((node) => ({ node, type: node.getAttribute('type') }));
  for (const { node } of defused) node.setAttribute('type', 'button');
  const block = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  win?.addEventListener('submit', block, true);
  try {
    el.click();
  } finally {
    win?.removeEventListener('submit', block, true);
    for (const { node, type } of defused) {
      if (type === null) node.removeAttribute('type');
      else node.setAttribute('type', type);
    }
  }
}
