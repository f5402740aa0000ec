import { readCurrentValue } from '../fields/current-value';
import type { FillPlan, FillStep, SearchFillStep } from '../plan/fill-plan';
import { blockedNow } from './visible-now';
import type { Box } from '../fields/clip-chain';
import { pickOption, setChecked, tickOption } from './fill-choice';
import { COMBOBOX_TIMING, fillCombobox, type ComboboxTiming, type Wait, type Wanted } from './fill-combobox';
import { fillAutocomplete } from './fill-autocomplete';
import { widgetBudget, type WidgetBudget } from './widget-budget';
import { matchOption } from '../plan/option-match';
import { matchPlace } from '../plan/place-match';
import { putFile, type StoredFileBytes } from './fill-file';
import { countResults, type FieldResult, type FillReport } from './fill-report';
import type { FieldSnapshot } from './field-snapshot';
import { readState, stateDifference, type FieldState } from './field-state';
import { restoreFields } from './undo-fill';
import { typeValue } from './dispatch-events';
import { fillIntlPhone, isIntlTelInput } from './fill-intl-phone';
import { pressAnswer } from './press-button';
import { fillEntry } from './fill-entry';

export interface FillEnvironment {
  /** Field id → element(s), from the collect that the plan was built on. */
  elements: ReadonlyMap<string, Element[]>;
  wait: Wait;
  /** Reads a stored file's bytes (résumé); absent where no storage is reachable. */
  readFile?: (key: string) => Promise<StoredFileBytes | null>;
  now?: () => number;
  /** How long widgets may take to open and to answer a search; tests shorten it. */
  widgetTiming?: ComboboxTiming;
  /** Where the page around this frame covers it (frame coordinates): what lies under them is not filled. */
  covers?: readonly Box[];
}

type Outcome = { status: FieldResult['status']; reason: string; check?: boolean };
/** A step done at once whose outcome is known only once the page's handlers have run (a choice the page may undo). */
type Settling = { settle: () => Outcome };

/** The plan's own rule for a widget's options: the place for location widgets, exact-then-synonym otherwise. */
function wantedFor(step: SearchFillStep): Wanted {
  const { place, candidates } = step;
  return {
    typed: step.typed,
    match: (options) => (place ? matchPlace(options, place) : matchOption(options, candidates)),
  };
}

/** What the browser keeps of `value` in this box: an email or URL box drops spaces at either end (not a refusal). */
const sanitized = (el: HTMLInputElement, value: string) => (el.type === 'email' || el.type === 'url' ? value.trim() : value);

/** Steps done at once, without waiting for a widget (menus, searches, files, an entry's form) to answer. */
const AT_ONCE: ReadonlySet<FillStep['kind']> = new Set(['text', 'textarea', 'select', 'radio-group', 'checkbox-group', 'checkbox', 'button-group']);
const waitsForWidget = (step: FillStep, first: Element) => !AT_ONCE.has(step.kind) || (step.role === 'phone' && isIntlTelInput(first));

async function applyStep(step: FillStep, els: Element[], env: FillEnvironment, widgets: WidgetBudget): Promise<Outcome | Settling> {
  const first = els[0] as HTMLInputElement;
  switch (step.kind) {
    case 'text':
    case 'textarea':
      if (step.role === 'phone' && isIntlTelInput(first)) {
        const out = await fillIntlPhone(first, step.value, env.wait);
        return out.ok ? { status: 'filled', reason: `${step.reason}; ${out.how}` } : { status: 'failed', reason: out.reason };
      }
      typeValue(first, step.value);
      return first.value === step.value || first.value === sanitized(first, step.value)
        ? { status: 'filled', reason: step.reason }
        : { status: 'failed', reason: 'the page rejected the value' };
    case 'select':
    case 'radio-group':
    case 'checkbox-group': {
      const act = step.kind === 'select' ? pickOption(first as unknown as HTMLSelectElement, step) : tickOption(els as HTMLInputElement[], step);
      if (!act.ok) return { status: 'failed', reason: act.reason };
      return {
        settle: () => {
          const out = act.check();
          return out.ok ? { status: 'filled', reason: step.reason } : { status: 'failed', reason: out.reason };
        },
      };
    }
    case 'button-group': {
      const out = pressAnswer(els as HTMLElement[], step);
      return out.ok
        ? { status: 'filled', reason: `${step.reason}; pressed "${step.value}"` }
        : // Like a combobox that never opens: a row whose script does not answer is handed over, not counted as done.
          { status: 'needs-you', reason: out.reason };
    }
    case 'checkbox':
      return setChecked(first, true) ? { status: 'filled', reason: step.reason } : { status: 'failed', reason: 'could not be ticked' };
    case 'combobox':
    case 'autocomplete': {
      const out =
        step.kind === 'combobox'
          ? await fillCombobox(first, wantedFor(step), env.wait, widgets.timing())
          : await fillAutocomplete(first, wantedFor(step), step.place?.city ?? '', env.wait, widgets.timing());
      if (out.dead) widgets.sawDead();
      if (out.ok) return { status: 'filled', reason: `${step.reason}; ${out.how}`, ...(out.check ? { check: true } : {}) };
      return { status: out.needsYou ? 'needs-you' : 'failed', reason: out.reason };
    }
    case 'add-entry': {
      const out = await fillEntry(first, step, env.wait, Math.max(widgets.timing().openMs, 600));
      if (out.ok) return { status: 'filled', reason: `${step.reason}; ${out.how}`, check: true };
      return { status: out.needsYou ? 'needs-you' : 'failed', reason: out.reason };
    }
    case 'file': {
      const file = env.readFile ? await env.readFile(step.fileKey) : null;
      if (!file) return { status: 'needs-you', reason: 'the stored résumé file could not be read; attach it yourself' };
      return putFile(first, file) ? { status: 'filled', reason: step.reason } : { status: 'failed', reason: 'the page refused the file' };
    }
  }
}

