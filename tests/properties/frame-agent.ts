/**
 * The fuzz case's hands in each document of a Chromium tab (bundled into every frame by scripts/fuzz-chromium.ts):
 * a frame of another origin runs in its own process, so the Node side (scripts/fuzz-tab.ts) drives each document
 * through Playwright's frame API and only plain data crosses. The top page also places the iframes and measures
 * where each lies. The document's state lives here between calls.
 */
import type { Box } from '../../lib/fields/clip-chain';
import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import { markPageCovers } from '../../lib/fields/page-covers';
import { aroundOf } from '../../lib/page/frame-around';
import { judgeIframes, type IframeView } from '../../lib/page/iframe-judge';
import { scanIframes } from '../../lib/page/iframe-scan';
import { analyzePage } from '../../lib/page/analyze-page';
import { seenNow, showInTab, type SeenNow } from '../../lib/page/second-look';
import type { FrameFacts } from '../../lib/page/frame-choice';
import { checkDocument, type CaseOutcome } from './case-check';
import type { FormCase, SectionSpec } from './form-spec';
import type { FramePlace } from './frame-oracle';
import { named } from './frame-oracle';
import { EMBED_URL, EMPTY_DOCUMENT, frameFacts, placeFrame, type TabFrame } from './frame-render';
import { watchOtherFrame, type OtherFrameWatch } from './other-frames';
import { renderForm, type RenderedControl } from './render-form';

export type AgentReply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FrameAgent {
  /** Top page: a fresh page with the case's iframes (a cross-origin one loads the embed address) and its own form. */
  renderTop: (spec: FormCase) => void;
  /** Top page: where each iframe lies in the tab's viewport and what of the page overlaps it, in page order. */
  places: () => FramePlace[];
  /** Top page: the product's judge of its iframes (what the popup and the shortcut inject, activeTab). */
  judge: () => IframeView[];
  /** Top page: the same over each iframe's whole extent, scrolled and put back (what Fill injects, lib/page/iframe-scan.ts). */
  scan: () => IframeView[];
  /** This document's form. */
  renderFrame: (form: { inForm: boolean; sections: SectionSpec[] }) => void;
  /** Start watching, then collect as the content script does and report the frame's facts (measured). */
  collect: (d: TabFrame & { url: string; views: IframeView[] }) => Promise<{ fields: FieldDescriptor[]; frame: FrameFacts }>;
  /**
   * Fill's second look (lib/page/second-look.ts), in a frame not confirmed seen: bring the first field the fill could
   * fill into the tab's view, as the content script does when the person presses Fill.
   */
  showField: () => Promise<boolean>;
  /** Then whether a person sees the frame now, with the top page's judgement made after that scroll. */
  seenNow: (views: IframeView[]) => Promise<SeenNow>;
  /** Top page, and each frame: back to the scroll position the case started at (each second look is a separate Fill). */
  scrollHome: () => void;
  /** Not the chosen form: keep the document as it is now, and say later what changed or was heard. */
  keep: () => void;
  changes: (phase: string, filled: string) => string[];
  /** The chosen form: fill and undo it with the one-document checks; the other documents are asked through the page's binding. */
  fill: (spec: FormCase) => Promise<AgentReply<CaseOutcome>>;
  finish: () => void;
}

declare global {
  interface Window {
    applyfillFuzzAgent: FrameAgent;
    /** Exposed by the Node side: what changed in the tab's other documents. */
    applyfillFuzzElsewhere: (phase: string) => Promise<string[]>;
  }
}

let controls: RenderedControl[] = [];
let watch: OtherFrameWatch | null = null;
let covers: readonly Box[] = [];
let collected: { fields: FieldDescriptor[]; elements: ReadonlyMap<string, Element[]> } = { fields: [], elements: new Map() };

const stopWatch = () => {
  watch?.stop();
  watch = null;
};

/** Page elements (not the iframe or its ancestors) whose box overlaps part of the iframe's. */
function overlapping(iframe: HTMLIFrameElement): string[] {
  const r = iframe.getBoundingClientRect();
  const out: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el === iframe || el.contains(iframe)) continue;
    const b = el.getBoundingClientRect();
    const w = Math.min(b.right, r.right) - Math.max(b.left, r.left);
    const h = Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top);
    if (w > 0 && h > 0) out.push(`<${el.tagName.toLowerCase()} style="${el.getAttribute('style') ?? ''}"> ${Math.round(w)}x${Math.round(h)}`);
  }
  return out;
}

function inView(iframe: HTMLIFrameElement): boolean {
  const r = iframe.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
}

window.applyfillFuzzAgent = {
  renderTop: (spec) => {
    stopWatch();
    document.body.replaceChildren();
    window.scrollTo(0, 0);
    for (const f of spec.frames) placeFrame(document, f, f.origin === 'cross' ? { src: EMBED_URL } : { srcdoc: EMPTY_DOCUMENT });
    controls = renderForm(document, spec);
  },
  judge: () => judgeIframes(window),
  scan: () => scanIframes(window),
  places: () => Array.from(document.querySelectorAll('iframe'), (f) => ({ inView: inView(f), overlaps: overlapping(f) })),
  renderFrame: (form) => {
    controls = renderForm(document, form);
  },
  collect: async (d) => {
    stopWatch();
    watch = watchOtherFrame(document, named(d));
    // As the content script's collect does with the top page's judgement (entrypoints/content.ts).
    const around = aroundOf(window, d.views);
    covers = around?.covers ?? [];
    const { snapshot, elements } = analyzePage(document, d.url);
    markPageCovers(snapshot.fields, elements, covers);
    collected = { fields: snapshot.fields, elements };
    return { fields: snapshot.fields, frame: await frameFacts({ ...d, doc: document }, snapshot.fields, elements, true, around) };
  },
  showField: () => {
    // The plan's first filled step is a field the frame's own rules let it fill: the first such field here.
    const field = collected.fields.find((f) => f.forbidden === null);
    const el = field && collected.elements.get(field.id)?.[0];
    return field && el ? showInTab(el, field.kind) : Promise.resolve(false);
  },
  seenNow: (views) => {
    // As the content script's answer to Fill's second look (entrypoints/content.ts): the page's new covers stand.
    const around = aroundOf(window, views);
    if (around) covers = around.covers;
    return seenNow(window, collected.fields, collected.elements, around);
  },
  scrollHome: () => window.scrollTo({ left: 0, top: 0, behavior: 'instant' }),
  keep: () => watch?.keep(),
  changes: (phase, filled) => watch?.changes(phase, filled) ?? [],
  fill: async (spec) => {
    try {
      return { ok: true, value: await checkDocument(document, spec, controls, (phase) => window.applyfillFuzzElsewhere(phase), covers) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
  finish: stopWatch,
};
