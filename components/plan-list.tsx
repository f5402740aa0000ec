import type { PlanStep } from '../lib/plan/fill-plan';

/** What will go where: each planned field with its value, or why it needs the user. */
export function PlanList({ steps }: { steps: readonly PlanStep[] }) {
  const shown = steps.filter((s) => s.action !== 'skip');
  if (!shown.length) return <p class="muted">No fields this profile can answer on this page.</p>;
  return (
    <ul class="plan">
      {shown.map((s) => (
        <li key={s.fieldId} class={`step ${s.action}`} data-field-id={s.fieldId} title={s.reason}>
          <span class="label">{s.label}</span>
          <span class="value">{s.action === 'fill' ? s.value : 'needs you'}</span>
        </li>
      ))}
    </ul>
  );
}
