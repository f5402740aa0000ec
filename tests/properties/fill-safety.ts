import { Window } from 'happy-dom';
import { executePlan } from '../../lib/fill/execute-plan';
import { undoFill } from '../../lib/fill/undo-fill';
import { analyzePage } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileFor, readFile } from './case-profile';
import { describeChange, readState, type ControlState } from './control-state';
import type { FormCase } from './form-spec';
import { applyLateChanges } from './late-changes';
import { renderForm, type RenderedControl } from './render-form';
import { watchSubmits } from './submit-watch';

const wait = () => Promise.resolve();

/** What one case did, for the fuzz script's statistics. */
export interface CaseOutcome {
  fields: number;
  filled: number;
  restored: number;
  forbidden: number;
  /** Why each forbidden control was forbidden, so a test can check the generator reached every kind. */
  forbiddenReasons: string[];
}

function label(c: RenderedControl): string {
  return `${c.el.outerHTML.slice(0, 120)}${c.forbidden ? ` [${c.forbidden}]` : ''}`;
}

function check(violations: string[], phase: string, controls: RenderedControl[], before: ControlState[], which: (c: RenderedControl) => boolean, rule: string) {
  controls.forEach((c, i) => {
    if (!which(c)) return;
    const change = describeChange(before[i]!, readState(c.el));
    if (change) violations.push(`${phase}: ${rule}: ${label(c)}: ${change}`);
  });
}

/**
 * The safety properties for one generated page, on the real pipeline (analyzePage → planForSnapshot →
 * executePlan → undoFill) in a fresh happy-dom window. Throws with every violation found.
 */
export async function checkFillSafety(spec: FormCase): Promise<CaseOutcome> {
  const window = new Window({ url: spec.url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    const doc = window.document as unknown as Document;
    doc.write('<!doctype html><html><head><title>Apply</title></head><body></body></html>');
    const controls = renderForm(doc, spec);
    const submits = watchSubmits(doc);

    const { snapshot, elements } = analyzePage(doc, spec.url);
    const edits: PlanEdits = {};
    for (const e of spec.edits) {
      const field = snapshot.fields[e.at % Math.max(snapshot.fields.length, 1)];
      if (!field) continue;
      edits[field.id] = { ...(e.value !== null ? { value: e.value } : {}), ...(e.enabled !== null ? { enabled: e.enabled } : {}), overwrite: e.overwrite };
    }
    const plan = planForSnapshot(snapshot, profileFor(spec.profile), edits);
    applyLateChanges(spec, controls);

    // A field the person told to overwrite may lose its old value; every other value they entered stays.
    const overwritten = new Set(Object.entries(edits).filter(([, e]) => e.overwrite).flatMap(([id]) => elements.get(id) ?? []));
    const before = controls.map((c) => readState(c.el));
    const violations: string[] = [];

    const { report, snapshots } = await executePlan(plan, { elements, wait, readFile });
    check(violations, 'fill', controls, before, (c) => c.forbidden !== null, 'changed a forbidden control');
    check(violations, 'fill', controls, before, (c) => c.holdsUserValue && !c.forbidden && !overwritten.has(c.el), 'changed a value the person entered');
    if (submits.events.length) violations.push(`fill: submitted: ${submits.events.join('; ')}`);

    const notRestored = await undoFill(snapshots, elements, wait);
    if (notRestored.length) violations.push(`undo: reported not restored: ${notRestored.join(', ')}`);
    check(violations, 'undo', controls, before, () => true, 'did not restore the control exactly');
    if (submits.events.length) violations.push(`undo: submitted: ${submits.events.join('; ')}`);

    if (violations.length) {
      throw new Error(`${violations.length} violation(s):\n  ${violations.join('\n  ')}\npage:\n${doc.body.innerHTML}`);
    }
    const forbiddenReasons = controls.flatMap((c) => (c.forbidden ? [c.forbidden] : []));
    return { fields: snapshot.fields.length, filled: report.counts.filled, restored: snapshots.length, forbidden: forbiddenReasons.length, forbiddenReasons };
  } finally {
    await window.happyDOM.close();
  }
}
