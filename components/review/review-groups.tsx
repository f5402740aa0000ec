import { useEffect, useState } from 'preact/hooks';
import type { ReviewGroup, ReviewRow } from '../../lib/popup/popup-data';
import { stillNeedYou } from '../../lib/popup/still-need-you';
import { ReviewRowItem, type ReviewFieldActions } from './review-row';

interface Props {
  needsYou: readonly ReviewRow[];
  groups: readonly ReviewGroup[];
  actions: ReviewFieldActions;
  onToggle: (name: string, open: boolean) => void;
}

/** Rows of a long list drawn before the popup first shows: more than the popup's height holds. */
export const FIRST_ROWS = 20;

/**
 * How many of `total` rows to draw: a long list draws its first screenful at once and the rest once the browser is
 * idle (after the first paint), so a 2,000-field form's review can be used before 200 needs-you rows are drawn.
 */
function useRowsShown(total: number): number {
  const [all, setAll] = useState(total <= FIRST_ROWS);
  useEffect(() => {
    if (all) return undefined;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setAll(true), 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(() => setAll(true), { timeout: 250 });
    return () => cancelIdleCallback(idle);
  }, [all]);
  return all ? total : FIRST_ROWS;
}

/** The review: what needs the person first, then each ready section, collapsible, with its count. */
export function ReviewGroups({ needsYou, groups, actions, onToggle }: Props) {
  const shown = useRowsShown(needsYou.length);
  if (!needsYou.length && !groups.length) return <p class="muted">No fields this résumé can answer on this page.</p>;
  return (
    <div class="review">
      {needsYou.length > 0 && (
        <section class="needs-you-group" aria-labelledby="section-needs-you" data-section="needs-you">
          <h2 id="section-needs-you">
            Needs you <span class="count">{stillNeedYou(needsYou)}</span>
          </h2>
          <ul class="review-list">
            {needsYou.slice(0, shown).map((r) => (
              <ReviewRowItem key={r.step.fieldId} row={r} actions={actions} />
            ))}
          </ul>
        </section>
      )}
      {groups.map((g) => {
        const ready = g.rows.filter((r) => r.enabled && r.step.action === 'fill').length;
        return (
          <details key={g.name} open={g.open} data-section={g.name} onToggle={(e) => onToggle(g.name, (e.currentTarget).open)}>
            <summary>
              <h2 id={`section-${g.name}`}>
                {g.name} <span class="muted">· {ready} ready</span>
              </h2>
            </summary>
            {/* A folded section draws its rows only once opened: a long form's review is ready without them. */}
            {g.open && (
              <ul class="review-list">
                {g.rows.map((r) => (
                  <ReviewRowItem key={r.step.fieldId} row={r} actions={actions} />
                ))}
              </ul>
            )}
          </details>
        );
      })}
    </div>
  );
}
