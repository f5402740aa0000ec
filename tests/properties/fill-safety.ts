import { Window } from 'happy-dom';
import { runCase, type CaseOutcome } from './case-check';
import type { FormCase } from './form-spec';

export type { CaseOutcome } from './case-check';

/** The safety properties for one generated page (case-check.ts) in a fresh happy-dom window, closed afterwards. */
export async function checkFillSafety(spec: FormCase): Promise<CaseOutcome> {
  const window = new Window({ url: spec.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write('<!doctype html><html><head><title>Apply</title></head><body></body></html>');
    return await runCase(window.document as unknown as Document, spec);
  } finally {
    await window.happyDOM.close();
  }
}
