import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerFrameId } from '../../lib/extension/frame-id';
import { collectFrames, fillTab } from '../../lib/extension/tab-client';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { FrameFacts } from '../../lib/page/frame-choice';

/** A tab's frames as content scripts answer a broadcast collect: the first unskipped frame with a form replies. */
function tabWith(frames: FrameFacts[]) {
  const asked: unknown[] = [];
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((_tab: number, message: unknown, options?: { frameId?: number }) => {
    asked.push(options ? { message, options } : message);
    const { type, skip = [] } = message as { type: string; skip?: string[] };
    if (type !== 'applyfill:collect') return Promise.resolve({ ok: true, value: { filledIn: options?.frameId } });
    const frame = frames.find((f) => !skip.includes(f.token));
    return Promise.resolve(frame ? { ok: true, value: { url: 'https://boards.greenhouse.io/embed/job_app', fields: [], frame } } : undefined);
  });
  return { asked, send };
}
const frame = (id: number): FrameFacts => ({ id, token: `t${id}`, width: 800, height: 900, top: false, seen: 'unknown' });

afterEach(() => vi.restoreAllMocks());

describe('asking every frame of a tab, without webNavigation (lib/extension/tab-client.ts)', () => {
  it('asks again, skipping the frames that answered, until none answers: n forms, n + 1 asks', async () => {
    const { asked } = tabWith([frame(4), frame(9)]);
    const pages = await collectFrames(1);
    expect(pages.map((p) => p.frame?.id)).toEqual([4, 9]);
    expect(asked).toEqual([
      { type: 'applyfill:collect', skip: [] },
      { type: 'applyfill:collect', skip: ['t4'] },
      { type: 'applyfill:collect', skip: ['t4', 't9'] },
    ]);
  });

  it('a page full of frames is asked about 12 at most', async () => {
    const { asked } = tabWith(Array.from({ length: 30 }, (_, i) => frame(i + 1)));
    expect(await collectFrames(1)).toHaveLength(12);
    expect(asked).toHaveLength(12);
  });

  it('fill goes to the snapshot\'s frame alone', async () => {
    const { asked } = tabWith([]);
    const snapshot = { frame: frame(9) } as PageSnapshot;
    await fillTab(1, snapshot, { url: 'u', ats: null, profileId: 'p', steps: [] });
    expect(asked).toEqual([{ message: expect.objectContaining({ type: 'applyfill:fill' }), options: { frameId: 9 } }]);
  });
});

describe('a content script learns its frame id from the background (lib/extension/frame-id.ts)', () => {
  it('answers a frame of a tab with its frame id, and nothing else', async () => {
    await expect(answerFrameId({ type: 'applyfill:frame-id' }, { tab: {}, frameId: 7 })).resolves.toBe(7);
    expect(answerFrameId({ type: 'applyfill:frame-id' }, { frameId: 0 })).toBeUndefined();
    expect(answerFrameId({ type: 'something-else' }, { tab: {}, frameId: 7 })).toBeUndefined();
  });
});
