import { cleanLabel } from '../fields/text-normalize';
import { announceBlur, announceFocus } from './dispatch-events';
import { pressedAnswer } from '../fields/current-value';
import { chosenOption, type ChoiceOutcome, type OptionIdentity } from './fill-choice';
import { clickSafely } from './safe-click';

const textOf = (b: Element) => cleanLabel(b.textContent ?? '');

function press(target: HTMLElement): void {
  announceFocus(target);
  clickSafely(target);
  announceBlur(target);
}

/**
 * Press the reviewed button (by its place in the row and its text) as a person would, then check that the row shows
 * that answer as chosen. A submit-capable button (Ashby's have no type inside a form) is pressed without submitting.
 */
export function pressAnswer(buttons: readonly HTMLElement[], want: OptionIdentity): ChoiceOutcome {
  if (pressedAnswer(buttons) === want.value) return { ok: true };
  const target = chosenOption(buttons, want, (b) => textOf(b) === want.value);
  if (!target) return { ok: false, reason: `no button says "${want.value}" any more: press your answer yourself` };
  press(target);
  return pressedAnswer(buttons) === want.value ? { ok: true } : { ok: false, reason: "the buttons did not respond (the page's script is not answering): press your answer yourself" };
}

/** Undo a press: press the recorded answer again, or with none recorded, press the chosen one to release it. */
export function restoreAnswer(buttons: readonly HTMLElement[], answer: string): void {
  const now = pressedAnswer(buttons);
  if (now === answer) return;
  const target = buttons.find((b) => textOf(b) === (answer || now));
  if (target) press(target);
}
