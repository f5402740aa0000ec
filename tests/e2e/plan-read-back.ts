import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { FillReport } from '../../lib/fill/fill-report';
import type { FillStep, PlanStep } from '../../lib/plan/fill-plan';
import { matchOption } from '../../lib/plan/option-match';
import { matchPlace } from '../../lib/plan/place-match';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import type { Profile } from '../../lib/profile/profile-schema';
import { getExtensionStorage } from '../../scripts/harness/extension-storage';
import { fillFromPopup, openPopupFor } from '../../scripts/harness/popup';
import { readBack, snapshotFromPopup } from '../../scripts/harness/read-back';

/** Does what the page shows fit the step? Exactly the planned text, or for widgets the plan's own matcher. */
export function fits(step: FillStep, shown: string): boolean {
  if (step.kind === 'combobox' || step.kind === 'autocomplete') {
    const option = [{ value: shown, text: shown }];
    return shown !== '' && (step.place ? matchPlace(option, step.place) : matchOption(option, step.candidates)).kind === 'one';
  }
  return shown === step.value;
}

export interface Filled {
  steps: PlanStep[];
  report: FillReport;
  shown: Record<string, string>;
  byId: Record<string, FillReport['results'][number]>;
  popup: Page;
}

/**
 * Fill from the popup (left open, for Undo) and hold the page to the plan: every value reported filled is what the
 * page shows, read back without the extension's code; every other field shows nothing.
 */
export async function fillAndReadBack(
  context: BrowserContext,
  extensionId: string,
  tab: Page,
  planned: Profile,
  /** Hidden boxes the page's own widgets write (Workable's dropdown keeps its choice in one). */
  pageOwned: readonly string[] = [],
): Promise<Filled> {
  const frame: Frame | Page = tab;
  const popup = await openPopupFor(context, extensionId, tab);
  const snapshot = await snapshotFromPopup(popup);
  const plan = planForSnapshot(snapshot, planned);
  expect(await fillFromPopup(popup)).toMatch(/^filled \d+, needs you \d+/);
  const report = (await getExtensionStorage(context, ['lastFillReport'])).lastFillReport as FillReport;
  const shown = await readBack(frame, plan.steps);
  const byId = Object.fromEntries(report.results.map((r) => [r.fieldId, r]));
  for (const step of plan.steps) {
    const now = shown[step.fieldId]!;
    if (now === '(unaddressable)' || pageOwned.includes(step.fieldId)) continue;
    if (step.action === 'fill') {
      expect(fits(step, now), `${step.fieldId} (${step.label}) shows "${now}", planned "${step.value}"`).toBe(true);
      expect(byId[step.fieldId], step.fieldId).toMatchObject({ status: 'filled', value: now });
    } else {
      expect(now, `${step.fieldId} (${step.label}) was not to be filled: ${step.reason}`).toBe('');
    }
  }
  return { steps: plan.steps, report, shown, byId, popup };
}
