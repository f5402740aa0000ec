import type { FrameFacts } from '../../lib/page/frame-choice';
import type { AroundFrame } from '../../lib/page/frame-around';
import { seenNow } from '../../lib/page/second-look';
import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import type { FormCase, FrameSpec, SectionSpec } from './form-spec';
import { renderForm, type RenderedControl } from './render-form';

type FrameKind = FrameSpec['kind'];

/** Which frame of the tab a document is, as the oracle knows it (also in the Chromium run, where documents stay in their frames). */
export interface TabFrame {
  /** 0 for the top page; iframes count from 1 in page order (as the browser's frame ids grow). */
  id: number;
  kind: FrameKind | 'top';
  /** The top page and srcdoc frames are `same`; an embed served from another site is `cross`. */
  origin: FrameSpec['origin'];
}

/** One document of the tab: the top page or an iframe's, with the controls rendered into it. */
export interface TabDocument extends TabFrame {
  doc: Document;
  /** The address the frame's content script would report (an embed's own, or the top page's). */
  url: string;
  /** The sections its form was built from. */
  sections: SectionSpec[];
  controls: RenderedControl[];
  iframe: HTMLIFrameElement | null;
}

/** A different embed address for frames that are not the top page's copy; a cross-origin frame's document is served here. */
export const EMBED_URL = 'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001';
/** What a frame holds before its form is built. */
export const EMPTY_DOCUMENT = '<!doctype html><html><head><title>Apply</title></head><body></body></html>';

// Placed before the top page's form, all in the first screen (two 380 px frames fit a 900 px viewport) unless drawn
// below the fold, so that IntersectionObserver v2 can judge each: a decoy before the real form is the shape.
const SHOWN = 'display:block;width:800px;height:380px;border:0';
const FRAME_STYLE: Record<FrameKind, string> = {
  visible: SHOWN,
  tiny: 'display:block;width:1px;height:1px;border:0',
  transparent: `${SHOWN};opacity:0`,
  'display-none': 'display:none',
  covered: SHOWN,
  faded: SHOWN,
  half: `${SHOWN};opacity:0.5`,
  cornered: SHOWN,
};

/** The page's opaque box over a covered frame, or its bar over a cornered frame's top right (they share a positioned wrapper). */
function overlaid(doc: Document, iframe: HTMLIFrameElement, over: 'all' | 'corner'): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('style', 'position:relative;width:800px');
  const cover = doc.createElement('div');
  const where = over === 'all' ? 'inset:0' : 'top:0;right:0;width:200px;height:60px';
  cover.setAttribute('style', `position:absolute;${where};background:#fff;z-index:5`);
  box.append(iframe, cover);
  return box;
}

/** The case's iframe in the page: its style, a cover or bar of the page over it, a spacer above it when below the fold. */
export function placeFrame(doc: Document, f: Pick<FrameSpec, 'kind' | 'place'>, source: { srcdoc: string } | { src: string }): HTMLIFrameElement {
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('style', FRAME_STYLE[f.kind]);
  iframe.setAttribute('title', 'Application form');
  if ('src' in source) iframe.setAttribute('src', source.src);
  else iframe.setAttribute('srcdoc', source.srcdoc);
  if (f.place === 'below-fold') {
    const spacer = doc.createElement('div');
    spacer.setAttribute('style', 'height:1000px');
    doc.body.append(spacer);
  }
  doc.body.append(f.kind === 'covered' ? overlaid(doc, iframe, 'all') : f.kind === 'cornered' ? overlaid(doc, iframe, 'corner') : iframe);
  return iframe;
}

/** A faded frame's form: each section half transparent (drawn as a hiding layer, so the verdicts count it in). */
const faded = (sections: SectionSpec[]): SectionSpec[] => sections.map((s) => ({ ...s, hiding: [...s.hiding, { shape: 'opacity', on: 'section', amount: 0.8 }] }));

/** The sections a frame's form is built from: the top page's for a duplicate embed, else its own. */
export const frameSections = (spec: FormCase, f: FrameSpec): SectionSpec[] => (f.kind === 'faded' ? faded(f.copy ? spec.sections : f.sections) : f.copy ? spec.sections : f.sections);
/** The address a frame's content script reports. */
export const frameUrl = (spec: FormCase, f: FrameSpec): string => (f.sameUrl ? spec.url : EMBED_URL);

