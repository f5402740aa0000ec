import type { FillReport } from '../fill/fill-report';
import type { PageSnapshot } from '../page/analyze-page';
import type { PlanEdits } from '../plan/fill-plan';
import { planForSnapshot } from '../plan/plan-for-snapshot';
import type { Profile } from '../profile/profile-schema';
import { lastReportItem } from './report-store';
import { fillTab } from './tab-client';

/**
 * Plan with the user's edits, fill, and keep the report with each step's timing: the one path behind the popup's
 * Fill button and the keyboard shortcut.
 */
export async function fillWithReview(tabId: number, snapshot: PageSnapshot, profile: Profile, edits: PlanEdits): Promise<FillReport> {
  const t0 = performance.now();
  const plan = planForSnapshot(snapshot, profile, edits);
  const planMs = performance.now() - t0;
  const report = await fillTab(tabId, plan);
  const { collectMs, classifyMs } = snapshot.timings;
  const full = { ...report, timings: { collectMs, classifyMs, planMs, fillMs: report.ms } };
  await lastReportItem.setValue(full);
  return full;
}
