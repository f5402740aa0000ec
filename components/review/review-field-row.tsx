import { plannedValue } from '../../lib/plan/fill-plan';
import type { ReviewField } from '../../lib/review/review-fields';
import { RememberToggle } from './remember-toggle';

export interface ReviewFieldActions {
  setValue: (fieldId: string, value: string) => void;
  setEnabled: (fieldId: string, enabled: boolean) => void;
  setOverwrite: (fieldId: string, overwrite: boolean) => void;
  setRemember?: (fieldId: string, on: boolean) => void;
}

// Text edits go into state on every keystroke (onInput), not on blur: a click on Fill right after typing must
// already see the new value.
function ValueEditor({ field, id, onValue }: { field: ReviewField; id: string; onValue: (v: string) => void }) {
  const { step } = field;
  const disabled = !field.enabled;
  const value = plannedValue(step);
  if (step.kind === 'file') return <span class="file-name">{step.action === 'fill' ? step.value : 'no file stored'}</span>;
  if (field.choices.length) {
    return (
      <select id={id} value={value} disabled={disabled} onChange={(e) => onValue(e.currentTarget.value)}>
        <option value="">{step.action === 'fill' ? '' : 'Choose…'}</option>
        {field.choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  if (field.multiline) {
    return <textarea id={id} rows={3} value={value} disabled={disabled} placeholder="needs you" onInput={(e) => onValue(e.currentTarget.value)} />;
  }
  return <input id={id} type="text" value={value} disabled={disabled} placeholder="needs you" onInput={(e) => onValue(e.currentTarget.value)} />;
}

/** One planned field: tick to include, the value (editable), the page label it matched, and why. */
export function ReviewFieldRow({ field, actions }: { field: ReviewField; actions: ReviewFieldActions }) {
  const { step } = field;
  const id = `value-${step.fieldId}`;
  const state = !field.enabled ? 'off' : step.action;
  return (
    <li class={`review-field state-${state}`} data-field-id={step.fieldId}>
      <div class="review-head">
        <input
          type="checkbox"
          id={`use-${step.fieldId}`}
          checked={field.enabled}
          aria-label={`Fill “${step.label}”`}
          onChange={(e) => actions.setEnabled(step.fieldId, e.currentTarget.checked)}
        />
        <label for={id}>{step.label}</label>
        {step.action === 'needs-you' && field.enabled && <span class="tag needs-you">needs you</span>}
        {field.edited && <span class="tag edited">edited</span>}
      </div>
      <ValueEditor field={field} id={id} onValue={(v) => actions.setValue(step.fieldId, v)} />
      {field.currentValue && (
        <label class="overwrite">
          <input type="checkbox" checked={field.overwrite} onChange={(e) => actions.setOverwrite(step.fieldId, e.currentTarget.checked)} />
          Replace “{field.currentValue}” already in the field
        </label>
      )}
      {field.remember && field.enabled && (
        <RememberToggle fieldId={step.fieldId} label={field.remember.label} on={field.remember.on} onChange={(on) => actions.setRemember?.(step.fieldId, on)} />
      )}
      <p class="reason">{step.reason}</p>
    </li>
  );
}
