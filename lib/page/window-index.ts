/**
 * Which of `parent`'s frames `win` is: its index in `parent[i]`, or null. Compares windows only, which code of any
 * origin may do (a frame finding itself in its parent, the top page finding an iframe's window): the one identity
 * both sides of the frame judge share, since Chrome has no `runtime.getFrameId`.
 */
export function indexAmong(parent: Window, win: Window | null): number | null {
  if (!win) return null;
  for (let i = 0; i < parent.length; i++) if (parent[i] === win) return i;
  return null;
}
