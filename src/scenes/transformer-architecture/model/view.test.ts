import { describe, expect, it } from 'vitest';
import { argmaxRow, headLines, meanEntropy, meanRms, rowEntropy, softmax, topK } from './view';

describe('attention summaries', () => {
  it('entropy: one-hot 0, uniform ln n', () => {
    expect(rowEntropy([1, 0, 0])).toBe(0);
    expect(rowEntropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    expect(meanEntropy([[1], [0.5, 0.5]])).toBeCloseTo(Math.log(2) / 2, 12);
    expect(meanEntropy([])).toBe(0);
  });
  it('argmax, lines with focus, rms, softmax, top-k', () => {
    expect(argmaxRow([0.1, 0.7, 0.2])).toEqual({ j: 1, w: 0.7 });
    const a = [[1, 0], [0.3, 0.7]];
    expect(headLines(a, 0.02)).toHaveLength(3);
    expect(headLines(a, 0.02, 1)).toEqual([{ i: 1, j: 0, w: 0.3 }, { i: 1, j: 1, w: 0.7 }]);
    expect(headLines(a, 0.02, 0, 'key')).toEqual([{ i: 0, j: 0, w: 1 }, { i: 1, j: 0, w: 0.3 }]);
    expect(meanRms([[3, 4, 0, 0]])).toBeCloseTo(2.5, 12);
    const p = softmax([0, Math.log(3)]);
    expect(p[1]).toBeCloseTo(0.75, 12);
    expect(topK([0.1, 0.6, 0.3], 2).map((x) => x.id)).toEqual([1, 2]);
  });
});
