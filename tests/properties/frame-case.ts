import { analyzePage } from '../../lib/page/analyze-page';
import { chooseFrames } from '../../lib/page/frame-choice';
import type { CaseOutcome } from './case-check';
import type { FormCase } from './form-spec';
import { frameFacts, unseenKind, type TabDocument } from './frame-render';
import { probePage, type ProbeRecord } from './page-probe';
import { firstDifference, serializePage } from './page-serial';
import type { RenderedControl } from './render-form';

type CheckDocument = (doc: Document, spec: FormCase, controls: RenderedControl[], elsewhere: (phase: string) => string[]) => Promise<CaseOutcome>;

/**
 * Focus moving into another frame (a widget there gets real focus) blurs this window and focuses the iframe element:
 * a page learns only that, as from a person's click into the frame.
 */
const focusMovedAway = (r: ProbeRecord) => /^(focus|blur|focusin|focusout) /.test(r.text) && (r.el === null || r.el.tagName === 'IFRAME');

const named = (d: TabDocument) => (d.id === 0 ? 'the top page' : `frame ${d.id} (${d.kind})`);

/**
 * A tab with several forms (the top page's and its iframes'): every frame collects and reports its facts as the
 * content script does, `chooseFrames` (lib/page/frame-choice.ts) picks, and the chosen form is filled and undone as
 * the popup's Fill and the shortcut do (its preferred form). Beyond the one-document properties: no frame a person
 * does not see (1x1, transparent, display:none) is offered; a frame a person sees is refused only for having no
 * field a person sees; nothing in any other document changes or even hears an event (no value, no probe record), and
 * the report names only the chosen frame's fields.
 */
export async function checkTab(tab: TabDocument[], spec: FormCase, layout: boolean, checkDocument: CheckDocument): Promise<CaseOutcome> {
  const violations: string[] = [];
  const probes = tab.map((d) => probePage(d.doc));
  try {
    const pages = [];
    for (const d of tab) {
      const { snapshot, elements } = analyzePage(d.doc, d.url);
      pages.push({ d, fields: snapshot.fields, frame: await frameFacts(d, snapshot.fields, elements, layout) });
    }
    const choice = chooseFrames(pages);
    for (const p of choice.usable) if (unseenKind(p.d.kind)) violations.push(`frames: ${named(p.d)} is offered for review: ${JSON.stringify(p.frame)}`);
    for (const { page, why } of choice.refused) {
      if (!unseenKind(page.d.kind) && why !== 'none of its fields can be seen') violations.push(`frames: ${named(page.d)} is refused: ${why} (${JSON.stringify(page.frame)})`);
    }
    // The shortcut fills the preferred form; the popup preselects it, and the person may pick another offered one.
    const chosen = choice.usable.length ? choice.usable[spec.pick % choice.usable.length]!.d : null;
    const others = tab.filter((d) => d !== chosen);
    const before = others.map((d) => serializePage(d.doc.body));
    const told = tab.map(() => 0);
    const elsewhere = (phase: string) =>
      others.flatMap((d, i) => {
        const now = serializePage(d.doc.body);
        const all = probes[tab.indexOf(d)]!.flush();
        const heard = all.slice(told[tab.indexOf(d)]).filter((r) => !focusMovedAway(r));
        told[tab.indexOf(d)] = all.length;
        return [
          ...(now === before[i] ? [] : [`${phase}: ${named(d)} changed while ${chosen ? named(chosen) : 'no form'} was filled: ${firstDifference(before[i]!, now)}`]),
          ...(heard.length ? [`${phase}: ${named(d)} heard ${heard.length} event(s)/change(s), first: ${heard[0]!.text.slice(0, 120)}`] : []),
        ];
      });
    if (!chosen) violations.push(...elsewhere('no form offered'));
    const outcome = chosen ? await checkDocument(chosen.doc, { ...spec, url: chosen.url, sections: chosen.sections }, chosen.controls, elsewhere) : null;
    if (violations.length) throw new Error(`${violations.length} violation(s):\n  ${violations.join('\n  ')}\nframes: ${JSON.stringify(pages.map((p) => ({ doc: named(p.d), fields: p.fields.map((f) => `${f.kind}:${f.forbidden ?? 'fillable'}`), frame: p.frame })))}`);
    const frames = { documents: tab.length, offered: choice.usable.map((p) => p.d.kind), refused: choice.refused.map((r) => r.page.d.kind), filled: chosen?.kind ?? null };
    return { ...(outcome ?? { fields: 0, filled: 0, restored: 0, forbidden: 0, forbiddenReasons: [], shapes: [], observed: 0 }), frames };
  } finally {
    for (const p of probes) p.stop();
  }
}
