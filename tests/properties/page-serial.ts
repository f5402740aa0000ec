/**
 * The page as a page script could read it back: every element with its attributes (sorted, so a removed and
 * re-added `style` compares equal), text, and each control's live value, tick and selection. Undo must give
 * back exactly this.
 */
export function serializePage(root: Element): string {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (node.nodeType === 3) {
      if (node.textContent) out.push(`${' '.repeat(depth)}"${node.textContent}"`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLInputElement;
    const attrs = Array.from(el.attributes)
      .map((a) => `${a.name}=${a.value}`)
      .sort()
      .join(' ');
    const live = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ? ` value=${el.value} checked=${el.checked} files=${el.type === 'file' ? Array.from(el.files ?? []).map((f) => f.name).join(';') : ''}` : '';
    const selected = el.tagName === 'OPTION' ? ` selected=${(el as unknown as HTMLOptionElement).selected}` : '';
    out.push(`${' '.repeat(depth)}<${el.tagName} ${attrs}${live}${selected}>`);
    for (const child of Array.from(el.childNodes)) walk(child, depth + 1);
  };
  walk(root, 0);
  return out.join('\n');
}

/** The first lines where two serializations differ, for a readable counterexample. */
export function firstDifference(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: before ${JSON.stringify(x[i] ?? '(none)')}, after ${JSON.stringify(y[i] ?? '(none)')}`;
  }
  return '';
}
