import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../lib/extension/content-messages';

const step = {
  fieldId: '#email', name: 'email', domId: 'email', role: 'email', kind: 'text', label: 'Email', action: 'fill', value: 'a@b.c', reason: 'r',
};
const fill = (over: object) => ({ type: 'applyfill:fill', plan: { url: 'https://x.test/', ats: null, profileId: 'p', steps: [{ ...step, ...over }] } });

describe('messages the content script accepts', () => {
  it('accepts collect, undo and a well-formed fill, keeping newer optional keys of a step', () => {
    expect(parseContentRequest({ type: 'applyfill:collect' })).toEqual({ ok: true, request: { type: 'applyfill:collect' } });
    expect(parseContentRequest({ type: 'applyfill:collect', skip: ['a'] })).toEqual({ ok: true, request: { type: 'applyfill:collect', skip: ['a'] } });
    expect(parseContentRequest({ type: 'applyfill:undo', url: 'https://x.test/' }).ok).toBe(true);
    expect(parseContentRequest(fill({ action: 'needs-you', value: undefined })).ok).toBe(true);
    const parsed = parseContentRequest(fill({ kind: 'combobox', typed: 'Yes', candidates: ['Yes'], futureKey: 1 }));
    expect(parsed.ok && parsed.request.type === 'applyfill:fill' && parsed.request.plan.steps[0]).toMatchObject({ candidates: ['Yes'], futureKey: 1 });
  });

  it.each([
    ['a string', 'hello', 'message: expected an object'],
    ['an unknown type', { type: 'applyfill:submit' }, 'type: unknown request "applyfill:submit"'],
    ['undo without url', { type: 'applyfill:undo' }, 'url: expected a string'],
    ['frames to skip that are not names', { type: 'applyfill:collect', skip: [3] }, 'skip: expected a list of strings'],
    ['a fill without steps', { type: 'applyfill:fill', plan: { url: 'u', ats: null, profileId: 'p' } }, 'plan.steps: expected a list'],
    ['a role that is not text', fill({ role: 7 }), 'plan.steps.0.role: expected a string'],
    ['an unknown kind', fill({ kind: 'submit' }), 'plan.steps.0.kind: not a known control kind'],
    ['an unknown action', fill({ action: 'submit' }), 'plan.steps.0.action: expected fill, skip or needs-you'],
    ['a value of the wrong type', fill({ value: 42 }), 'plan.steps.0.value: expected a string'],
    ['candidates not strings', fill({ kind: 'combobox', typed: 'Yes', candidates: [1] }), 'plan.steps.0.candidates: expected a list of strings'],
    ['a select without its option value', fill({ kind: 'select' }), 'plan.steps.0.optionValue: expected a string for a select'],
    ['a file without a stored file key', fill({ kind: 'file', fileKey: '' }), 'plan.steps.0.fileKey: expected the key of a stored file'],
    ['a combobox without what to type', fill({ kind: 'combobox', candidates: [] }), 'plan.steps.0.typed: expected a string for a combobox'],
    ['an entry without its parts', fill({ kind: 'add-entry', parts: [{ key: 'school' }] }), 'plan.steps.0.parts: expected a list of {key, text} for an entry'],
    ['a skipped step that carries a value', fill({ action: 'skip' }), 'plan.steps.0.value: only a filled step carries it, this one is skip'],
    ['a needs-you step that carries an option', fill({ action: 'needs-you', value: undefined, optionValue: 'x' }), 'plan.steps.0.optionValue: only a filled step carries it, this one is needs-you'],
  ])('refuses %s, naming the path and the problem', (_name, message, error) => {
    expect(parseContentRequest(message)).toEqual({ ok: false, error });
  });
});
