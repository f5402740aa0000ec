import { isReadonlyCapable } from './forbidden-rules';
import type { FormCase } from './form-spec';
import type { RenderedControl } from './render-form';

// What a person could type into each kind of box (a browser drops text from a number or date input).
const TYPED: Record<string, string> = { number: '7', date: '2024-02-01', month: '2024-02' };

/**
 * The page changes between the review and the fill (a script disables a field, hides a section, the person types
 * or ticks something): the ground truth moves with it, and the executor must notice on the live page.
 */
export function applyLateChanges({ late, gaps }: FormCase, controls: RenderedControl[]): string[] {
  const fillable = controls.filter((c) => c.fillable);
  const done: string[] = [];
  for (const { at, change } of late) {
    const target = fillable[at % Math.max(fillable.length, 1)];
    if (!target?.el.isConnected) continue;
    const el = target.el as HTMLInputElement;
    // Text typed into a combobox's search box (not its value) unless that shape is switched off.
    const combobox = el.getAttribute('role') === 'combobox';
    if (change === 'disable') {
      el.disabled = true;
      target.forbidden ??= 'disabled after the review';
    } else if (change === 'hide') {
      // The parent, so a file input (whose own hiding is expected) is hidden too, with whatever shares its box.
      const box = el.parentElement!;
      box.style.display = 'none';
      for (const c of controls) if (box.contains(c.el)) c.forbidden ??= 'hidden after the review';
    } else if (change === 'readonly') {
      el.readOnly = true;
      // A read-only combobox is a dropdown (Workable's): still the person's to pick, and Applyfill's.
      if (isReadonlyCapable(el) && !combobox) target.forbidden ??= 'read-only after the review';
    } else if (change === 'remove') {
      el.remove();
    } else if (change === 'type-value' && isReadonlyCapable(el) && (!combobox || !gaps.includes('combobox-typed'))) {
      el.value = TYPED[el.type] ?? 'typed after the review';
      target.holdsUserValue = el.value.trim() !== '';
    } else if (change === 'check' && (el.type === 'checkbox' || el.type === 'radio')) {
      el.checked = true;
      target.holdsUserValue = true;
    } else {
      continue;
    }
    done.push(`${change} ${el.outerHTML.slice(0, 60)}`);
  }
  return done;
}
