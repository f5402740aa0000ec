import { CONTROL_KINDS, isChoiceKind, isSearchKind, type ControlKind } from '../fields/field-descriptor';
import type { FillPlan, PlanStep } from '../plan/fill-plan';
import type { IframeView } from '../page/iframe-judge';
import type { ContentRequest } from './content-protocol';

/**
 * The guard on what reaches a tab's content scripts (the map of messages is in content-protocol.ts). Hand-written,
 * not zod: this module is in the always-on content script, where every kilobyte is paid on every page. Unknown
 * extra keys are kept, so a newer plan field is never silently dropped on its way to the fill.
 */
export type RequestCheck = { ok: true; request: ContentRequest } | { ok: false; error: string };

const KIND_SET: ReadonlySet<string> = new Set(CONTROL_KINDS);
const ACTIONS: ReadonlySet<string> = new Set(['fill', 'skip', 'needs-you']);
const FILL_ONLY = ['value', 'optionValue', 'optionIndex', 'candidates', 'typed', 'place', 'fileKey', 'parts', 'overwrite'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

class Refused extends Error {}
function need(condition: boolean, path: string, problem: string): asserts condition {
  if (!condition) throw new Refused(`${path}: ${problem}`);
}

function checkStep(raw: unknown, path: string): PlanStep {
  need(isObj(raw), path, 'expected an object');
  for (const key of ['fieldId', 'name', 'domId', 'label', 'reason'] as const) need(isStr(raw[key]), `${path}.${key}`, 'expected a string');
  // The role is only carried into the report (the fill acts on kind and value), so a string is enough here; the
  // role vocabulary stays out of the always-on bundle.
  need(isStr(raw.role), `${path}.role`, 'expected a string');
  need(isStr(raw.kind) && KIND_SET.has(raw.kind), `${path}.kind`, 'not a known control kind');
  need(isStr(raw.action) && ACTIONS.has(raw.action), `${path}.action`, 'expected fill, skip or needs-you');
  if (raw.action !== 'fill') {
    // Nothing of the profile travels for a field that is not filled.
    for (const key of FILL_ONLY) need(raw[key] === undefined, `${path}.${key}`, `only a filled step carries it, this one is ${raw.action}`);
    return raw as unknown as PlanStep;
  }
  need(isStr(raw.value), `${path}.value`, 'expected a string');
  need(raw.overwrite === undefined || typeof raw.overwrite === 'boolean', `${path}.overwrite`, 'expected true or false');
  const kind = raw.kind as ControlKind;
  if (isChoiceKind(kind)) {
    need(isStr(raw.optionValue), `${path}.optionValue`, `expected a string for a ${kind}`);
    need(Number.isInteger(raw.optionIndex) && (raw.optionIndex as number) >= 0, `${path}.optionIndex`, `expected the option's place in the list for a ${kind}`);
  }
  if (kind === 'file') need(isStr(raw.fileKey) && raw.fileKey !== '', `${path}.fileKey`, 'expected the key of a stored file');
  if (isSearchKind(kind)) {
    need(isStr(raw.typed), `${path}.typed`, `expected a string for a ${kind}`);
    need(Array.isArray(raw.candidates) && raw.candidates.every(isStr), `${path}.candidates`, 'expected a list of strings');
    need(raw.place === undefined || isObj(raw.place), `${path}.place`, 'expected an object');
  }
  if (kind === 'add-entry') {
    const parts = raw.parts;
    need(Array.isArray(parts) && parts.every((p) => isObj(p) && isStr(p.key) && isStr(p.text)), `${path}.parts`, 'expected a list of {key, text} for an entry');
  }
  return raw as unknown as PlanStep;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBox = (v: unknown): boolean => isObj(v) && isNum(v.left) && isNum(v.top) && isNum(v.right) && isNum(v.bottom);

/** The top page's judgement of its iframes (lib/page/iframe-judge.ts), as the popup passes it on. */
export function checkIframeViews(raw: unknown, path = 'around'): IframeView[] {
  need(Array.isArray(raw), path, 'expected a list');
  raw.forEach((v, i) => {
    need(isObj(v), `${path}.${i}`, 'expected an object');
    need(v.index === null || (Number.isInteger(v.index) && (v.index as number) >= 0), `${path}.${i}.index`, 'expected a frame index or null');
    need(isStr(v.src) && isNum(v.width) && isNum(v.height), `${path}.${i}`, 'expected src, width and height');
    need(v.hidden === null || isStr(v.hidden), `${path}.${i}.hidden`, 'expected a reason or null');
    need(typeof v.shown === 'boolean', `${path}.${i}.shown`, 'expected true or false');
    need(Array.isArray(v.covers) && v.covers.every(isBox), `${path}.${i}.covers`, 'expected a list of boxes');
  });
  return raw as IframeView[];
}

/** `checkIframeViews` for the popup's side: the list, or null when `raw` is not one. */
export function readIframeViews(raw: unknown): IframeView[] | null {
  try {
    return checkIframeViews(raw);
  } catch (error) {
    if (error instanceof Refused) return null;
    throw error;
  }
}

function checkPlan(raw: unknown): FillPlan {
  need(isObj(raw), 'plan', 'expected an object');
  need(isStr(raw.url), 'plan.url', 'expected a string');
  // Any string: the ATS list stays out of the always-on bundle, and the fill does not act on it.
  need(raw.ats === null || isStr(raw.ats), 'plan.ats', 'expected a string or null');
  need(isStr(raw.profileId), 'plan.profileId', 'expected a string');
  need(Array.isArray(raw.steps), 'plan.steps', 'expected a list');
  raw.steps.forEach((step, i) => checkStep(step, `plan.steps.${i}`));
  return raw as unknown as FillPlan;
}

export function parseContentRequest(message: unknown): RequestCheck {
  try {
    need(isObj(message), 'message', 'expected an object');
    switch (message.type) {
      case 'applyfill:collect': {
        const { skip, around } = message;
        need(skip === undefined || (Array.isArray(skip) && skip.every(isStr)), 'skip', 'expected a list of strings');
        return {
          ok: true,
          request: { type: 'applyfill:collect', ...(skip ? { skip } : {}), ...(around === undefined ? {} : { around: checkIframeViews(around) }) },
        };
      }
      case 'applyfill:fill':
        return { ok: true, request: { type: 'applyfill:fill', plan: checkPlan(message.plan) } };
      case 'applyfill:show-field':
        need(isStr(message.url), 'url', 'expected a string');
        need(isStr(message.fieldId), 'fieldId', 'expected a string');
        return { ok: true, request: { type: 'applyfill:show-field', url: message.url, fieldId: message.fieldId } };
      case 'applyfill:seen-now': {
        const { url, around } = message;
        need(isStr(url), 'url', 'expected a string');
        return { ok: true, request: { type: 'applyfill:seen-now', url, ...(around === undefined ? {} : { around: checkIframeViews(around) }) } };
      }
      case 'applyfill:undo':
      case 'applyfill:undo-state':
        need(isStr(message.url), 'url', 'expected a string');
        return { ok: true, request: { type: message.type, url: message.url } };
      default:
        return { ok: false, error: `type: unknown request ${JSON.stringify(message.type)}` };
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}
