import { useEffect, useRef } from 'preact/hooks';
import type { FillState } from '../../lib/popup/popup-state';
import type { UndoOutcome } from '../../lib/fill/undo-fill';

interface Props {
  fill: FillState;
  ready: number;
  needsYou: number;
  onFill: () => void;
  onUndo: () => void;
  /** Move focus to the first row that needs the person. */
  onJump: () => void;
}

// "undone: 12 restored", "undone: 10 restored, 2 not restored": a failure is never counted as undone.
function undoText(undo: UndoOutcome): string {
  if (!undo.failed.length) return undo.restored ? `undone: ${undo.restored} restored` : 'nothing to undo';
  return `undone: ${undo.restored} restored, ${undo.failed.length} not restored`;
}

// After a fill: "filled 12, needs you 3, failed 1 · undone: 12 restored" (scripts and tests read this line).
function outcome(fill: Extract<FillState, { status: 'done' | 'undone' }>): string {
  if (fill.status === 'undone') return undoText(fill.undo);
  return (
    `filled ${fill.counts.filled}, needs you ${fill.counts['needs-you']}` +
    (fill.counts.failed ? `, failed ${fill.counts.failed}` : '') +
    (fill.undo ? ` · ${undoText(fill.undo)}` : '')
  );
}

/** Each field Undo could not put back: its label and what the page shows instead. */
function UndoFailures({ undo }: { undo: UndoOutcome }) {
  if (!undo.failed.length) return null;
  return (
    <ul role="alert" class="error undo-failed" data-testid="undo-failed">
      {undo.failed.map((f) => (
        <li key={f.fieldId}>
          <strong>{f.label}</strong>: not restored, {f.why}
        </li>
      ))}
    </ul>
  );
}

/** Fill and Undo, always in view under the review; after a fill, focus comes back here. */
export function FillFooter({ fill, ready, needsYou, onFill, onUndo, onJump }: Props) {
  const fillButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const canUndo = (fill.status === 'done' && !fill.undo) || (fill.status === 'idle' && (fill.undoable ?? 0) > 0);
  const shown = fill.status === 'done' || fill.status === 'undone' ? fill : null;
  const last = useRef(fill.status);
  useEffect(() => {
    // The Fill button is disabled while filling, which drops focus to the page: give it back once done.
    if (last.current === 'filling' && fill.status !== 'filling') (undoButton.current ?? fillButton.current)?.focus();
    last.current = fill.status;
  }, [fill.status]);
  return (
    <footer class="fill-footer">
      <p role="status" class="summary">
        {fill.status === 'filling' && 'Filling…'}
        {shown && (
          <span class="result" data-testid="fill-result">
            {outcome(shown)}
          </span>
        )}
        {(fill.status === 'idle' || fill.status === 'error') && `${ready} ready to fill${needsYou ? ` · ${needsYou} need you` : ''}`}
        {fill.status === 'idle' && canUndo && (
          <span data-testid="undoable">{` · an earlier fill of ${fill.undoable} field${fill.undoable === 1 ? '' : 's'} can be undone`}</span>
        )}
        {needsYou > 0 && fill.status !== 'filling' && (
          <>
            {' '}
            <button type="button" class="link jump" onClick={onJump}>
              Show what needs you
            </button>
          </>
        )}
      </p>
      {shown?.undo && <UndoFailures undo={shown.undo} />}
      {fill.status === 'error' && (
        <p role="alert" class="error">
          {fill.message}
        </p>
      )}
      <div class="footer-buttons">
        <button ref={fillButton} type="button" class="fill primary" onClick={onFill} disabled={fill.status === 'filling'}>
          Fill {ready} field{ready === 1 ? '' : 's'}
        </button>
        {canUndo && (
          <button ref={undoButton} type="button" class="undo" onClick={onUndo}>
            Undo
          </button>
        )}
      </div>
    </footer>
  );
}

/**
 * While the page is read: the footer where Fill will be, not usable yet. Drawn first by the static shell in
 * entrypoints/popup/index.html (tests/unit/popup-shell.test.tsx keeps the two alike). Its button is not `.fill`:
 * scripts and tests wait for `button.fill` as "the review is ready".
 */
export function ReadingFooter() {
  return (
    <footer class="fill-footer">
      <p role="status" class="summary">
        Reading the page…
      </p>
      <div class="footer-buttons">
        <button type="button" class="fill-waiting primary" disabled>
          Fill
        </button>
      </div>
    </footer>
  );
}
