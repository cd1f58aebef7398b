import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { paintGrid } from './canvasGrid';
import { sequential } from './colors';

/** A canvas stand-in that records fillRect calls (jsdom has no 2-D context). */
function fakeCanvas() {
  const rects: { x: number; y: number; w: number; h: number; c: string }[] = [];
  const ctx = {
    fillStyle: '',
    setTransform: () => {},
    clearRect: () => {},
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ x, y, w, h, c: this.fillStyle });
    },
  };
  const cv = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
  return { cv, rects };
}

describe('paintGrid', () => {
  it('covers the w×h area exactly once with whole-pixel cells, row-major, in the given colours', () => {
    const { cv, rects } = fakeCanvas();
    const grid = paintGrid(cv, 10, 7, 3, 4, (i, j) => `c${i}${j}`);
    expect(grid?.xs).toEqual([0, 3, 5, 8, 10]);
    expect(grid?.ys).toEqual([0, 2, 5, 7]);
    expect(rects).toHaveLength(12);
    expect(rects.reduce((a, r) => a + r.w * r.h, 0)).toBe(70);
    expect(rects[5]).toEqual({ x: 3, y: 2, w: 2, h: 3, c: 'c11' });
  });

  it('returns null without a 2-D context', () => {
    const cv = { width: 0, height: 0, getContext: () => null } as unknown as HTMLCanvasElement;
    expect(paintGrid(cv, 4, 4, 2, 2, () => '#000')).toBeNull();
  });
});

describe('sequential', () => {
  it('is cividis on [0, 1], clamped, with non-finite values at 0', () => {
    expect(sequential(0)).toBe(interpolateCividis(0));
    expect(sequential(1)).toBe(interpolateCividis(1));
    expect(sequential(0.5)).toBe(interpolateCividis(0.5));
    expect(sequential(-3)).toBe(interpolateCividis(0));
    expect(sequential(7)).toBe(interpolateCividis(1));
    expect(sequential(Number.NaN)).toBe(interpolateCividis(0));
  });
});
