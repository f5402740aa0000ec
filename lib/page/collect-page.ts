import type { AtsId, JobInfo } from '../ats/ats-adapter';
import { detectAts } from '../ats/detect-ats';
import { collectFields } from '../fields/collect-fields';
import type { FieldDescriptor } from '../fields/field-descriptor';
import type { FrameFacts } from './frame-choice';
import { postingNames } from './posting-names';

/** What the content script reads off a frame's form: plain data, sent to the popup as it is. */
export interface CollectedPage {
  url: string;
  ats: AtsId | null;
  job: JobInfo;
  fields: FieldDescriptor[];
  timings: { collectMs: number };
  /** Which frame of the tab holds the form; set by the content script (frame-choice.ts), absent in tests. */
  frame?: FrameFacts;
}

const clock = () => performance.now();

/**
 * Collect, in the frame that owns the form. `root` and `url` are parameters so tests pass their own. This module
 * is the always-on content script's way in: it must not import the classifier (see classify-page.ts).
 */
export function collectPage(root: Document, url: string, now: () => number = clock): { page: CollectedPage; elements: Map<string, Element[]> } {
  const adapter = detectAts(url);
  const t0 = now();
  const { fields, elements } = collectFields(root);
  const collectMs = now() - t0;
  const job = adapter ? postingNames(root, adapter.jobInfo(root)) : { company: '', title: '' };
  return { page: { url, ats: adapter?.id ?? null, job, fields, timings: { collectMs } }, elements };
}
