import { cleanLabel } from '../fields/text-normalize';
import { announceBlur, announceFocus } from './dispatch-events';
import { pressedAnswer } from '../fields/current-value';

/**
 * Click an element the way a person would, but never let that click submit a form: a `<button>` without a type
 * inside a form is a submit button (Ashby's Yes/No buttons are such buttons when the page wraps them in a form).
 */
export function clickWithoutSubmit(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  const block = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  win?.addEventListener('submit', block, true);
  try {
    el.click();
  } finally {
    win?.removeEventListener('submit', block, true);
  }
}

/** Press the button that says `answer` (as a person would), then check that the row shows it as chosen. */
export function pressAnswer(buttons: readonly HTMLElement[], answer: string): boolean {
  if (pressedAnswer(buttons) === answer) return true;
  const target = buttons.find((b) => cleanLabel(b.textContent ?? '') === answer);
  if (!target) return false;
  announceFocus(target);
  clickWithoutSubmit(target);
  announceBlur(target);
  return pressedAnswer(buttons) === answer;
}

/** Undo a press: press the recorded answer again, or with none recorded, press the chosen one to release it. */
export function restoreAnswer(buttons: readonly HTMLElement[], answer: string): void {
  if (answer) {
    pressAnswer(buttons, answer);
    return;
  }
  const now = pressedAnswer(buttons);
  const pressed = buttons.find((b) => cleanLabel(b.textContent ?? '') === now);
  if (pressed) clickWithoutSubmit(pressed);
}
