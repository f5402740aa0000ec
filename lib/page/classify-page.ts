import { detectAts } from '../ats/detect-ats';
import { classifyFields } from '../classify/classify-field';
import type { PageSnapshot } from './analyze-page';
import type { CollectedPage } from './collect-page';

const clock = () => performance.now();

/**
 * Classify a collected page. This runs where the page's data arrives (popup, background), not in the always-on
 * content script: the patterns are the biggest part of the core, and classification needs nothing but the data.
 */
export function classifyPage(page: CollectedPage, now: () => number = clock): PageSnapshot {
  const t0 = now();
  const classifications = classifyFields(page.fields, detectAts(page.url));
  return { ...page, classifications, timings: { ...page.timings, classifyMs: now() - t0 } };
}
