import type { FrameFacts } from '../../lib/page/frame-choice';
import { frameSeen } from '../../lib/page/frame-seen';
import { watchedTargets } from '../../lib/page/frame-witnesses';
import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import type { FormCase, SectionSpec } from './form-spec';
import { renderForm, type RenderedControl } from './render-form';

type FrameKind = FormCase['frames'][number]['kind'];

/** One document of the tab: the top page or an iframe's, with the controls rendered into it. */
export interface TabDocument {
  /** 0 for the top page; iframes count from 1 in page order (as the browser's frame ids grow). */
  id: number;
  kind: FrameKind | 'top';
  doc: Document;
  /** The address the frame's content script would report (an embed's own, or the top page's). */
  url: string;
  /** The sections its form was built from. */
  sections: SectionSpec[];
  controls: RenderedControl[];
  iframe: HTMLIFrameElement | null;
}

/** A different embed address for frames that are not the top page's copy. */
const EMBED_URL = 'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001';

// Placed before the top page's form, all in the first screen (two 380 px frames fit a 900 px viewport), so that
// IntersectionObserver v2 can judge each: a decoy before the real form is the shape the issue reports.
const FRAME_STYLE: Record<FrameKind, string> = {
  visible: 'display:block;width:800px;height:380px;border:0',
  tiny: 'display:block;width:1px;height:1px;border:0',
  transparent: 'display:block;width:800px;height:380px;border:0;opacity:0',
  'display-none': 'display:none',
  covered: 'display:block;width:800px;height:380px;border:0',
  faded: 'display:block;width:800px;height:380px;border:0',
};

/** The page's opaque box over a covered frame (the iframe and the box share a positioned wrapper). */
function coverFrame(doc: Document, iframe: HTMLIFrameElement): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('style', 'position:relative');
  const cover = doc.createElement('div');
  cover.setAttribute('style', 'position:absolute;inset:0;background:#fff;z-index:5');
  box.append(iframe, cover);
  return box;
}

/** A faded frame's form: each section half transparent (drawn as a hiding layer, so the verdicts count it in). */
const faded = (sections: SectionSpec[]): SectionSpec[] => sections.map((s) => ({ ...s, hiding: [...s.hiding, { shape: 'opacity', on: 'section', amount: 0.8 }] }));

const pause = (win: Window, ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));

/** An iframe with an empty document of its own (srcdoc: same origin, so the test can build its form in it). */
async function emptyFrame(doc: Document, kind: FrameKind): Promise<HTMLIFrameElement> {
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('style', FRAME_STYLE[kind]);
  iframe.setAttribute('title', 'Application form');
  iframe.setAttribute('srcdoc', '<!doctype html><html><head><title>Apply</title></head><body></body></html>');
  doc.body.append(kind === 'covered' ? coverFrame(doc, iframe) : iframe);
  const win = doc.defaultView!;
  for (let i = 0; i < 400; i++) {
    const inner = iframe.contentDocument;
    if (inner?.body && inner.readyState === 'complete' && inner.location.href === 'about:srcdoc') return iframe;
    await pause(win, 5);
  }
  throw new Error(`the ${kind} iframe did not load`);
}

/**
 * The case's page: its iframes first (each with its own form: the top page's copy for a duplicate embed, else its
 * own sections), then the top page's form. Returns every document, the top page first.
 */
export async function renderTab(doc: Document, spec: FormCase): Promise<TabDocument[]> {
  const frames: TabDocument[] = [];
  for (const [i, f] of spec.frames.entries()) {
    const iframe = await emptyFrame(doc, f.kind);
    const inner = iframe.contentDocument!;
    const drawn = f.copy ? spec.sections : f.sections;
    const sections = f.kind === 'faded' ? faded(drawn) : drawn;
    const controls = renderForm(inner, { inForm: spec.inForm, sections });
    frames.push({ id: i + 1, kind: f.kind, doc: inner, url: f.sameUrl ? spec.url : EMBED_URL, sections, controls, iframe });
  }
  const controls = renderForm(doc, spec);
  return [{ id: 0, kind: 'top', doc, url: spec.url, sections: spec.sections, controls, iframe: null }, ...frames];
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
};

/**
 * The facts a frame's content script reports beside its form (lib/extension/frame-facts.ts): with `layout` (Chromium)
 * measured as the product measures them, the frame's own viewport and IntersectionObserver v2 over its fields;
 * else as the generator drew the frame.
 */
export async function frameFacts(d: TabDocument, fields: readonly FieldDescriptor[], elements: ReadonlyMap<string, Element[]>, layout: boolean): Promise<FrameFacts> {
  const base = { id: d.id, token: `frame-${d.id}`, top: d.id === 0 };
  if (!layout) return { ...base, ...DRAWN[d.kind] };
  const win = d.doc.defaultView!;
  // The top page is not asked (frame-facts.ts): its own visibility rules decided every field.
  const seen = d.id === 0 ? 'unknown' : await frameSeen(win, watchedTargets(fields, elements));
  return { ...base, width: win.innerWidth, height: win.innerHeight, seen };
}

/** Frame kinds a person never sees as a form: refused whatever their fields. */
export const unseenKind = (kind: TabDocument['kind']): boolean => kind === 'tiny' || kind === 'transparent' || kind === 'display-none' || kind === 'covered';

