import { useState } from 'preact/hooks';

let made = 0;
const fresh = (n: number): string[] => Array.from({ length: n }, () => `item-${++made}`);

/** The list with the item at `from` moved to `to` (for the items and their keys alike). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * Keys for the items of a list a person reorders: a key follows its item when it moves or a neighbour is removed,
 * so the focused button and the item's inputs go with the item, not stay at its old place (an index key would).
 * A length this list did not change itself (another profile, Revert, an import) starts fresh keys.
 */
export function useItemKeys(count: number) {
  const [keys, setKeys] = useState<string[]>(() => fresh(count));
  const current = keys.length === count ? keys : fresh(count);
  if (current !== keys) setKeys(current);
  return {
    keys: current,
    moved: (from: number, to: number) => setKeys(moveItem(current, from, to)),
    removed: (at: number) => setKeys(current.filter((_, i) => i !== at)),
    added: () => setKeys([...current, ...fresh(1)]),
  };
}
