/**
 * What a page script could learn while Applyfill works: a MutationObserver on the whole document (attributes
 * with their old values, added text, changed text) and listeners on the window for every event that carries a
 * control's value (input, change, keys, focus, clicks, paste). Registered before Applyfill runs, so nothing it
 * does goes unseen. Each record keeps the element it happened on, so the check can tell which field it belongs to.
 */
export interface ProbeRecord {
  phase: string;
  el: Element | null;
  text: string;
  /** A value written into a control (an input event's value), not words the page itself renders. */
  written: boolean;
}

const EVENTS = ['input', 'change', 'beforeinput', 'keydown', 'keyup', 'keypress', 'paste', 'focus', 'blur', 'focusin', 'focusout', 'click', 'mousedown', 'mouseup'];
const TEXT_LIKE = /^(INPUT|TEXTAREA)$/;

export interface PageProbe {
  records: ProbeRecord[];
  /** Name the phase for the records that follow (taking the observer's pending records first). */
  phase: (name: string) => void;
  /** Records seen so far, the observer's pending ones included. */
  flush: () => ProbeRecord[];
  stop: () => void;
}

export function probePage(doc: Document): PageProbe {
  const win = doc.defaultView!;
  const records: ProbeRecord[] = [];
  let phase = 'start';
  const fromMutations = (list: MutationRecord[]) => {
    for (const m of list) {
      const el = m.target.nodeType === 1 ? (m.target as Element) : m.target.parentElement;
      if (m.type === 'attributes') {
        const now = el?.getAttribute(m.attributeName ?? '') ?? '';
        records.push({ phase, el, text: `${m.attributeName}=${m.oldValue ?? ''} → ${now}`, written: false });
      } else if (m.type === 'characterData') {
        records.push({ phase, el, text: `${m.oldValue ?? ''} → ${m.target.textContent ?? ''}`, written: false });
      } else {
        const added = Array.from(m.addedNodes).map((n) => n.textContent ?? '').join(' ');
        const removed = Array.from(m.removedNodes).map((n) => n.textContent ?? '').join(' ');
        if (added || removed) records.push({ phase, el, text: `+${added} -${removed}`, written: false });
      }
    }
  };
  const observer = new win.MutationObserver((list) => fromMutations(list));
  observer.observe(doc, { subtree: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true, childList: true });
  const listener = (e: Event) => {
    const el = e.target instanceof win.Element ? (e.target) : null;
    const value = el && 'value' in el ? String((el as HTMLInputElement).value ?? '') : '';
    const key = 'key' in e ? String((e as KeyboardEvent).key ?? '') : '';
    const data = 'data' in e ? String((e as InputEvent).data ?? '') : '';
    records.push({ phase, el, text: `${e.type} ${value} ${key} ${data}`, written: !!el && TEXT_LIKE.test(el.tagName) });
  };
  for (const type of EVENTS) win.addEventListener(type, listener, true);
  const flush = () => {
    fromMutations(observer.takeRecords());
    return records;
  };
  return {
    records,
    phase: (name) => {
      flush();
      phase = name;
    },
    flush,
    stop: () => {
      observer.disconnect();
      for (const type of EVENTS) win.removeEventListener(type, listener, true);
    },
  };
}
