import { describe, expect, it } from 'vitest';
import { batchMeanSpread, residualDepthNorms } from './experiments';

describe('batchMeanSpread', () => {
  it('the spread of the BN batch mean is ≈ 1/√(B·T)', () => {
    const T = 8;
    const res = batchMeanSpread({ Bs: [1, 2, 4, 16], T, C: 16, seed: 11, draws: 256 });
    expect(res.map((r) => r.B)).toEqual([1, 2, 4, 16]);
    for (const { B, spread } of res) {
      const expected = 1 / Math.sqrt(B * T);
      expect(spread / expected).toBeGreaterThan(0.9);
      expect(spread / expected).toBeLessThan(1.1);
    }
    // It shrinks with the batch size.
    expect(res[0].spread).toBeGreaterThan(res[3].spread * 3);
  });

  it('is deterministic for a seed', () => {
    const o = { Bs: [2, 8], T: 4, C: 6, seed: 5, draws: 32 };
    expect(batchMeanSpread(o)).toEqual(batchMeanSpread(o));
  });
});

describe('residualDepthNorms', () => {
  const layers = 48;

  it('post-LN keeps the residual RMS at ≈ 1 after every layer', () => {
    const post = residualDepthNorms({ layers, C: 32, seed: 7, placement: 'post' });
    expect(post.length).toBe(layers + 1);
    for (let l = 1; l <= layers; l++) expect(Math.abs(post[l] - 1)).toBeLessThan(1e-3);
  });

  it('pre-LN residual RMS grows roughly like √(1 + l)', () => {
    const pre = residualDepthNorms({ layers, C: 32, seed: 7, placement: 'pre' });
    expect(pre.length).toBe(layers + 1);
    expect(pre[0]).toBeGreaterThan(0.8);
    expect(pre[0]).toBeLessThan(1.2);
    expect(pre[layers]).toBeGreaterThan(pre[layers / 2]);
    expect(pre[layers / 2]).toBeGreaterThan(pre[layers / 4]);
    for (const l of [12, 24, 48]) {
      const ratio = pre[l] / Math.sqrt(1 + l);
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.25);
    }
  });

  it('is deterministic and shares h₀ between placements; cheap at the largest size', () => {
    const a = residualDepthNorms({ layers: 10, C: 16, seed: 3, placement: 'pre' });
    expect(Array.from(residualDepthNorms({ layers: 10, C: 16, seed: 3, placement: 'pre' }))).toEqual(Array.from(a));
    const b = residualDepthNorms({ layers: 10, C: 16, seed: 3, placement: 'post' });
    expect(b[0]).toBe(a[0]);
    // A shorter stack is a prefix of a longer one.
    const short = residualDepthNorms({ layers: 4, C: 16, seed: 3, placement: 'pre' });
    expect(Array.from(short)).toEqual(Array.from(a.slice(0, 5)));
    const big = residualDepthNorms({ layers: 96, C: 64, seed: 1, placement: 'pre' });
    expect(big.every(Number.isFinite)).toBe(true);
  });
});
