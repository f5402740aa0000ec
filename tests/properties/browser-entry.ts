/**
 * The fuzz case check for a real browser page: bundled by `scripts/fuzz-chromium.ts` (esbuild) and run in Chromium,
 * where layout exists, so the layout hiding shapes can be judged. Plain data in, plain data out.
 */
import { runCase } from './case-check';
import type { FormCase } from './form-spec';

declare global {
  interface Window {
    applyfillFuzzCase: (spec: FormCase) => Promise<{ ok: true; filled: number; forbidden: number; shapes: string[] } | { ok: false; error: string }>;
  }
}

window.applyfillFuzzCase = async (spec) => {
  try {
    const outcome = await runCase(document, spec);
    return { ok: true, filled: outcome.filled, forbidden: outcome.forbidden, shapes: outcome.shapes };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
};
