import { useEffect, useRef } from 'preact/hooks';
import type { FillState } from '../../lib/popup/popup-state';

interface Props {
  fill: FillState;
  ready: number;
  needsYou: number;
  onFill: () => void;
  onUndo: () => void;
  /** Move focus to the first row that needs the person. */
  onJump: () => void;
}

// After a fill: "filled 12, needs you 3, failed 1 · undone: 12 restored" (scripts and tests read this line).
function outcome(fill: Extract<FillState, { status: 'done' }>): string {
  return (
    `filled ${fill.counts.filled}, needs you ${fill.counts['needs-you']}` +
    (fill.counts.failed ? `, failed ${fill.counts.failed}` : '') +
    (fill.undone !== undefined ? ` · undone: ${fill.undone} restored` : '')
  );
}

/** Fill and Undo, always in view under the review; after a fill, focus comes back here. */
export function FillFooter({ fill, ready, needsYou, onFill, onUndo, onJump }: Props) {
  const fillButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const canUndo = fill.status === 'done' && fill.undone === undefined;
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
        {fill.status === 'done' && (
          <span class="result" data-testid="fill-result">
            {outcome(fill)}
          </span>
        )}
        {fill.status !== 'filling' && fill.status !== 'done' && `${ready} ready to fill${needsYou ? ` · ${needsYou} need you` : ''}`}
        {needsYou > 0 && fill.status !== 'filling' && (
          <>
            {' '}
            <button type="button" class="link jump" onClick={onJump}>
              Show what needs you
            </button>
          </>
        )}
      </p>
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
