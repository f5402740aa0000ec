import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href]';
// Disabled controls too: a disabled button still reports tabIndex 0 and would become a second tab stop when enabled.
const CONTROLS = 'button, input, select, textarea, a[href]';

/**
 * A list whose rows each hold several controls, as one tab stop (roving tabindex): Tab enters the list at the
 * row last used, Up/Down move to the same control in the row above or below, Tab again leaves the list.
 */
export function useRovingRows<T extends HTMLElement>(rowSelector: string) {
  const list = useRef<T>(null);
  const active = useRef(0);
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const rows = () => Array.from(root.querySelectorAll<HTMLElement>(rowSelector));
    const arrange = () => {
      const all = rows();
      active.current = Math.min(active.current, Math.max(all.length - 1, 0));
      all.forEach((row, i) => row.querySelectorAll<HTMLElement>(CONTROLS).forEach((c) => (c.tabIndex = i === active.current ? 0 : -1)));
    };
    const rowOf = (el: EventTarget | null) => rows().findIndex((r) => r.contains(el as Node));
    const onFocusIn = (e: FocusEvent) => {
      const i = rowOf(e.target);
      if (i >= 0 && i !== active.current) {
        active.current = i;
        arrange();
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      // Up/Down belong to the control itself in a text box or a select.
      if ((e.target as HTMLElement).matches('textarea, select, input[type=text]')) return;
      const all = rows();
      const i = rowOf(e.target);
      const next = all[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (i < 0 || !next) return;
      e.preventDefault();
      const controls = Array.from(all[i]!.querySelectorAll<HTMLElement>(FOCUSABLE));
      const at = Math.max(controls.indexOf(e.target as HTMLElement), 0);
      const targets = Array.from(next.querySelectorAll<HTMLElement>(FOCUSABLE));
      (targets[Math.min(at, targets.length - 1)] ?? next).focus();
    };
    arrange();
    const observer = new MutationObserver(arrange);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [rowSelector]);
  return list;
}
