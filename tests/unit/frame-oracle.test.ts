import { describe, expect, it } from 'vitest';
import type { FieldDescriptor } from '../../lib/fields/field-descriptor';
import type { FrameFacts } from '../../lib/page/frame-choice';
import { judgeFrames, type FramePlace, type JudgedPage } from '../properties/frame-oracle';
import type { TabFrame } from '../properties/frame-render';

const field: FieldDescriptor = {
  id: 'email', kind: 'text', tag: 'input', type: 'email', name: 'email', domId: 'email', autocomplete: '', labels: [], section: '', sectionNote: '',
  groupIndex: 0, options: [], required: false, forbidden: null, currentValue: '', accept: '',
};
const top: JudgedPage = { d: { id: 0, kind: 'top', origin: 'same' }, fields: [field], frame: { id: 0, token: 't0', width: 1280, height: 900, top: true, seen: 'unknown' } };
const framePage = (d: Omit<TabFrame, 'id'>, seen: FrameFacts['seen'], place: FramePlace): JudgedPage => ({
  d: { id: 1, ...d },
  fields: [field],
  frame: { id: 1, token: 't1', width: 800, height: 380, top: false, seen },
  place,
});
const inView = { inView: true, overlaps: [] };
const below = { inView: false, overlaps: [] };
const bar = { inView: true, overlaps: ['<div style="position:absolute;top:0;right:0"> 200x60'] };

const looked = (page: JudgedPage, second: FrameFacts['seen']): JudgedPage => ({ ...page, second });

describe("the fuzz oracle for frames (tests/properties/frame-oracle.ts), Fill's second look included", () => {
  it.each([
    ['a transparent embed of another origin below the fold', framePage({ kind: 'transparent', origin: 'cross' }, 'unknown', below)],
    ['a covered embed of another origin below the fold', framePage({ kind: 'covered', origin: 'cross' }, 'unknown', below)],
    ['a covered frame of the same origin below the fold', framePage({ kind: 'covered', origin: 'same' }, 'unknown', below)],
  ])('%s: offered while nothing could tell, so Fill must refuse it', (_name, frame) => {
    expect(judgeFrames([top, looked(frame, 'no')]).violations).toEqual([]);
    for (const second of ['yes', 'unknown'] as const) expect(judgeFrames([top, looked(frame, second)]).violations).toEqual([expect.stringMatching(/offered for review and Fill would fill it/)]);
    // With no second look at all (a frame offered as seen), nothing stops the fill.
    expect(judgeFrames([top, frame]).violations).toHaveLength(1);
  });

  it.each([
    ['a visible embed of another origin below the fold', framePage({ kind: 'visible', origin: 'cross' }, 'unknown', below)],
    ['a cornered embed of another origin below the fold', framePage({ kind: 'cornered', origin: 'cross' }, 'unknown', below)],
    ['a half transparent frame of the same origin below the fold', framePage({ kind: 'half', origin: 'same' }, 'unknown', below)],
  ])('%s: a person sees it, so Fill must not refuse it', (_name, frame) => {
    expect(judgeFrames([top, looked(frame, 'yes')]).violations).toEqual([]);
    expect(judgeFrames([top, looked(frame, 'no')]).violations).toEqual([expect.stringMatching(/refused at Fill/)]);
  });

  it.each([
    ['a cornered embed of another origin, refused', framePage({ kind: 'cornered', origin: 'cross' }, 'no', bar)],
    ['a half transparent embed of another origin, refused', framePage({ kind: 'half', origin: 'cross' }, 'no', inView)],
    ['a visible embed of another origin refused with nothing over it', framePage({ kind: 'visible', origin: 'cross' }, 'no', inView)],
    ['a transparent embed of another origin in view, offered as seen', framePage({ kind: 'transparent', origin: 'cross' }, 'yes', inView)],
  ])('a counterexample, no known gap any more: %s', (_name, frame) => {
    expect(judgeFrames([top, frame]).violations).toEqual([expect.stringMatching(/^frames: frame 1/)]);
  });

  it('a frame the generator drew seen and offered, or unseen and refused, is no violation', () => {
    expect(judgeFrames([top, framePage({ kind: 'visible', origin: 'cross' }, 'yes', inView), framePage({ kind: 'covered', origin: 'cross' }, 'no', inView)]).violations).toEqual([]);
  });
});
