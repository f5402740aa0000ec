/**
 * React and friends keep their own copy of an input's value and only learn of a change from an `input` event
 * that follows a write through the prototype's native setter (a plain `el.value = …` is swallowed by React's
 * value tracker). So: focus, native write, input, change, blur, in the order a person's typing produces them.
 */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function fire(el: Element, type: string): void {
  const win = el.ownerDocument.defaultView;
  const Ctor = type === 'focus' || type === 'blur' || type === 'focusin' || type === 'focusout' ? win?.FocusEvent : win?.Event;
  el.dispatchEvent(new (Ctor ?? Event)(type, { bubbles: type !== 'focus' && type !== 'blur', cancelable: false }));
}

export function fireKey(el: Element, key: string, type: 'keydown' | 'keyup' = 'keydown'): void {
  const win = el.ownerDocument.defaultView;
  const Ctor = win?.KeyboardEvent ?? KeyboardEvent;
  el.dispatchEvent(new Ctor(type, { key, code: key, bubbles: true, cancelable: true }));
}

/** A primary-button mouse event, as widgets that act on mousedown (before the input's blur) listen for. */
export function fireMouse(el: Element, type: 'mousedown' | 'mousemove'): void {
  const Ctor = el.ownerDocument.defaultView?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, button: 0 }));
}

/** Did calling `act` make the browser fire `type` on `el`? A tab without focus (a background tab) may not. */
function firedBy(el: Element, type: string, act: () => void): boolean {
  let fired = false;
  const mark = () => (fired = true);
  el.addEventListener(type, mark);
  act();
  el.removeEventListener(type, mark);
  return fired;
}

export function focusIn(el: HTMLElement): void {
  if (!firedBy(el, 'focusin', () => el.focus({ preventScroll: true }))) fire(el, 'focusin');
}

export function focusOut(el: HTMLElement): void {
  if (!firedBy(el, 'focusout', () => el.blur())) fire(el, 'focusout');
}

/**
 * The focus events a person's visit to a plain field produces, without moving the page's focus. Listeners (React's
 * onFocus/onBlur, validation on blur) hear the same sequence; the page does not scroll or restyle per field, which
 * a real focus() forces (it made a 40-field fill four times slower), and with the popup open the page's real
 * focus events would not fire anyway. Widgets that open menus get a real focus (see focusIn).
 */
export function announceFocus(el: HTMLElement): void {
  fire(el, 'focus');
  fire(el, 'focusin');
}

export function announceBlur(el: HTMLElement): void {
  fire(el, 'blur');
  fire(el, 'focusout');
}

export function typeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  announceFocus(el);
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'change');
  announceBlur(el);
}
