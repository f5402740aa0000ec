import { CONTROL_KINDS } from '../fields/field-descriptor';
import type { FillPlan, PlanStep } from '../plan/fill-plan';

/**
 * What the popup and background may ask a tab's content scripts. Checked on arrival by a hand-written guard, not by
 * zod: this module is in the always-on content script, where every kilobyte is paid on every page. Unknown extra
 * keys are kept, so a newer plan field is never silently dropped on its way to the fill.
 */
export type ContentRequest =
  | { type: 'applyfill:collect' }
  | { type: 'applyfill:fill'; plan: FillPlan }
  | { type: 'applyfill:undo'; url: string };

export type RequestCheck = { ok: true; request: ContentRequest } | { ok: false; error: string };

const KIND_SET: ReadonlySet<string> = new Set(CONTROL_KINDS);
const ACTIONS: ReadonlySet<string> = new Set(['fill', 'skip', 'needs-you']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

class Refused extends Error {}
function need(condition: boolean, path: string, problem: string): asserts condition {
  if (!condition) throw new Refused(`${path}: ${problem}`);
}

function checkStep(raw: unknown, path: string): PlanStep {
  need(isObj(raw), path, 'expected an object');
  for (const key of ['fieldId', 'name', 'domId', 'label', 'value', 'reason'] as const) need(isStr(raw[key]), `${path}.${key}`, 'expected a string');
  // The role is only carried into the report (the fill acts on kind and value), so a string is enough here; the
  // role vocabulary stays out of the always-on bundle.
  need(isStr(raw.role), `${path}.role`, 'expected a string');
  need(isStr(raw.kind) && KIND_SET.has(raw.kind), `${path}.kind`, 'not a known control kind');
  need(isStr(raw.action) && ACTIONS.has(raw.action), `${path}.action`, 'expected fill, skip or needs-you');
  for (const key of ['optionValue', 'fileKey'] as const) need(raw[key] === undefined || isStr(raw[key]), `${path}.${key}`, 'expected a string');
  need(raw.overwrite === undefined || typeof raw.overwrite === 'boolean', `${path}.overwrite`, 'expected true or false');
  need(raw.candidates === undefined || (Array.isArray(raw.candidates) && raw.candidates.every(isStr)), `${path}.candidates`, 'expected a list of strings');
  return raw as unknown as PlanStep;
}

function checkPlan(raw: unknown): FillPlan {
  need(isObj(raw), 'plan', 'expected an object');
  need(isStr(raw.url), 'plan.url', 'expected a string');
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
      case 'applyfill:collect':
        return { ok: true, request: { type: 'applyfill:collect' } };
      case 'applyfill:fill':
        return { ok: true, request: { type: 'applyfill:fill', plan: checkPlan(message.plan) } };
      case 'applyfill:undo':
        need(isStr(message.url), 'url', 'expected a string');
        return { ok: true, request: { type: 'applyfill:undo', url: message.url } };
      default:
        return { ok: false, error: `type: unknown request ${JSON.stringify(message.type)}` };
    }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    throw error;
  }
}
