import { executePlan } from '../fill/execute-plan';
import type { FieldSnapshot } from '../fill/field-snapshot';
import type { FillReport } from '../fill/fill-report';
import { restoreFields } from '../fill/undo-fill';
import { collectPage, type CollectedPage } from '../page/collect-page';
import type { Box } from '../fields/clip-chain';
import { markPageCovers } from '../fields/page-covers';
import { collectElements } from '../fields/control-groups';
import type { FieldDescriptor } from '../fields/field-descriptor';
import { showInTab } from '../page/second-look';
import type { FillPlan } from '../plan/fill-plan';
import type { StoredFileBytes } from '../fill/fill-file';
import { highlightReport, clearHighlights } from '../fill/highlight-fields';
import type { UndoResult, UndoState } from './content-protocol';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One frame's state between the popup's requests: the elements behind the last collect and what the fills changed.
 * The undo record lives here until the page unloads, so Undo works from a popup opened later and after the
 * shortcut's fill. DOM nodes and the old values stay here; only counts, labels and reasons leave.
 */
export function createContentSession(doc: Document, readFile: (key: string) => Promise<StoredFileBytes | null>) {
  let elements = new Map<string, Element[]>();
  let fields: readonly FieldDescriptor[] = [];
  let snapshots: FieldSnapshot[] = [];
  /** Where the page around this frame covers it, as of the last collect (frame coordinates; none when unknown). */
  let covers: readonly Box[] = [];
  /** The elements each recorded field was filled through (a later collect may rebuild `elements`). */
  const filledThrough = new Map<string, Element[]>();
  const url = () => doc.location?.href ?? '';

  return {
    /** `pageCovers`: where the page around the frame lays something over it (lib/page/iframe-judge.ts). */
    collect(pageCovers: readonly Box[] = []): CollectedPage {
      const collected = collectPage(doc, url());
      elements = collected.elements;
      fields = collected.page.fields;
      covers = pageCovers;
      markPageCovers(collected.page.fields, elements, covers);
      return collected.page;
    },
    /** The elements behind the last collect, by field id (they stay in the frame). */
    elements: (): ReadonlyMap<string, Element[]> => elements,
    /** The fields of the last collect. */
    fields: (): readonly FieldDescriptor[] => fields,
    /** Bring a field into the tab's view (Fill's second look, lib/page/second-look.ts): only once the person pressed Fill. */
    showField(fieldId: string): Promise<boolean> {
      const el = elements.get(fieldId)?.[0];
      const kind = fields.find((f) => f.id === fieldId)?.kind;
      return el && kind ? showInTab(el, kind) : Promise.resolve(false);
    },
    /** The page's covers measured again with the frame in view (at Fill's second look): the fill keeps clear of them. */
    coveredBy(pageCovers: readonly Box[]): void {
      covers = pageCovers;
    },
    async fill(plan: FillPlan): Promise<FillReport> {
      // Find the elements again so ids point at today's ones even if the page re-rendered since the review (only the
      // elements: the fill checks what it needs on them itself, so labels and styles are not read again).
      elements = collectElements(doc);
      const { report, snapshots: touched } = await executePlan(plan, { elements, wait, readFile, covers });
      snapshots = [...snapshots, ...touched];
      for (const s of touched) filledThrough.set(s.fieldId, elements.get(s.fieldId) ?? []);
      highlightReport(report, elements);
      return report;
    },
    /** What an Undo would put back: how many fields, and which. */
    undoState(): UndoState {
      return { fields: snapshots.length, labels: snapshots.map((s) => s.label) };
    },
    async undo(): Promise<UndoResult> {
      // The elements each field was filled through; where the page rendered them anew since, the ones under its id now.
      const live = snapshots.some((s) => !filledThrough.get(s.fieldId)?.every((el) => el.isConnected)) ? collectElements(doc) : null;
      const els = new Map(snapshots.map((s) => [s.fieldId, filledThrough.get(s.fieldId)?.every((el) => el.isConnected) ? filledThrough.get(s.fieldId)! : (live?.get(s.fieldId) ?? [])]));
      const outcome = await restoreFields(snapshots, els, wait);
      // Lists only the page's own script can empty stay recorded: the popup has them cleared there, then asks again.
      const again = new Set(outcome.failed.filter((f) => f.clearInPage).map((f) => f.fieldId));
      snapshots = snapshots.filter((s) => again.has(s.fieldId));
      for (const id of filledThrough.keys()) if (!again.has(id)) filledThrough.delete(id);
      clearHighlights(doc);
      return outcome;
    },
  };
}
