import type { JobInfo } from '../ats/ats-adapter';
import { detectAts } from '../ats/detect-ats';
import type { ClassificationMap } from '../classify/classification';
import { classifyFields } from '../classify/classify-field';
import { collectFields } from '../fields/collect-fields';
import type { FieldDescriptor } from '../fields/field-descriptor';

/** What a frame knows about its application form: plain data, sent to the popup as it is. */
export interface PageSnapshot {
  url: string;
  ats: string | null;
  job: JobInfo;
  fields: FieldDescriptor[];
  classifications: ClassificationMap;
  timings: { collectMs: number; classifyMs: number };
}

export interface AnalyzedPage {
  snapshot: PageSnapshot;
  elements: Map<string, Element[]>;
}

/** Collect → classify, in the frame that owns the form. `root` and `url` are parameters so tests pass their own. */
export function analyzePage(root: Document, url: string, now: () => number = () => performance.now()): AnalyzedPage {
  const adapter = detectAts(url);
  const t0 = now();
  const { fields, elements } = collectFields(root);
  const t1 = now();
  const classifications = classifyFields(fields, adapter);
  const t2 = now();
  return {
    snapshot: {
      url,
      ats: adapter?.id ?? null,
      job: adapter ? adapter.jobInfo(root) : { company: '', title: '' },
      fields,
      classifications,
      timings: { collectMs: t1 - t0, classifyMs: t2 - t1 },
    },
    elements,
  };
}
