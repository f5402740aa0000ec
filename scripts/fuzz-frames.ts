import type { CaseOutcome } from '../tests/properties/case-check';

/** The fuzz scripts' figures for cases with several frames: how many, what the frame choice offered, refused and filled. */
export function frameTally() {
  let cases = 0;
  let documents = 0;
  let duplicates = 0;
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const offered = new Map<string, number>();
  const refused = new Map<string, number>();
  const filled = new Map<string, number>();
  const list = (m: Map<string, number>) => [...m].sort().map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  return {
    add(frames: CaseOutcome['frames']): void {
      if (!frames) return;
      cases++;
      documents += frames.documents;
      if (frames.offered.length > 1) duplicates++;
      for (const k of frames.offered) count(offered, k);
      for (const k of frames.refused) count(refused, k);
      count(filled, frames.filled ?? 'nothing');
    },
    line: () =>
      `several frames: ${cases} cases, ${documents} documents; offered: ${list(offered)}; refused: ${list(refused)}; ` +
      `${duplicates} with two or more forms to choose from; filled: ${list(filled)}`,
  };
}
