import { ADAPTERS } from '../ats/detect-ats';
import type { FillReport } from '../fill/fill-report';
import type { PageSnapshot } from '../page/analyze-page';
import type { PlanEdits } from '../plan/fill-plan';
import { planForSnapshot } from '../plan/plan-for-snapshot';
import { planForPage, withPlanReasons } from '../plan/page-plan';
import type { Profile } from '../profile/profile-schema';
import { recordFill } from './application-log-store';
import { lastReportItem } from './report-store';
import { fillTab } from './tab-client';

/** A fill's report, and what became of its entry in the application log (a log problem never fails the fill). */
export interface LoggedFillReport extends FillReport {
  log: { ok: true; url: string; dropped: number } | { ok: false; message: string };
}

/**
 * Plan with the user's edits, fill, keep the report with each step's timing, and record the application in the
 * log: the one path behind the popup's Fill button and the keyboard shortcut.
 */
export async function fillWithReview(tabId: number, snapshot: PageSnapshot, profile: Profile, edits: PlanEdits): Promise<LoggedFillReport> {
  const t0 = performance.now();
  const plan = planForSnapshot(snapshot, profile, edits);
  const planMs = performance.now() - t0;
  const report = withPlanReasons(await fillTab(tabId, snapshot, planForPage(plan)), plan);
  const { collectMs, classifyMs } = snapshot.timings;
  const full = { ...report, timings: { collectMs, classifyMs, planMs, fillMs: report.ms } };
  // The report is stored while the log is written (two keys): a 2,000-field report takes a while to store.
  const stored = lastReportItem.setValue(full);
  const facts = {
    url: snapshot.url,
    company: snapshot.job.company,
    title: snapshot.job.title,
    ats: ADAPTERS.find((a) => a.id === snapshot.ats)?.name ?? '',
    profile: { id: profile.id, label: profile.label },
    counts: report.counts,
  };
  const logged = recordFill(facts).then(
    ({ entry, dropped }) => ({ ok: true as const, url: entry.url, dropped }),
    (error: Error) => ({ ok: false as const, message: `The fill was not recorded in the application log: ${error.message}` }),
  );
  const [, log] = await Promise.all([stored, logged]);
  return { ...full, log };
}
