import type { Box } from '../../lib/fields/clip-chain';
import { markPageCovers } from '../../lib/fields/page-covers';
import { executePlan } from '../../lib/fill/execute-plan';
import { clearHighlights, highlightReport } from '../../lib/fill/highlight-fields';
import { undoFill } from '../../lib/fill/undo-fill';
import { analyzePage } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { planForPage } from '../../lib/plan/page-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { profileFor, readFile } from './case-profile';
import { describeChange, readState, type ControlState } from './control-state';
import type { FormCase } from './form-spec';
import { applyLateChanges } from './late-changes';
import { findLeaks, profileSecrets } from './leak-check';
import { probePage } from './page-probe';
import { firstDifference, serializePage } from './page-serial';
import { checkTab } from './frame-case';
import { renderTab } from './frame-render';
import type { RenderedControl } from './render-form';
import { checkReportHonest } from './report-honesty';
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
  /** Hiding shapes drawn on controls ("shape@place"), hidden or not. */
  shapes: string[];
  /** Probe records the page saw (events and mutations). */
  observed: number;
  /** A case with iframes: how many documents, which the frame choice offered and refused (at the review, at Fill), and which was filled. */
  frames?: { documents: number; offered: string[]; refused: string[]; refusedAtFill: string[]; filled: string | null };
}

/** Every option text the page's widgets can render (menus exist only while open). */
function optionWords(spec: FormCase): string {
  const words: string[] = [];
  for (const f of spec.sections.flatMap((s) => s.fields)) {
    const c = f.control;
    if (c.type === 'combobox' || c.type === 'buttons') words.push(...(c.options ?? []));
    else if ('options' in c) words.push(...c.options.map((o) => `${o.value} ${o.text}`));
  }
  return words.join('\n');
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
 * The safety properties for one generated page, on the content script's own path (analyzePage → planForSnapshot →
 * the page's copy of the plan → executePlan → highlights → undoFill → clear highlights) in `doc` (happy-dom in
 * fill-safety.ts, a real Chromium page in the Chromium run), with a page probe recording all a page script could
 * see. Throws with every violation found.
 */
export async function runCase(doc: Document, spec: FormCase, layout = false): Promise<CaseOutcome> {
  doc.body.replaceChildren();
  const tab = await renderTab(doc, spec);
  return tab.length > 1 ? checkTab(tab, spec, layout, checkDocument) : checkDocument(doc, spec, tab[0]!.controls);
}

/**
 * The properties in one document (the page, or the frame chosen among several). `elsewhere` reports what changed
 * in the tab's other documents since the collect (after the fill, after the undo): nothing may. `covers`: where the
 * page around the frame covers it (frame coordinates), from the top page's judge.
 */
