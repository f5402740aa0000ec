import type { FillReport } from '../fill/fill-report';
import type { FillPlan, PlanStep } from './fill-plan';

/**
 * What of a plan may reach the page. Reasons are written for the person in the popup and may quote the profile
 * ("no option fits "Germany""); a step that is not filled carries no value, and its reason stays behind too. The
 * page gets a neutral word, and the report that comes back gets the popup's own reasons again.
 */
const PAGE_REASON: Record<'skip' | 'needs-you', string> = { skip: 'not filled', 'needs-you': 'needs you' };

export function planForPage(plan: FillPlan): FillPlan {
  return { ...plan, steps: plan.steps.map((s): PlanStep => (s.action === 'fill' ? s : { ...s, reason: PAGE_REASON[s.action] })) };
}

/** The report with each field that was not filled explained by the plan's reason, as the popup wrote it. */
export function withPlanReasons(report: FillReport, plan: FillPlan): FillReport {
  const reasons = new Map(plan.steps.filter((s) => s.action !== 'fill').map((s) => [s.fieldId, s.reason]));
  return { ...report, results: report.results.map((r) => (reasons.has(r.fieldId) ? { ...r, reason: reasons.get(r.fieldId)! } : r)) };
}
