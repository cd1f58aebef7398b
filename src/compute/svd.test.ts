import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svd, lowRank, cumulativeEnergy, truncationError, rankForEnergy, frobenius } from './svd';

interface Case {
  name: string;
  m: number;
  n: number;
  a: number[];
  s: number[];
  truncRelErr?: number[];
}
const fx = JSON.parse(readFileSync(join(__dirname, '../../tests/fixtures/svd.json'), 'utf8')) as { cases: Case[] };

/** U diag(S) Vt */
function reconstruct(d: ReturnType<typeof svd>): Float64Array {
  return lowRank(d, d.p);
}

/** max |XᵀX − I| for the p columns of X [rows×p] (column-major via accessor) */
function orthErr(get: (r: number, k: number) => number, rows: number, p: number): number {
  let worst = 0;
  for (let a = 0; a < p; a++)
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let r = 0; r < rows; r++) s += get(r, a) * get(r, b);
      worst = Math.max(worst, Math.abs(s - (a === b ? 1 : 0)));
    }
  return worst;
}

describe('svd (one-sided Jacobi) against torch.linalg.svd', () => {
  for (const c of fx.cases) {
    it(`${c.name}: singular values, reconstruction, orthogonality`, () => {
      const d = svd(c.a, c.m, c.n);
      const p = Math.min(c.m, c.n);
      expect(d.p).toBe(p);
      const smax = c.s[0] || 1;
      for (let i = 0; i < p; i++) expect(Math.abs(d.S[i] - c.s[i])).toBeLessThan(1e-11 * smax + 1e-12);
      for (let i = 1; i < p; i++) expect(d.S[i]).toBeLessThanOrEqual(d.S[i - 1]);
      const rec = reconstruct(d);
      const fro = frobenius(c.a) || 1;
      let err = 0;
      for (let i = 0; i < rec.length; i++) err += (rec[i] - c.a[i]) ** 2;
      expect(Math.sqrt(err) / fro).toBeLessThan(1e-12);
      expect(orthErr((r, k) => d.U[r * p + k], c.m, p)).toBeLessThan(1e-10);
      expect(orthErr((r, k) => d.Vt[k * c.n + r], c.n, p)).toBeLessThan(1e-10);
    });
  }

  it('repeated singular values: the three equal ones come out equal', () => {
    const c = fx.cases.find((x) => x.name.startsWith('repeated'))!;
    const d = svd(c.a, c.m, c.n);
    expect(d.S[0] - d.S[2]).toBeLessThan(1e-6);
    expect(Math.abs(d.S[3] - 1)).toBeLessThan(1e-6);
  });

  it('rank-deficient and rank-1 matrices: trailing singular values vanish', () => {
    const r3 = fx.cases.find((x) => x.name.startsWith('rank-deficient'))!;
    const d3 = svd(r3.a, r3.m, r3.n);
    for (let i = 3; i < d3.p; i++) expect(d3.S[i] / d3.S[0]).toBeLessThan(1e-13);
    expect(rankForEnergy(d3.S, 1)).toBe(3);
    const r1 = fx.cases.find((x) => x.name.startsWith('rank 1'))!;
    const d1 = svd(r1.a, r1.m, r1.n);
    expect(truncationError(d1.S, 1)).toBeLessThan(1e-13);
  });

  it('Eckart–Young: rank-r error from the spectrum equals ‖A − A_r‖_F/‖A‖_F (torch U,S,Vh)', () => {
    for (const c of fx.cases.filter((x) => x.truncRelErr)) {
      const d = svd(c.a, c.m, c.n);
      const fro = frobenius(c.a);
      for (let r = 0; r <= d.p; r++) {
        expect(Math.abs(truncationError(d.S, r) - c.truncRelErr![r])).toBeLessThan(1e-9);
        if (r % 7 === 0 || r === d.p) {
          const ar = lowRank(d, r);
          let e = 0;
          for (let i = 0; i < ar.length; i++) e += (c.a[i] - ar[i]) ** 2;
          expect(Math.abs(Math.sqrt(e) / fro - c.truncRelErr![r])).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('energy curve and effective rank', () => {
    const e = cumulativeEnergy([3, 4]);
    expect(Array.from(e)).toEqual([0, 9 / 25, 1]);
    expect(rankForEnergy([3, 4], 0.3)).toBe(1);
    expect(rankForEnergy([3, 4], 0.9)).toBe(2);
    expect(rankForEnergy([0, 0], 0.9)).toBe(0);
    expect(truncationError([0, 0], 1)).toBe(0);
    const dec = fx.cases.find((x) => x.name.startsWith('64x256 decaying'))!;
    // σᵢ = 0.7^i: energy of the first r = 1 − 0.49^r (to 1e-6, input rounded to 1e-7)
    const d = svd(dec.a, dec.m, dec.n);
    const ce = cumulativeEnergy(d.S);
    for (const r of [1, 2, 5, 10]) expect(Math.abs(ce[r] - (1 - 0.49 ** r) / (1 - 0.49 ** 64))).toBeLessThan(1e-6);
  });

  it('rejects a wrong length; lowRank clamps r', () => {
    expect(() => svd([1, 2, 3], 2, 2)).toThrow(/2×2/);
    const d = svd([1, 2, 3, 4], 2, 2);
    expect(Array.from(lowRank(d, 99)).map((x) => +x.toFixed(12))).toEqual([1, 2, 3, 4]);
    expect(Array.from(lowRank(d, -1))).toEqual([0, 0, 0, 0]);
  });

  it('is fast enough for 64×256 (measured, not asserted)', () => {
    const c = fx.cases.find((x) => x.name === '64x256 gaussian')!;
    const t = performance.now();
    const d = svd(c.a, c.m, c.n);
    const ms = performance.now() - t;
    console.log(`svd 64×256 gaussian: ${ms.toFixed(1)} ms, ${d.sweeps} sweeps`);
    expect(d.sweeps).toBeLessThan(30);
  });
});
