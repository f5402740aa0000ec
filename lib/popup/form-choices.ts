import { seenFieldCount } from '../page/frame-choice';
import { formLocked, type PopupState } from './popup-state';

/** One form the person can pick when a tab shows two: named by its place on the page, with what tells it apart. */
export interface FormChoice {
  frameId: number;
  /** "Form 1", "Form 2", in the order the frames were created (usually the page's order). */
  name: string;
  /** "24 fields · Site Reliability Engineer · boards.greenhouse.io" */
  detail: string;
  chosen: boolean;
  /** A fill is running or can be undone: the form stays put until then. */
  locked: boolean;
}

/** The chooser's rows, or none when the tab has one form (the usual case). */
export function formChoices(state: Pick<PopupState, 'frames' | 'snapshot' | 'fill'>): FormChoice[] {
  if (state.frames.length < 2) return [];
  const byPlace = [...state.frames].sort((a, b) => (a.frame?.id ?? 0) - (b.frame?.id ?? 0));
  const locked = formLocked(state.fill);
  return byPlace.map((page, i) => {
    const count = seenFieldCount(page);
    const host = URL.canParse(page.url) ? new URL(page.url).host : page.url;
    // A frame outside the tab's viewport when the popup opened: nothing could tell yet whether the page covers it.
    const unsure = page.frame && !page.frame.top && page.frame.seen === 'unknown' ? 'out of view: looked at again when you press Fill' : '';
    const detail = [`${count} field${count === 1 ? '' : 's'}`, page.job.title, host, unsure].filter(Boolean).join(' · ');
    return { frameId: page.frame?.id ?? 0, name: `Form ${i + 1}`, detail, chosen: page === state.snapshot, locked };
  });
}
