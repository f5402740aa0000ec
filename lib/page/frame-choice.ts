import type { FieldDescriptor } from '../fields/field-descriptor';

/**
 * What a frame says about itself when it answers a collect: which frame it is (the browser's frame id, learnt from
 * the background, and a token of this content-script instance), how large its own viewport is, and whether a
 * person sees it at all. `seen` comes from IntersectionObserver v2 (`trackVisibility`), the only signal inside a
 * frame for what its ancestor frames do to it (an opacity-0 or covered iframe), asked of what the frame shows in its
 * own viewport and of its fields (page/frame-seen.ts): 'no' when what it shows is in the tab's viewport and none is
 * visible, 'unknown' when it cannot tell (the frame outside the tab's viewport, no support, a tab not rendering).
 */
export interface FrameFacts {
  id: number;
  token: string;
  width: number;
  height: number;
  /** The tab's top document, not an iframe. */
  top: boolean;
  seen: 'yes' | 'no' | 'unknown';
  /** Why the page around the frame hides it, when the page judged it (lib/page/iframe-judge.ts). */
  pageWhy?: string;
}

/** A frame's viewport smaller than this (either side) shows no form; the same bound as `visible-box.ts`. */
export const MIN_FRAME_SIDE = 40;

interface FramePage {
  fields: readonly FieldDescriptor[];
  frame?: FrameFacts;
}

/** A field a person can see: not hidden by the page, not a decoy (disabled or filled ones still show). */
const isSeenField = (f: FieldDescriptor): boolean => f.forbidden !== 'hidden' && f.forbidden !== 'honeypot';

export const seenFieldCount = (page: FramePage): number => page.fields.filter(isSeenField).length;

/** Why a person does not see this frame's form, or null when they do. */
export function frameHiddenReason(page: FramePage): string | null {
  const f = page.frame;
  if (f && (f.width < MIN_FRAME_SIDE || f.height < MIN_FRAME_SIDE)) return `its frame is only ${f.width}x${f.height} px`;
  if (f?.seen === 'no') return `the page hides its frame (${f.pageWhy ?? 'transparent, filtered or covered'})`;
  if (!seenFieldCount(page)) return 'none of its fields can be seen';
  return null;
}

export interface FrameChoice<P extends FramePage> {
  /** Forms a person sees, the preferred one first: the user picks among them when there are two or more. */
  usable: P[];
  /** Forms no person sees, each with why; never reviewed, never filled. */
  refused: { page: P; why: string }[];
}

const SEEN_RANK = { yes: 0, unknown: 1, no: 2 } as const;

/**
 * Which of a tab's forms (one per frame) to review and fill. A form counts only if a person sees it; among those the
 * one with the most fields a person can see comes first, then one confirmed seen, then the earlier frame (frame ids
 * grow as frames are created, so a lower id is usually earlier in the page). Pure, so the rule is a unit test away.
 */
export function chooseFrames<P extends FramePage>(pages: readonly P[]): FrameChoice<P> {
  const usable: P[] = [];
  const refused: { page: P; why: string }[] = [];
  for (const page of pages) {
    const why = frameHiddenReason(page);
    if (why) refused.push({ page, why });
    else usable.push(page);
  }
  usable.sort(
    (a, b) =>
      seenFieldCount(b) - seenFieldCount(a) ||
      SEEN_RANK[a.frame?.seen ?? 'unknown'] - SEEN_RANK[b.frame?.seen ?? 'unknown'] ||
      (a.frame?.id ?? 0) - (b.frame?.id ?? 0),
  );
  return { usable, refused };
}

/**
 * The form the keyboard shortcut may fill with no review: the only form a person sees, or the preferred one when it
 * is the tab's top document or confirmed seen. Two or more forms with the preferred one unconfirmed ('unknown': a
 * frame of another origin below the page's fold cannot tell) give null: a transparent decoy placed before the real
 * embed would otherwise be filled, so the person chooses in the popup instead.
 */
export function shortcutForm<P extends FramePage>(choice: FrameChoice<P>): P | null {
  const [first] = choice.usable;
  if (!first) return null;
  const confirmed = !first.frame || first.frame.top || first.frame.seen === 'yes';
  return choice.usable.length === 1 || confirmed ? first : null;
}
