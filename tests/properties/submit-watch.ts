/**
 * Counts every way a page could be submitted or reset, as the page itself would see it: submit and reset events
 * (heard first, on the window in the capture phase, before any listener Applyfill adds), clicks on anything that
 * can submit or reset a form (a button without a type or of type submit with a form, submit and image inputs,
 * reset controls), clicks on the page's own buttons that Applyfill has no business pressing (`neverClick`), and
 * calls to form.submit() / requestSubmit() / reset().
 */
export interface SubmitWatch {
  events: string[];
  stop: () => void;
}

function canSubmitOrReset(el: Element): boolean {
  const control = el as HTMLButtonElement | HTMLInputElement;
  if (el.tagName === 'BUTTON') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'reset' || ((type === 'submit' || (type !== 'button' && type !== 'reset')) && !!control.form);
  }
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'reset' || ((type === 'submit' || type === 'image') && !!control.form);
  }
  return false;
}

export function watchSubmits(doc: Document, neverClick: ReadonlySet<Element> = new Set()): SubmitWatch {
  const win = doc.defaultView!;
  const listeners: [string, (e: Event) => void][] = [];
  const watch: SubmitWatch = { events: [], stop: () => listeners.forEach(([type, l]) => win.removeEventListener(type, l, true)) };
  for (const type of ['submit', 'reset']) {
    listeners.push([
      type,
      (e) => {
        watch.events.push(`${type} event`);
        e.preventDefault();
      },
    ]);
  }
  listeners.push([
    'click',
    (e) => {
      const target = e.target as Element | null;
      const pressed = target?.closest?.('button, input');
      if (pressed && (canSubmitOrReset(pressed) || neverClick.has(pressed))) watch.events.push(`click on ${pressed.outerHTML.slice(0, 80)}`);
    },
  ]);
  for (const [type, l] of listeners) win.addEventListener(type, l, true);
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    for (const method of ['submit', 'requestSubmit', 'reset'] as const) {
      Object.defineProperty(form, method, { value: () => watch.events.push(`form.${method}()`) });
    }
  }
  return watch;
}
