import { executePlan } from '../fill/execute-plan';
import type { FieldSnapshot } from '../fill/field-snapshot';
import type { FillReport } from '../fill/fill-report';
import { undoFill } from '../fill/undo-fill';
import { collectPage, type CollectedPage } from '../page/collect-page';
import type { FillPlan } from '../plan/fill-plan';
import type { StoredFileBytes } from '../fill/fill-file';
import { highlightReport, clearHighlights } from '../fill/highlight-fields';
import type { UndoResult } from './content-protocol';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One frame's state between the popup's requests: the elements behind the last collect and what the last fill
 * changed. DOM nodes stay here; only snapshots and reports leave.
 */
export function createContentSession(doc: Document, readFile: (key: string) => Promise<StoredFileBytes | null>) {
  let elements = new Map<string, Element[]>();
  let snapshots: FieldSnapshot[] = [];
  const url = () => doc.location?.href ?? '';

  return {
    collect(): CollectedPage {
      const collected = collectPage(doc, url());
      elements = collected.elements;
      return collected.page;
    },
    async fill(plan: FillPlan): Promise<FillReport> {
      // Collect again so ids point at today's elements even if the page re-rendered since the review.
      elements = collectPage(doc, url()).elements;
      const { report, snapshots: touched } = await executePlan(plan, { elements, wait, readFile });
      snapshots = [...snapshots, ...touched];
      highlightReport(report, elements);
      return report;
    },
    async undo(): Promise<UndoResult> {
      const failed = await undoFill(snapshots, elements, wait);
      const restored = snapshots.length - failed.length;
      snapshots = [];
      clearHighlights(doc);
      return { restored, failed };
    },
  };
}