function preflight(step: FillStep, els: Element[] | undefined, blocked: ReadonlyMap<string, string>): Outcome | null {
  if (!els?.length || !els.every((el) => el.isConnected)) return { status: 'needs-you', reason: 'the field left the page before filling' };
  const forbidden = blocked.get(step.fieldId);
  if (forbidden) return { status: 'skipped', reason: forbidden };
  const now = readCurrentValue(step.kind, els);
  if (now.trim() && !step.overwrite) return { status: 'skipped', reason: `already holds "${now}"; kept` };
  // Text typed into a list's search box is the person's, mid-answer: the fill neither replaces nor clears it.
  const typed = step.kind === 'combobox' ? (els[0] as HTMLInputElement).value : '';
  if (typed.trim() && !step.overwrite) return { status: 'skipped', reason: `holds text you typed ("${typed}"); kept` };
  return null;
}

/** A step written and waiting for the page's turn: then its outcome is read, and what it changed recorded. */
interface Pending {
  step: FillStep;
  els: Element[];
  before: FieldState;
  result: FieldResult;
  act: Outcome | Settling;
}

/**
 * Execute a plan on the live page, recording what each control held before so undo can put it back. It only writes
 * values: it never clicks a submit button or submits a form. Plain controls are written one after another and
 * checked together after one turn of the page's event loop (its handlers may set a value back); a step that waits
 * for a widget first settles those before it, so each such step finds the page as the earlier ones left it. One
 * turn per field made a 2,000-field form take seconds: each turn lets the page lay itself out again.
 */
export async function executePlan(plan: FillPlan, env: FillEnvironment): Promise<{ report: FillReport; snapshots: FieldSnapshot[] }> {
  const now = env.now ?? (() => Date.now());
  const started = now();
  const results: FieldResult[] = [];
  const snapshots: FieldSnapshot[] = [];
  const widgets = widgetBudget(env.widgetTiming ?? COMBOBOX_TIMING);
  // The page may have changed since the review: the safety rules are checked again on the live elements, first.
  const live = plan.steps.flatMap((s) => {
    const els = env.elements.get(s.fieldId);
    return s.action === 'fill' && els?.length && els.every((el) => el.isConnected) ? [{ fieldId: s.fieldId, kind: s.kind, els }] : [];
  });
  const blocked = blockedNow(live, live[0]?.els[0]?.ownerDocument, env.covers);
  let pending: Pending[] = [];
  const settle = async () => {
    if (pending.some((p) => 'settle' in p.act)) await env.wait(0);
    const done = pending;
    pending = [];
    for (const { step, els, before, result, act } of done) {
      let outcome: Outcome;
      try {
        outcome = 'settle' in act ? act.settle() : act;
      } catch (error) {
        outcome = { status: 'failed', reason: `error while filling: ${(error as Error).message}` };
      }
      // Undo records only what the fill changed. A step that did not fill puts back at once what it changed (a
      // refused overwrite keeps the person's text); only what it could not put back is left for Undo.
      const after = readState(step.kind, els);
      let now = after;
      if (stateDifference(after, before)) {
        const snap = { fieldId: step.fieldId, label: step.label, kind: step.kind, before, after };
        const restoring = outcome.status !== 'filled';
        const kept = restoring && !(await restoreFields([snap], env.elements, env.wait)).failed.length;
        if (restoring) now = readState(step.kind, els);
        if (!kept) snapshots.push({ ...snap, after: now });
      }
      // What the field shows now, read once (a ticked box's label is looked up in the whole document).
      Object.assign(result, outcome, { value: now.shown });
    }
  };
  for (const step of plan.steps) {
    const els = env.elements.get(step.fieldId);
    const base = { fieldId: step.fieldId, name: step.name, domId: step.domId, label: step.label, role: step.role };
    if (step.action !== 'fill') {
      results.push({ ...base, status: step.action === 'skip' ? 'skipped' : 'needs-you', value: els ? readCurrentValue(step.kind, els) : '', reason: step.reason });
      continue;
    }
    const stop = preflight(step, els, blocked);
    if (stop) {
      results.push({ ...base, ...stop, value: els ? readCurrentValue(step.kind, els) : '' });
      continue;
    }
    if (waitsForWidget(step, els![0]!)) await settle();
    const before = readState(step.kind, els!);
    let act: Outcome | Settling;
    try {
      act = await applyStep(step, els!, env, widgets);
    } catch (error) {
      act = { status: 'failed', reason: `error while filling: ${(error as Error).message}` };
    }
    const result: FieldResult = { ...base, status: 'failed', reason: '', value: '' };
    results.push(result);
    pending.push({ step, els: els!, before, result, act });
  }
  await settle();
  return { report: { url: plan.url, results, counts: countResults(results), ms: now() - started }, snapshots };
}
