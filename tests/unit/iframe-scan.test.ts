import { describe, expect, it } from 'vitest';
import { scanPlaces } from '../../lib/page/iframe-scan';

/** Whether the screens at `places` (and at `from`) show every part of every extent once. */
const coverAll = (extents: { top: number; bottom: number }[], places: number[], from: number, viewport: number) =>
  extents.every(({ top, bottom }) => {
    for (let y = top; y < bottom; y++) if (![from, ...places].some((p) => p <= y && y < p + viewport)) return false;
    return true;
  });

describe('the places the page is scrolled to at Fill to judge its iframes whole (lib/page/iframe-scan.ts)', () => {
  it.each([
    ['an embed as tall as the viewport, in view', [{ top: 0, bottom: 900 }], 0, 2000, []],
    ['a tall embed at the top: more screens down to the end of the page', [{ top: 0, bottom: 2600 }], 0, 1700, [720, 1440, 1700]],
    ['an embed below the fold, the page at its top', [{ top: 1500, bottom: 2700 }], 0, 1800, [1500, 1800]],
    ['two embeds a screen apart share no place they need not', [{ top: 100, bottom: 500 }, { top: 600, bottom: 800 }], 0, 5000, []],
    ['a page scrolled halfway already counts where it is', [{ top: 0, bottom: 1800 }], 900, 900, [0]],
  ])('%s', (_name, extents, from, maxScroll, expected) => {
    const places = scanPlaces(extents, 900, maxScroll, from);
    expect(places).toEqual(expected);
    expect(coverAll(extents, places, from, 900)).toBe(true);
  });

  it('stops at a bound on a page of very many or very tall frames, never past the end of the page', () => {
    const places = scanPlaces([{ top: 0, bottom: 100_000 }], 900, 99_100, 0);
    expect(places.length).toBeLessThanOrEqual(16);
    expect(Math.max(...places)).toBeLessThanOrEqual(99_100);
  });
});
