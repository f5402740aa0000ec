import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import { chooseFrames, type FrameChoice, type FrameFacts } from '../../lib/page/frame-choice';
import { unseenKind, type TabFrame } from './frame-render';

/**
 * Where the iframe lies in the tab, measured in the top page (Chromium only): whether any of it is in the tab's
 * viewport, and the page's elements that overlap part of it (for a frame of another origin Chromium calls the whole
 * frame occluded when anything overlaps it).
 */
export interface FramePlace {
  inView: boolean;
  overlaps: string[];
}

/** One document of the tab as the frame choice sees it: its fields and facts, and what the generator drew. */
export interface JudgedPage {
  d: TabFrame;
  fields: readonly FieldDescriptor[];
  frame: FrameFacts;
  place?: FramePlace;
  /**
   * Fill's second look (lib/page/second-look.ts), for an offered frame not confirmed seen: whether a person sees it
   * once the field the fill starts with is brought into view. 'no' refuses the fill.
   */
  second?: FrameFacts['seen'];
}

/** A frame for the figures: its kind, `cross:<kind>` for a frame of another origin. */
const label = (d: TabFrame) => (d.origin === 'cross' ? `cross:${d.kind}` : d.kind);

export const named = (d: TabFrame): string => (d.id === 0 ? 'the top page' : `frame ${d.id} (${d.kind}${d.origin === 'cross' ? ', another origin' : ''})`);

export interface FrameVerdicts<P extends JudgedPage> {
  choice: FrameChoice<P>;
  /** Broken promises: counterexamples. */
  violations: string[];
}

/**
 * The frame choice's promises, the second look at Fill included: no frame a person does not see (1x1, transparent,
 * display:none, covered) is filled when it holds something fillable (offered for review only while nothing could
 * tell, outside the tab's viewport, and then refused by Fill's second look), and a frame a person sees is refused,
 * at the review or at Fill, only for having no field a person sees. (A decoy frame with nothing fillable, only
 * disabled fields, may be offered: there is nothing to fill in it, and the frame cannot watch fields whose
 * visibility it did not judge.) The earlier known gaps (fuzz-21.md: 1-4) are no longer counted apart.
 */
export function judgeFrames<P extends JudgedPage>(pages: readonly P[]): FrameVerdicts<P> {
  const choice = chooseFrames(pages);
  const violations: string[] = [];
  const facts = (p: P) => `${JSON.stringify(p.frame)}${p.second ? ` second look ${p.second}` : ''}${p.place ? ` ${JSON.stringify(p.place)}` : ''}`;
  for (const p of choice.usable) {
    const fillable = p.fields.some((f) => f.forbidden === null);
    if (unseenKind(p.d.kind) && fillable && p.second !== 'no') violations.push(`frames: ${named(p.d)} is offered for review and Fill would fill it: ${facts(p)}`);
    if (!unseenKind(p.d.kind) && p.second === 'no') violations.push(`frames: ${named(p.d)} is refused at Fill: ${facts(p)}`);
  }
  for (const { page, why } of choice.refused) {
    if (!unseenKind(page.d.kind) && why !== 'none of its fields can be seen') violations.push(`frames: ${named(page.d)} is refused: ${why} (${facts(page)})`);
  }
  return { choice, violations };
}

/** A case's frames for the figures: what was offered, refused (at the review, or at Fill by its second look) and filled (another origin's as `cross:<kind>`). */
export function frameFigures(pages: readonly JudgedPage[], verdicts: FrameVerdicts<JudgedPage>, filled: TabFrame | null) {
  return {
    documents: pages.length,
    offered: verdicts.choice.usable.map((p) => label(p.d)),
    refused: verdicts.choice.refused.map((r) => label(r.page.d)),
    refusedAtFill: verdicts.choice.usable.filter((p) => p.second === 'no').map((p) => label(p.d)),
    filled: filled ? label(filled) : null,
  };
}
