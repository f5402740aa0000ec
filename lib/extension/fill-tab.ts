import { ADAPTERS } from '../ats/detect-ats';
import type { FillReport } from '../fill/fill-report';
import type { PageSnapshot } from '../page/analyze-page';
import type { PlanEdits } from '../plan/fill-plan';
import { planForSnapshot } from '../plan/plan-for-snapshot';
import { planForPage, withPlanReasons } from '../plan/page-plan';
import type { Profile } from '../profile/profile-schema';
import { recordFill } from './application-log-store';
import { lastReportItem } from './report-store';
import { fillTab, lookAgain } from './tab-client';

/** Why Fill wrote nothing in a frame its second look found hidden (tab-client.ts `lookAgain`). */
export const hiddenAtFill = (why = 'transparent, filtered or covered') =>
  `Nothing was filled: the page hides this form, ${why}. Applyfill looked at the form again, in view, when you pressed Fill.`;

/** A fill's report, and what became of its entry in the application log (a log problem never fails the fill). */
export interface LoggedFillReport extends FillReport {
  log: { ok: true; url: string; dropped: number } | { ok: false; message: string };
}

/**
 * Plan with the user's edits, fill, and record the application in the log: the one path behind the popup's Fill
 * button and the keyboard shortcut. The report carries each step's timing; `keepLastReport` stores it.
 */
export async function fillWithReview(tabId: number, snapshot: PageSnapshot, profile: Profile, edits: PlanEdits): Promise<LoggedFillReport> {
  const t0 = performance.now();
  const plan = planForSnapshot(snapshot, profile, edits);
  const planMs = performance.now() - t0;
  // Nothing of the profile goes to a frame a second look finds hidden.
  const look = await lookAgain(tabId, snapshot, plan);
  if (look?.seen === 'no') throw new Error(hiddenAtFill(look.why));
  const report = withPlanReasons(await fillTab(tabId, snapshot, planForPage(plan)), plan);
  const { collectMs, classifyMs } = snapshot.timings;
  const full = { ...report, timings: { collectMs, classifyMs, planMs, fillMs: report.ms } };
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
  return { ...full, log: await logged };
}

/**
 * Keep a fill's full report for the demo and the scripts (nothing in the product reads it back). Not part of the
 * fill: storing a 2,000-field report takes about 0.3 s, so the popup stores it once the result is on screen.
 */
export const keepLastReport = (report: FillReport): Promise<void> => lastReportItem.setValue(report);
