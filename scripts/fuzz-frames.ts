import type { CaseOutcome } from '../tests/properties/case-check';

/**
 * The fuzz scripts' figures for cases with several frames: how many, what the frame choice offered, refused and
 * filled, a frame of another origin apart from one of the page's own (`cross:<kind>`), and the frames Fill's second
 * look refused (offered while outside the tab's viewport, found hidden once brought into view).
 */
export function frameTally() {
  let cases = 0;
  let crossCases = 0;
  let documents = 0;
  let duplicates = 0;
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const offered = new Map<string, number>();
  const refused = new Map<string, number>();
  const filled = new Map<string, number>();
  const atFill = new Map<string, number>();
  const cross = (k: string) => k.startsWith('cross:');
  const list = (m: Map<string, number>, which: (k: string) => boolean = () => true) =>
    [...m].filter(([k]) => which(k)).sort().map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  const split = (m: Map<string, number>) => `same origin: ${list(m, (k) => !cross(k))}; another origin: ${list(m, cross)}`;
  return {
    add(frames: CaseOutcome['frames']): void {
      if (!frames) return;
      cases++;
      documents += frames.documents;
      if ([...frames.offered, ...frames.refused].some(cross)) crossCases++;
      if (frames.offered.length > 1) duplicates++;
      for (const k of frames.offered) count(offered, k);
      for (const k of frames.refused) count(refused, k);
      for (const k of frames.refusedAtFill) count(atFill, k);
      count(filled, frames.filled ?? 'nothing');
    },
    line: () =>
      `several frames: ${cases} cases (${crossCases} with a frame of another origin), ${documents} documents; ${duplicates} with two or more forms to choose from\n` +
      `  offered: ${split(offered)}\n  refused: ${split(refused)}\n  filled: ${list(filled)}\n` +
      `  refused at Fill by the second look: ${split(atFill)}`,
  };
}
