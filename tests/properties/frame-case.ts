import { analyzePage } from '../../lib/page/analyze-page';
import type { CaseOutcome } from './case-check';
import type { FormCase } from './form-spec';
import { frameFigures, judgeFrames, named } from './frame-oracle';
import { frameFacts, type TabDocument } from './frame-render';
import { watchOtherFrame } from './other-frames';
import type { RenderedControl } from './render-form';

type CheckDocument = (doc: Document, spec: FormCase, controls: RenderedControl[], elsewhere: (phase: string) => Promise<string[]>) => Promise<CaseOutcome>;

/** A case's outcome when no form was offered (nothing filled). */
export const NOTHING_FILLED = { fields: 0, filled: 0, restored: 0, forbidden: 0, forbiddenReasons: [], shapes: [], observed: 0 };

/**
 * A tab with several forms (the top page's and its iframes'), all in one document's reach (happy-dom; the Chromium
 * run keeps each frame in its own document: scripts/fuzz-tab.ts): every frame collects and reports its facts as the
 * content script does, `chooseFrames` (lib/page/frame-choice.ts) picks under the oracle's eye (frame-oracle.ts), and
 * the chosen form is filled and undone as the popup's Fill and the shortcut do (its preferred form). Nothing in any
 * other document changes or even hears an event (no value, no probe record), and the report names only the chosen
 * frame's fields.
 */
export async function checkTab(tab: TabDocument[], spec: FormCase, layout: boolean, checkDocument: CheckDocument): Promise<CaseOutcome> {
  const watches = tab.map((d) => watchOtherFrame(d.doc, named(d)));
  try {
    const pages = [];
    for (const d of tab) {
      const { snapshot, elements } = analyzePage(d.doc, d.url);
      pages.push({ d, fields: snapshot.fields, frame: await frameFacts(d, snapshot.fields, elements, layout) });
    }
    const verdicts = judgeFrames(pages);
    const { choice, violations } = verdicts;
    // The shortcut fills the preferred form; the popup preselects it, and the person may pick another offered one.
    const chosen = choice.usable.length ? choice.usable[spec.pick % choice.usable.length]!.d : null;
    const others = tab.flatMap((d, i) => (d === chosen ? [] : [watches[i]!]));
    for (const w of others) w.keep();
    const elsewhere = (phase: string) => Promise.resolve(others.flatMap((w) => w.changes(phase, chosen ? named(chosen) : 'no form')));
    if (!chosen) violations.push(...(await elsewhere('no form offered')));
    const outcome = chosen ? await checkDocument(chosen.doc, { ...spec, url: chosen.url, sections: chosen.sections }, chosen.controls, elsewhere) : null;
    if (violations.length) throw new Error(`${violations.length} violation(s):\n  ${violations.join('\n  ')}\nframes: ${JSON.stringify(pages.map((p) => ({ doc: named(p.d), fields: p.fields.map((f) => `${f.kind}:${f.forbidden ?? 'fillable'}`), frame: p.frame })))}`);
    return { ...(outcome ?? NOTHING_FILLED), frames: frameFigures(pages, verdicts, chosen) };
  } finally {
    for (const w of watches) w.stop();
  }
}
