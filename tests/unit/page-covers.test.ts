import { describe, expect, it } from 'vitest';
import type { Box } from '../../lib/fields/clip-chain';
import { coveredWherever, type FrameScroll } from '../../lib/fields/page-covers';

/**
 * The page's boxes over a frame stay put over its viewport while the frame's document scrolls: a control under them
 * is hidden only if they cover its centre at every place the fill brings a control to (0.5, 0.12, 0.88, 0.3, 0.7 of
 * the height, then centred both ways), as far as the document scrolls. A 800x600 viewport throughout.
 */
const view = (y: number, maxY: number, x = 0, maxX = 0): FrameScroll => ({ x, y, maxX, maxY, width: 800, height: 600 });
const band = (top: number, bottom: number, left = 0, right = 800): Box => ({ left, top, right, bottom });

describe('page covers wherever the frame scrolls (coveredWherever)', () => {
  it.each<[string, { x: number; y: number }, FrameScroll, Box[], boolean]>([
    ['a document that cannot scroll: covered where it is', { x: 400, y: 500 }, view(0, 0), [band(450, 600)], true],
    ['a document that cannot scroll, the centre beside the box', { x: 400, y: 400 }, view(0, 0), [band(450, 600)], false],
    ['a box over the bottom: scrolled up to the middle, it shows', { x: 400, y: 500 }, view(0, 2000), [band(450, 600)], false],
    ['a box over the top: the document is at its top, the control can only go up, under the box', { x: 400, y: 300 }, view(0, 2000), [band(0, 400)], true],
    ['the same box, the document scrolled down a little: scrolled back up, it comes out at the bottom', { x: 400, y: 300 }, view(200, 2000), [band(0, 400)], false],
    ['a box over the bottom, the document at its end: the control cannot rise any more', { x: 400, y: 500 }, view(2000, 2000), [band(450, 600)], true],
    ['two boxes each leaving a place the other covers: covered at every place together', { x: 400, y: 500 }, view(0, 2000), [band(0, 450), band(500, 600)], true],
    ['a box over the left column, the document scrolled sideways: the last look centres the control, out from under it', { x: 100, y: 300 }, view(0, 0, 400, 800), [band(0, 600, 0, 300)], false],
    ['the same box, a document no wider than its viewport: covered', { x: 100, y: 300 }, view(0, 0, 0, 0), [band(0, 600, 0, 300)], true],
  ])('%s', (_name, at, scroll, covers, expected) => {
    expect(coveredWherever(at, scroll, covers)).toBe(expected);
  });
});
