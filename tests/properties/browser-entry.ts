/**
 * The fuzz case check for a real browser page: bundled by `scripts/fuzz-chromium.ts` (esbuild) and run in Chromium,
 * where layout exists, so the layout hiding shapes can be judged. Plain data in, plain data out.
 */
import { runCase, type CaseOutcome } from './case-check';
import './frame-agent';
import type { FormCase } from './form-spec';

declare global {
  interface Window {
    applyfillFuzzCase: (spec: FormCase) => Promise<{ ok: true; filled: number; forbidden: number; shapes: string[]; frames?: CaseOutcome['frames'] } | { ok: false; error: string }>;
  }
}

window.applyfillFuzzCase = async (spec) => {
  try {
    // Layout exists here: frames are measured as the product measures them (viewport, IntersectionObserver v2).
    const outcome = await runCase(document, spec, true);
    return { ok: true, filled: outcome.filled, forbidden: outcome.forbidden, shapes: outcome.shapes, ...(outcome.frames ? { frames: outcome.frames } : {}) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