export async function checkDocument(doc: Document, spec: FormCase, controls: RenderedControl[], elsewhere: (phase: string) => Promise<string[]> = () => Promise.resolve([]), covers: readonly Box[] = []): Promise<CaseOutcome> {
  const submits = watchSubmits(doc, new Set(controls.filter((c) => c.spec.control.type === 'press').map((c) => c.el)));
  const probe = probePage(doc);
  try {
    const profile = profileFor(spec.profile);

    probe.phase('collect and plan');
    const { snapshot, elements } = analyzePage(doc, spec.url);
    // What the page around the frame lays over it (the top page's judge; none in a top document), as the content script's collect marks it.
    markPageCovers(snapshot.fields, elements, covers);
    const edits: PlanEdits = {};
    for (const e of spec.edits) {
      const field = snapshot.fields[e.at % Math.max(snapshot.fields.length, 1)];
      if (!field) continue;
      edits[field.id] = { ...(e.value !== null ? { value: e.value } : {}), ...(e.enabled !== null ? { enabled: e.enabled } : {}), overwrite: e.overwrite };
    }
    const plan = planForSnapshot(snapshot, profile, edits);
    const pagePlan = planForPage(plan);
    probe.phase('late changes');
    applyLateChanges(spec, controls);
    probe.phase('fill');

    // A field the person told to overwrite may lose its old value; every other value they entered stays.
    const overwritten = new Set(Object.entries(edits).filter(([, e]) => e.overwrite).flatMap(([id]) => elements.get(id) ?? []));
    const before = controls.map((c) => readState(c.el));
    const pageBefore = serializePage(doc.body);
    const pageWords = `${pageBefore}\n${optionWords(spec)}`.toLowerCase();
    const violations: string[] = [];
    const secrets = profileSecrets(profile, plan);
    for (const s of pagePlan.steps) {
      // Label and name are the page's own words; the reason and any value are the popup's.
      const said = s.action === 'fill' ? '' : `${s.reason} ${'value' in s ? String(s.value) : ''}`.toLowerCase();
      if (secrets.some((x) => said.includes(x) && !pageWords.includes(x))) violations.push(`plan: the page's copy of a ${s.action} step quotes the profile: ${JSON.stringify(s)}`);
    }

    const { report, snapshots } = await executePlan(pagePlan, { elements, wait, readFile, covers });
    highlightReport(report, elements);
    const fieldIdOf = new Map<Element, string>();
    for (const [id, els] of elements) for (const el of els) fieldIdOf.set(el.closest('.select__container') ?? el, id);
    const status = new Map(report.results.map((r) => [r.fieldId, r.status]));
    const statusOf = (c: RenderedControl) => status.get([...elements].find(([, els]) => els.includes(c.el))?.[0] ?? '') ?? 'not collected';
    check(violations, 'fill', controls, before, (c) => c.forbidden !== null, 'changed a forbidden control');
    check(violations, 'fill', controls, before, (c) => c.holdsUserValue && !c.forbidden && !overwritten.has(c.el), 'changed a value the person entered');
    // Not filled means untouched, a refused overwrite and a failed step included: the person's value stays.
    check(violations, 'fill', controls, before, (c) => statusOf(c) !== 'filled', 'changed a control it reports as not filled');
    violations.push(...checkReportHonest(report, pagePlan, elements));
    if (submits.events.length) violations.push(`fill: submitted: ${submits.events.join('; ')}`);
    violations.push(...(await elsewhere('fill')));

    probe.phase('undo');
    const notRestored = await undoFill(snapshots, elements, wait);
    clearHighlights(doc);
    if (notRestored.length) violations.push(`undo: reported not restored: ${notRestored.join(', ')}`);
    check(violations, 'undo', controls, before, () => true, 'did not restore the control exactly');
    const pageAfter = serializePage(doc.body);
    if (pageAfter !== pageBefore) violations.push(`undo: the page differs from before the fill: ${firstDifference(pageBefore, pageAfter)}`);
    if (submits.events.length) violations.push(`undo: submitted: ${submits.events.join('; ')}`);
    violations.push(...(await elsewhere('undo')));

    probe.flush();
    const fieldOf = (el: Element | null) => {
      for (let node = el; node; node = node.parentElement) {
        const id = fieldIdOf.get(node);
        if (id) return id;
      }
      return null;
    };
    const priorValues = before.map((b) => `${b.value} ${b.shown}`).join('\n').toLowerCase();
    const leaks = findLeaks(probe.records.filter((r) => r.phase !== 'late changes'), { secrets, pageWords, priorValues, report, plan, fieldOf }, (p) => p === 'collect and plan');
    violations.push(...leaks.map((l) => `leak: ${l}`));

    if (violations.length) {
      throw new Error(`${violations.length} violation(s):\n  ${violations.join('\n  ')}\npage:\n${doc.body.innerHTML}`);
    }
    const forbiddenReasons = controls.flatMap((c) => (c.forbidden ? [c.forbidden] : []));
    return {
      fields: snapshot.fields.length,
      filled: report.counts.filled,
      restored: snapshots.length,
      forbidden: forbiddenReasons.length,
      forbiddenReasons,
      shapes: controls.flatMap((c) => c.layers.map((l) => `${l.shape}@${l.on}`)),
      observed: probe.records.length,
    };
  } finally {
    submits.stop();
    probe.stop();
  }
}