const pause = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

/** An iframe with an empty document of its own (srcdoc: same origin, so the test can build its form in it). */
async function emptyFrame(doc: Document, f: FrameSpec): Promise<HTMLIFrameElement> {
  const iframe = placeFrame(doc, f, { srcdoc: EMPTY_DOCUMENT });
  const win = doc.defaultView!;
  for (let i = 0; i < 400; i++) {
    const inner = iframe.contentDocument;
    if (inner?.body && inner.readyState === 'complete' && inner.location.href === 'about:srcdoc') return iframe;
    await pause(win, 5);
  }
  throw new Error(`the ${f.kind} iframe did not load`);
}

/**
 * The case's page in one document (happy-dom): its iframes first (each with its own form: the top page's copy for a
 * duplicate embed, else its own sections), all of the page's origin, then the top page's form. Returns every
 * document, the top page first. (The Chromium run builds each frame in its own document: scripts/fuzz-tab.ts.)
 */
export async function renderTab(doc: Document, spec: FormCase): Promise<TabDocument[]> {
  const frames: TabDocument[] = [];
  for (const [i, f] of spec.frames.entries()) {
    const iframe = await emptyFrame(doc, f);
    const inner = iframe.contentDocument!;
    const sections = frameSections(spec, f);
    const controls = renderForm(inner, { inForm: spec.inForm, sections });
    frames.push({ id: i + 1, kind: f.kind, origin: 'same', doc: inner, url: frameUrl(spec, f), sections, controls, iframe });
  }
  const controls = renderForm(doc, spec);
  return [{ id: 0, kind: 'top', origin: 'same', doc, url: spec.url, sections: spec.sections, controls, iframe: null }, ...frames];
}

/** What a person sees of a frame, as the generator drew it (happy-dom has no layout to measure). */
const DRAWN: Record<FrameKind | 'top', Pick<FrameFacts, 'width' | 'height' | 'seen'>> = {
  top: { width: 1280, height: 900, seen: 'unknown' },
  visible: { width: 800, height: 380, seen: 'unknown' },
  tiny: { width: 1, height: 1, seen: 'unknown' },
  transparent: { width: 800, height: 380, seen: 'no' },
  'display-none': { width: 0, height: 0, seen: 'unknown' },
  covered: { width: 800, height: 380, seen: 'no' },
  faded: { width: 800, height: 380, seen: 'unknown' },
  half: { width: 800, height: 380, seen: 'unknown' },
  cornered: { width: 800, height: 380, seen: 'unknown' },
};

/**
 * The facts a frame's content script reports beside its form (lib/extension/frame-facts.ts): with `layout` (Chromium)
 * measured as the product measures them, the frame's own viewport, the top page's judgement of its iframe and
 * IntersectionObserver v2 over its fields;
 * else as the generator drew the frame.
 */
export async function frameFacts(d: TabFrame & { doc: Document }, fields: readonly FieldDescriptor[], elements: ReadonlyMap<string, Element[]>, layout: boolean, around: AroundFrame | null = null): Promise<FrameFacts> {
  const base = { id: d.id, token: `frame-${d.id}`, top: d.id === 0 };
  if (!layout) return { ...base, ...DRAWN[d.kind] };
  const win = d.doc.defaultView!;
  // The top page is not asked (frame-facts.ts): its own visibility rules decided every field. `around`: the top page's
  // judgement of the frame's iframe (lib/page/iframe-judge.ts), as the popup and the shortcut hand it over.
  const { seen, why } = d.id === 0 ? { seen: 'unknown' as const, why: undefined } : await seenNow(win, fields, elements, around);
  return { ...base, width: win.innerWidth, height: win.innerHeight, seen, ...(why ? { pageWhy: why } : {}) };
}

/** Frame kinds a person never sees as a form: refused whatever their fields. */
export const unseenKind = (kind: TabDocument['kind']): boolean => kind === 'tiny' || kind === 'transparent' || kind === 'display-none' || kind === 'covered';

