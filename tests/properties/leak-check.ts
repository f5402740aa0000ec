import type { FillReport } from '../../lib/fill/fill-report';
import type { FillPlan, PlanStep } from '../../lib/plan/fill-plan';
import type { Profile } from '../../lib/profile/profile-schema';
import type { ProbeRecord } from './page-probe';

// Keys whose strings are bookkeeping, not something of the person's.
const NOT_PERSONAL = new Set(['id', 'label', 'kind', 'type', 'storageKey', 'schemaVersion', 'size']);
const low = (s: string) => s.trim().toLowerCase();

/** The person's strings a page must not learn unless Applyfill fills them: every profile string of 4 to 120 characters. */
export function profileSecrets(profile: Profile, plan: FillPlan): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      const s = low(v);
      if (s.length >= 4 && s.length <= 120 && !NOT_PERSONAL.has(key)) out.add(s);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(profile, '');
  // What the popup would quote in a reason ("no option fits "Germany"").
  for (const s of plan.steps) {
    for (const m of s.reason.matchAll(/"([^"]{4,120})"/g)) if (low(m[1]!).length >= 4) out.add(low(m[1]!));
  }
  return [...out];
}

export interface LeakContext {
  secrets: readonly string[];
  /** Words the page itself showed before the fill (its markup, its widgets' option lists), lower case. */
  pageWords: string;
  /** Every control's value before the fill (what undo may write back), lower case. */
  priorValues: string;
  report: FillReport;
  plan: FillPlan;
  /** The field id an element belongs to (the control, its widget, its menu), or null. */
  fieldOf: (el: Element | null) => string | null;
}

/**
 * A record without Applyfill's own fixed words (its highlight attributes' names, its state titles): a person's edit
 * "ly" or "fill" is not handed to the page by `data-applyfill`. Anything else in a title still counts.
 */
const ownWords = (text: string) =>
  text.replace(/data-applyfill[\w-]*/g, ' ').replace(/applyfill: (filled, check it|filled|needs you)( \(see the applyfill popup\))?/g, ' ');

const stepTexts = (s: PlanStep | undefined): string[] => (s?.action === 'fill' ? [s.value, 'typed' in s ? s.typed : ''].map(low).filter(Boolean) : []);

/**
 * Records that hand the page a profile string it should not have: before Fill, any; after, one that no filled
 * field carries, unless the page showed those words itself or they are the field's own approved value or search
 * text (the user approved it; typed search text is taken out again, which the state checks see).
 */
export function findLeaks(records: readonly ProbeRecord[], ctx: LeakContext, beforeFill: (phase: string) => boolean): string[] {
  const steps = new Map(ctx.plan.steps.map((s) => [s.fieldId, s]));
  const filled = ctx.report.results.filter((r) => r.status === 'filled').flatMap((r) => [low(r.value), ...stepTexts(steps.get(r.fieldId))]);
  const leaks: string[] = [];
  for (const r of records) {
    const text = ownWords(low(r.text));
    for (const s of ctx.secrets) {
      if (!text.includes(s)) continue;
      if (!r.written && ctx.pageWords.includes(s)) continue;
      if (!beforeFill(r.phase)) {
        if (filled.some((f) => f.includes(s))) continue;
        if (stepTexts(steps.get(ctx.fieldOf(r.el) ?? '')).some((t) => t.includes(s))) continue;
        if (r.written && ctx.priorValues.includes(s)) continue;
      }
      leaks.push(`${r.phase}: the page saw "${s}" (${r.text.slice(0, 100)}) on ${r.el?.outerHTML.slice(0, 80) ?? 'the document'}`);
      break;
    }
  }
  return leaks;
}
