import { Component } from 'preact';
import { plannedValue } from '../../lib/plan/fill-plan';
import type { ReviewRow } from '../../lib/popup/popup-data';
import { RememberToggle } from './remember-toggle';

export interface ReviewFieldActions {
  setValue: (fieldId: string, value: string) => void;
  setEnabled: (fieldId: string, enabled: boolean) => void;
  setOverwrite: (fieldId: string, overwrite: boolean) => void;
  setRemember?: (fieldId: string, on: boolean) => void;
}

// Text edits go into state on every keystroke (onInput), not on blur: a click on Fill right after typing must
// already see the new value.
function ValueEditor({ row, id, onValue }: { row: ReviewRow; id: string; onValue: (v: string) => void }) {
  const { step } = row;
  const disabled = !row.enabled;
  const value = plannedValue(step);
  if (step.kind === 'file') return <span class="value file-name">{step.action === 'fill' ? step.value : 'no file stored'}</span>;
  // A new entry is made of several boxes: what goes in is the profile's entry, edited in the options page.
  if (step.kind === 'add-entry') return <span class="value entry-text">{value || 'nothing in your profile for this entry'}</span>;
  // A choice question offers the page's own options, so an answer can only be one the form accepts.
  if (row.choices.length) {
    return (
      <select id={id} class="value" value={value} disabled={disabled} onChange={(e) => onValue(e.currentTarget.value)}>
        <option value="">{step.action === 'fill' ? '' : 'Choose…'}</option>
        {row.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  if (row.multiline) {
    return <textarea id={id} class="value" rows={3} value={value} disabled={disabled} placeholder="Your answer" onInput={(e) => onValue(e.currentTarget.value)} />;
  }
  return <input id={id} class="value" type="text" value={value} disabled={disabled} placeholder="Your answer" onInput={(e) => onValue(e.currentTarget.value)} />;
}

interface RowProps {
  row: ReviewRow;
  actions: ReviewFieldActions;
}

// Equal when every part of the row is the same value or the same list/record of values: a review is rebuilt on each
// change, and a keystroke in one row should draw that row again, not every row of a long form.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}
const sameRow = (a: ReviewRow, b: ReviewRow): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k as keyof ReviewRow], b[k as keyof ReviewRow]));
};

/** One field: tick to include, the page's label, the value (editable), why, and after a fill what happened. */
export class ReviewRowItem extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.actions !== this.props.actions || !sameRow(next.row, this.props.row);
  }
  override render({ row, actions }: RowProps) {
    return <ReviewRowView row={row} actions={actions} />;
  }
}

function ReviewRowView({ row, actions }: RowProps) {
  const { step } = row;
  const id = `value-${step.fieldId}`;
  const state = !row.enabled ? 'off' : step.action;
  // A field a person cannot see is listed so they know the page holds it; it is never filled, so nothing to change.
  if (row.hidden) {
    return (
      <li class="review-field state-hidden" data-field-id={step.fieldId}>
        <div class="review-head">
          <span class="label">{step.label}</span>
          <span class="tag hidden-tag">hidden</span>
        </div>
        <p class="reason">hidden on the page: not filled</p>
      </li>
    );
  }
  return (
    <li class={`review-field state-${state}`} data-field-id={step.fieldId}>
      <div class="review-head">
        <input
          type="checkbox"
          id={`use-${step.fieldId}`}
          checked={row.enabled}
          aria-label={`Fill “${step.label}”`}
          onChange={(e) => actions.setEnabled(step.fieldId, e.currentTarget.checked)}
        />
        <label for={id}>{step.label}</label>
        {row.edited && <span class="tag edited">edited</span>}
        {row.outcome && <span class={`tag outcome outcome-${row.outcome.status}`}>{row.outcome.status === 'skipped' ? 'kept' : row.outcome.status.replace('-', ' ')}</span>}
      </div>
      <ValueEditor row={row} id={id} onValue={(v) => actions.setValue(step.fieldId, v)} />
      {row.currentValue && (
        <label class="overwrite">
          <input type="checkbox" checked={row.overwrite} onChange={(e) => actions.setOverwrite(step.fieldId, e.currentTarget.checked)} />
          Replace “{row.currentValue}” already in the field
        </label>
      )}
      {row.remember && row.enabled && (
        <RememberToggle fieldId={step.fieldId} label={row.remember.label} on={row.remember.on} onChange={(on) => actions.setRemember?.(step.fieldId, on)} />
      )}
      <p class="reason" title={step.reason}>
        {row.outcome && row.outcome.status !== 'filled' ? row.outcome.text : row.plain}
      </p>
    </li>
  );
}
