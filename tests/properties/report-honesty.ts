import { readCurrentValue } from '../../lib/fields/current-value';
import { cleanLabel } from '../../lib/fields/text-normalize';
import type { FillReport } from '../../lib/fill/fill-report';
import type { FillPlan } from '../../lib/plan/fill-plan';

// Kinds whose reviewed value is exactly what the page shows afterwards (for a choice: the option's text).
const EXACT = new Set(['text', 'textarea', 'select', 'radio-group']);

/**
 * A field reported filled shows what the review said it would: "the review said No, the page got Yes, the
 * report said filled" is a lie this catches (two options sharing a value, a radio ticked by the wrong label).
 */
export function checkReportHonest(report: FillReport, plan: FillPlan, elements: ReadonlyMap<string, Element[]>): string[] {
  const steps = new Map(plan.steps.map((s) => [s.fieldId, s]));
  const out: string[] = [];
  for (const r of report.results) {
    const step = steps.get(r.fieldId);
    if (r.status !== 'filled' || step?.action !== 'fill' || !EXACT.has(step.kind)) continue;
    const els = elements.get(r.fieldId) ?? [];
    const select = els[0]?.tagName === 'SELECT' ? (els[0] as HTMLSelectElement) : null;
    // A multiple select's choice is its selected options (happy-dom reports selectedIndex -1 for them).
    const shown = select?.multiple
      ? Array.from(select.options).filter((o) => o.selected).map((o) => cleanLabel(o.text)).join('; ')
      : cleanLabel(readCurrentValue(step.kind, els));
    if (shown !== cleanLabel(step.value)) out.push(`report: ${r.fieldId} reported filled with "${step.value}" but the page shows "${shown}"`);
  }
  return out;
}
