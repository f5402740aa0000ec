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

describe('the fuzz oracle for frames (tests/properties/frame-oracle.ts): known gaps apart, anything else a counterexample', () => {
  it.each([
    ['gap 1: a transparent embed of another origin below the fold, offered', framePage({ kind: 'transparent', origin: 'cross' }, 'unknown', below), 'gap 1: transparent'],
    ['gap 2: a cornered embed of another origin, refused', framePage({ kind: 'cornered', origin: 'cross' }, 'no', bar), 'gap 2: cornered'],
    ['gap 3: a half transparent embed of another origin, refused', framePage({ kind: 'half', origin: 'cross' }, 'no', inView), 'gap 3: half'],
    ['gap 4 (F14): a covered frame of the same origin below the fold, offered', framePage({ kind: 'covered', origin: 'same' }, 'yes', below), 'gap 4: covered'],
    ['gap 4 (F14): a covered embed of another origin below the fold, offered as seen', framePage({ kind: 'covered', origin: 'cross' }, 'yes', below), 'gap 4: covered'],
  ])('%s', (_name, frame, gap) => {
    expect(judgeFrames([top, frame])).toMatchObject({ violations: [], gaps: [gap] });
    const strict = judgeFrames([top, frame], true);
    expect(strict.gaps).toEqual([]);
    expect(strict.violations).toEqual([expect.stringMatching(new RegExp(`known gap ${gap[4]}`))]);
  });

  it.each([
    ['a transparent embed of another origin in view, offered', framePage({ kind: 'transparent', origin: 'cross' }, 'unknown', inView), /offered/],
    ['a visible embed of another origin refused with nothing over it', framePage({ kind: 'visible', origin: 'cross' }, 'no', inView), /refused/],
    ['a cornered frame of the same origin refused', framePage({ kind: 'cornered', origin: 'same' }, 'no', bar), /refused/],
    ['a transparent frame of the same origin below the fold, offered', framePage({ kind: 'transparent', origin: 'same' }, 'unknown', below), /offered/],
  ])('not a known gap: %s', (_name, frame, what) => {
    const verdicts = judgeFrames([top, frame]);
    expect(verdicts.gaps).toEqual([]);
    expect(verdicts.violations).toEqual([expect.stringMatching(what)]);
    expect(verdicts.violations[0]).not.toMatch(/known gap/);
  });

  it('a frame the generator drew seen and offered, or unseen and refused, is no violation', () => {
    expect(judgeFrames([top, framePage({ kind: 'visible', origin: 'cross' }, 'yes', inView), framePage({ kind: 'covered', origin: 'cross' }, 'no', inView)])).toMatchObject({ violations: [], gaps: [] });
  });
});
