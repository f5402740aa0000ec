import { probePage, type ProbeRecord } from './page-probe';
import { firstDifference, serializePage } from './page-serial';

/**
 * Focus moving into another frame (a widget there gets real focus) blurs this window and focuses the iframe element:
 * a page learns only that, as from a person's click into the frame.
 */
const focusMovedAway = (r: ProbeRecord) => /^(focus|blur|focusin|focusout) /.test(r.text) && (r.el === null || r.el.tagName === 'IFRAME');

/** Watches one document of the tab for what a page script there could notice while another frame is filled. */
export interface OtherFrameWatch {
  /** Take the document as it is now as the state it must keep (after the collect). */
  keep: () => void;
  /** What changed or was heard since the last call (events from the start, the collect's included), one line each. */
  changes: (phase: string, filled: string) => string[];
  stop: () => void;
}

/** Start watching `doc` (before the collect): a page probe on it, its serialization taken by `keep`. */
export function watchOtherFrame(doc: Document, name: string): OtherFrameWatch {
  const probe = probePage(doc);
  let before = '';
  let told = 0;
  return {
    keep: () => {
      before = serializePage(doc.body);
    },
    changes: (phase, filled) => {
      const now = serializePage(doc.body);
      const all = probe.flush();
      const heard = all.slice(told).filter((r) => !focusMovedAway(r));
      told = all.length;
      return [
        ...(now === before ? [] : [`${phase}: ${name} changed while ${filled} was filled: ${firstDifference(before, now)}`]),
        ...(heard.length ? [`${phase}: ${name} heard ${heard.length} event(s)/change(s), first: ${heard[0]!.text.slice(0, 120)}`] : []),
      ];
    },
    stop: () => probe.stop(),
  };
}
