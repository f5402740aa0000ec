import { closeButtons, entryArea, entryBoxes } from '../fields/entry-area';
import { clickSafely } from './safe-click';

/**
 * Close the entry a fill opened, by the entry's own Cancel (or Remove) button: the one nearest its newest box, so
 * an entry the person saved before keeps its own. Returns false when the entry offers no way to close it.
 */
export function closeOpenedEntry(button: Element): boolean {
  const area = entryArea(button);
  const newest = entryBoxes(button).at(-1);
  const closers = closeButtons(button);
  if (!newest || !closers.length) return false;
  for (let node = newest.parentElement; node && node !== area.parentElement; node = node.parentElement) {
    const near = closers.find((c) => node.contains(c));
    if (near) {
      clickSafely(near);
      return true;
    }
  }
  return false;
}
