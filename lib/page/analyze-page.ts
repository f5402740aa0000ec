import type { ClassificationMap } from '../classify/classification';
import { classifyPage } from './classify-page';
import { collectPage, type CollectedPage } from './collect-page';

export type { CollectedPage };

/** A collected page with every field classified: what planning and the popup's review work from. */
export interface PageSnapshot extends Omit<CollectedPage, 'timings'> {
  classifications: ClassificationMap;
  timings: { collectMs: number; classifyMs: number };
}

export interface AnalyzedPage {
  snapshot: PageSnapshot;
  elements: Map<string, Element[]>;
}

/** Collect → classify in one go, for tests and scripts that hold the document themselves. */
export function analyzePage(root: Document, url: string, now: () => number = () => performance.now()): AnalyzedPage {
  const { page, elements } = collectPage(root, url, now);
  return { snapshot: classifyPage(page, now), elements };
}
