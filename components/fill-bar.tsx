import type { FieldStatus } from '../lib/fill/fill-report';

export type FillState =
  | { status: 'idle' }
  | { status: 'filling' }
  | { status: 'done'; counts: Record<FieldStatus, number>; undone?: number }
  | { status: 'error'; message: string };

interface Props {
  fill: FillState;
  onFill: () => void;
  onUndo: () => void;
}

/** Fill, what it did ("filled N, needs you M"), and Undo once there is something to undo. */
export function FillBar({ fill, onFill, onUndo }: Props) {
  return (
    <div class="fill-bar">
      <button type="button" class="fill primary" onClick={onFill} disabled={fill.status === 'filling'}>
        Fill
      </button>
      {fill.status === 'done' && fill.undone === undefined && (
        <button type="button" class="undo" onClick={onUndo}>
          Undo
        </button>
      )}
      {fill.status === 'filling' && <p role="status">Filling…</p>}
      {fill.status === 'error' && (
        <p role="alert" class="error">
          {fill.message}
        </p>
      )}
      {fill.status === 'done' && (
        <p role="status" class="result" data-testid="fill-result">
          filled {fill.counts.filled}, needs you {fill.counts['needs-you']}
          {fill.counts.failed ? `, failed ${fill.counts.failed}` : ''}
          {fill.undone !== undefined ? ` · undone: ${fill.undone} restored` : ''}
        </p>
      )}
    </div>
  );
}
