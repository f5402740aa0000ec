import { build } from 'esbuild';
import fc from 'fast-check';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './harness/chromium';
import { formCase, type ShapeId } from '../tests/properties/form-arbitrary';
import type { FormCase } from '../tests/properties/form-spec';
import type { CaseOutcome } from '../tests/properties/case-check';
import { EMPTY_DOCUMENT } from '../tests/properties/frame-render';
import { frameTally } from './fuzz-frames';
import { elsewhereBinding, runTabCase } from './fuzz-tab';

type CaseReply = { ok: true; filled: number; forbidden: number; shapes: string[]; frames?: CaseOutcome['frames'] } | { ok: false; error: string };
const PAGE = 'https://fuzz.applyfill.test/apply';

/**
 * The same properties in real Chromium, where layout exists: the generator also draws the layout hiding shapes
 * (zero size, 2x2, off-screen, fixed above the page, transforms, a zero-height clipping box, an opaque cover).
 * lib and the case check are bundled with esbuild into every document the tab creates (an init script: the top page
 * and each iframe's, also an embed of another site that runs out of process); fast-check runs here and sends each
 * case over, a case with frames through scripts/fuzz-tab.ts. `framed`: every case has
 * iframes.
 */
export async function fuzzInChromium(runs: number, seed: number, off: ReadonlySet<ShapeId>, opts: { path?: string | undefined; framed: boolean }): Promise<boolean> {
  const { path, framed } = opts;
  const bundle = await build({ entryPoints: ['tests/properties/browser-entry.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Served at made-up and embed addresses by interception: nothing leaves the machine.
    await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: EMPTY_DOCUMENT }));
    await page.addInitScript({ content: bundle.outputFiles[0]!.text });
    await page.exposeBinding('applyfillFuzzElsewhere', elsewhereBinding);
    await page.goto(PAGE);
    const totals = { filled: 0, forbidden: 0 };
    const shapes = new Map<string, number>();
    const frames = frameTally();
    const started = performance.now();
    const property = fc.asyncProperty(formCase({ off, layout: true, framed }), async (spec: FormCase) => {
      const reply: CaseReply = spec.frames.length ? { ok: true, ...(await runTabCase(page, spec)) } : await page.evaluate((s) => window.applyfillFuzzCase(s), spec);
      if (!reply.ok) throw new Error(reply.error);
      totals.filled += reply.filled;
      totals.forbidden += reply.forbidden;
      for (const s of reply.shapes) shapes.set(s.split('@')[0]!, (shapes.get(s.split('@')[0]!) ?? 0) + 1);
      frames.add(reply.frames);
    });
    const details = await fc.check(property, { numRuns: runs, seed, ...(path ? { path } : {}) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!details.failed) {
      console.log(`chromium: ${details.numRuns} cases passed in ${seconds} s (seed ${seed}), 0 counterexamples; ${totals.filled} filled, ${totals.forbidden} forbidden controls left alone`);
      console.log(`hiding layers drawn (by shape): ${[...shapes].sort().map(([s, n]) => `${s} ${n}`).join(', ')}`);
      console.log(frames.line());
      return true;
    }
    console.log(`chromium: FAILED after ${details.numRuns} cases and ${details.numShrinks} shrinks (seed ${seed}, path ${details.counterexamplePath})`);
    console.log(JSON.stringify(details.counterexample?.[0], null, 2));
    console.log(details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance));
    console.log(`\nreplay: npm run fuzz -- --chromium --runs 1 --seed ${seed} --path ${details.counterexamplePath}${framed ? ' --frames' : ''}`);
    return false;
  } finally {
    await browser.close();
  }
}
