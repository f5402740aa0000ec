import { describe, expect, it } from 'vitest';
import { answerContentMessage, unwrapReply, type ContentHandlers } from '../../lib/extension/content-protocol';
import type { FillReport } from '../../lib/fill/fill-report';

const report: FillReport = { url: 'https://x.test/', results: [], counts: { filled: 1, skipped: 0, 'needs-you': 0, failed: 0 }, ms: 3 };
const plan = { url: 'https://x.test/', ats: null, profileId: 'p', steps: [] };

function handlers(fill: ContentHandlers['applyfill:fill']): ContentHandlers {
  return {
    'applyfill:collect': () => undefined,
    'applyfill:show-field': ({ fieldId }) => Promise.resolve({ shown: fieldId === 'f1' }),
    'applyfill:seen-now': ({ around }) => Promise.resolve(around?.length ? { seen: 'no', why: around[0]!.hidden ?? '' } : { seen: 'unknown' }),
    'applyfill:fill': fill,
    'applyfill:undo': () => Promise.resolve({ restored: 2, failed: [] }),
    'applyfill:undo-state': () => Promise.resolve({ fields: 2, labels: ['A', 'B'] }),
  };
}

describe('the content script wraps every answer in one envelope', () => {
  it('a reply travels as a value', async () => {
    await expect(answerContentMessage({ type: 'applyfill:fill', plan }, handlers(() => Promise.resolve(report)))).resolves.toEqual({ ok: true, value: report });
    await expect(answerContentMessage({ type: 'applyfill:undo', url: 'u' }, handlers(() => undefined))).resolves.toEqual({ ok: true, value: { restored: 2, failed: [] } });
    await expect(answerContentMessage({ type: 'applyfill:undo-state', url: 'u' }, handlers(() => undefined))).resolves.toEqual({ ok: true, value: { fields: 2, labels: ['A', 'B'] } });
  });

  it("Fill's second look: the field to show and the top page's judgement reach the frame checked", async () => {
    await expect(answerContentMessage({ type: 'applyfill:show-field', url: 'u', fieldId: 'f1' }, handlers(() => undefined))).resolves.toEqual({ ok: true, value: { shown: true } });
    const view = { index: 0, src: 'https://e.test/', width: 400, height: 300, hidden: 'covered by div#c', shown: false, covers: [] };
    await expect(answerContentMessage({ type: 'applyfill:seen-now', url: 'u', around: [view] }, handlers(() => undefined))).resolves.toEqual({ ok: true, value: { seen: 'no', why: 'covered by div#c' } });
    await expect(answerContentMessage({ type: 'applyfill:seen-now', url: 'u' }, handlers(() => undefined))).resolves.toEqual({ ok: true, value: { seen: 'unknown' } });
    // A malformed second look is refused with what is wrong, never answered as "seen".
    await expect(answerContentMessage({ type: 'applyfill:show-field', url: 'u' }, handlers(() => undefined))).resolves.toEqual({ ok: false, error: expect.stringContaining('fieldId: expected a string') });
    await expect(answerContentMessage({ type: 'applyfill:seen-now', url: 'u', around: [{ ...view, width: 'wide' }] }, handlers(() => undefined))).resolves.toEqual({ ok: false, error: expect.stringContaining('around') });
  });

  it('a fill that throws travels as its error, never as a report', async () => {
    const answer = answerContentMessage({ type: 'applyfill:fill', plan }, handlers(() => Promise.reject(new TypeError('selectedOptions is undefined'))));
    await expect(answer).resolves.toEqual({ ok: false, error: 'selectedOptions is undefined' });
  });

  it('a malformed request gets an error naming what is wrong, not silence', async () => {
    const answer = answerContentMessage({ type: 'applyfill:fill', plan: { ...plan, steps: 'all' } }, handlers(() => Promise.resolve(report)));
    await expect(answer).resolves.toEqual({ ok: false, error: expect.stringContaining('plan.steps: expected a list') });
  });

  it('a frame without an answer stays silent, so another frame can answer', () => {
    expect(answerContentMessage({ type: 'applyfill:collect' }, handlers(() => undefined))).toBeUndefined();
  });
});

describe('the envelope is opened in one place', () => {
  it('gives the value, or null when no frame answered', () => {
    expect(unwrapReply('applyfill:fill', { ok: true, value: report })).toBe(report);
    expect(unwrapReply('applyfill:collect', undefined)).toBeNull();
  });

  it('turns an error envelope into an error that says what failed', () => {
    expect(() => unwrapReply('applyfill:fill', { ok: false, error: 'boom' })).toThrow('Filling the form failed on the page: boom');
    expect(() => unwrapReply('applyfill:undo', { ok: false, error: 'gone' })).toThrow('Undoing the fill failed on the page: gone');
  });

  it('refuses a reply in any other shape instead of passing it on as a report', () => {
    expect(() => unwrapReply('applyfill:fill', { error: 'old style' })).toThrow('Filling the form: the page answered something Applyfill cannot read');
    expect(() => unwrapReply('applyfill:fill', report)).toThrow(/cannot read/);
  });
});
