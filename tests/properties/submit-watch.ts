/**
 * Counts every way a page could be submitted or reset: submit events, clicks on anything a person presses
 * (submit, image, reset and plain buttons), and calls to form.submit() / requestSubmit() / reset().
 */
export interface SubmitWatch {
  events: string[];
}

const PRESSABLE = 'button, input[type=submit], input[type=image], input[type=reset], input[type=button]';

export function watchSubmits(doc: Document): SubmitWatch {
  const watch: SubmitWatch = { events: [] };
  doc.addEventListener(
    'submit',
    (e) => {
      watch.events.push('submit event');
      e.preventDefault();
    },
    true,
  );
  doc.addEventListener(
    'click',
    (e) => {
      const target = e.target as Element | null;
      if (target?.closest?.(PRESSABLE)) {
        watch.events.push(`click on ${target.closest(PRESSABLE)!.outerHTML.slice(0, 80)}`);
        e.preventDefault();
      }
    },
    true,
  );
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    for (const method of ['submit', 'requestSubmit', 'reset'] as const) {
      Object.defineProperty(form, method, { value: () => watch.events.push(`form.${method}()`) });
    }
  }
  return watch;
}
