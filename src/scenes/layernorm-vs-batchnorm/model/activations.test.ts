import { describe, expect, it } from 'vitest';
import { featureStats, makeActivations, populationStd, sampleLength } from './activations';

const base = { B: 6, T: 10, C: 8, seed: 7, pad: 0, outlier: 1 };

describe('makeActivations', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = makeActivations(base);
    const b = makeActivations(base);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    const c = makeActivations({ ...base, seed: 8 });
    expect(Array.from(c.x)).not.toEqual(Array.from(a.x));
    expect(a.x.length).toBe(6 * 10 * 8);
    expect(a.x.every(Number.isFinite)).toBe(true);
  });

  it('pads with exact zero vectors at the end, lengths ≥ 1, mask matches lengths', () => {
    for (const pad of [0, 0.2, 0.5, 0.8]) {
      const { x, lengths, mask } = makeActivations({ ...base, B: 16, pad });
      for (let b = 0; b < 16; b++) {
        expect(lengths[b]).toBeGreaterThanOrEqual(1);
        expect(lengths[b]).toBeLessThanOrEqual(base.T);
        if (pad === 0) expect(lengths[b]).toBe(base.T);
        for (let t = 0; t < base.T; t++) {
          expect(mask[b * base.T + t]).toBe(t < lengths[b] ? 1 : 0);
          const row = Array.from(x.slice((b * base.T + t) * base.C, (b * base.T + t + 1) * base.C));
          if (t >= lengths[b]) expect(row.every((v) => v === 0)).toBe(true);
          else expect(row.some((v) => v !== 0)).toBe(true);
        }
      }
    }
  });

  it('the mean padded fraction follows pad and lengths vary', () => {
    const B = 400;
    const T = 20;
    const { lengths } = makeActivations({ ...base, B, T, pad: 0.4 });
    const padded = lengths.reduce((s, L) => s + (T - L), 0) / (B * T);
    expect(padded).toBeGreaterThan(0.35);
    expect(padded).toBeLessThan(0.45);
    expect(new Set(lengths).size).toBeGreaterThan(3);
    expect(sampleLength(8, 0.8, 0.999)).toBe(1);
  });

  it('same base for different pad: real tokens are unchanged', () => {
    const a = makeActivations(base);
    const p = makeActivations({ ...base, pad: 0.6 });
    for (let i = 0; i < base.B * base.T; i++) {
      if (!p.mask[i]) continue;
      for (let c = 0; c < base.C; c++) expect(p.x[i * base.C + c]).toBe(a.x[i * base.C + c]);
    }
  });

  it('outlier scales only sample 0 (its real tokens)', () => {
    const a = makeActivations({ ...base, pad: 0.3 });
    const o = makeActivations({ ...base, pad: 0.3, outlier: 10 });
    const n0 = base.T * base.C;
    for (let i = 0; i < n0; i++) expect(o.x[i]).toBeCloseTo(a.x[i] * 10, 4);
    expect(Array.from(o.x.slice(n0))).toEqual(Array.from(a.x.slice(n0)));
    expect(Array.from(o.lengths)).toEqual(Array.from(a.lengths));
  });

  it('first samples do not change when B grows', () => {
    const small = makeActivations({ ...base, B: 2, pad: 0.3 });
    const big = makeActivations({ ...base, B: 9, pad: 0.3 });
    expect(Array.from(big.x.slice(0, small.x.length))).toEqual(Array.from(small.x));
    expect(Array.from(big.lengths.slice(0, 2))).toEqual(Array.from(small.lengths));
  });

  it('has per-feature offsets and scales (BN and LN see different structure)', () => {
    const s = featureStats(8, 7);
    expect(s.sigma.every((v) => v >= 0.4 && v <= 2.2)).toBe(true);
    expect(Math.max(...s.mu) - Math.min(...s.mu)).toBeGreaterThan(1);
    // Empirical per-feature mean/std over many tokens ≈ μ_c and the population std.
    const B = 200;
    const { x } = makeActivations({ ...base, B });
    const pop = populationStd(s);
    for (let c = 0; c < 8; c++) {
      let m = 0;
      let v = 0;
      const n = B * base.T;
      for (let i = 0; i < n; i++) m += x[i * 8 + c];
      m /= n;
      for (let i = 0; i < n; i++) v += (x[i * 8 + c] - m) ** 2;
      expect(m).toBeCloseTo(s.mu[c], 0);
      expect(Math.sqrt(v / n) / pop[c]).toBeGreaterThan(0.9);
      expect(Math.sqrt(v / n) / pop[c]).toBeLessThan(1.1);
    }
  });
});
