import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseModelFile, roundToHalf } from '../../../model/format';
import { analyseMatrix, analysePicture, amplification, loraCounts, rankView } from './analysis';
import { gaussianLike, halfUlp, MATRICES, fp16NoiseFloor } from './delta';
import { makePicture } from './picture';
import { frobenius, rankForEnergy } from '../../../compute/svd';

const ROOT = join(__dirname, '../../../..');
const base = parseModelFile(readFileSync(join(ROOT, 'public/model/tiny-transformer.bin')));
const ft = parseModelFile(readFileSync(join(ROOT, 'public/model/tiny-transformer-ft.bin')));
interface Ref {
  layer: number;
  matrix: string;
  shape: number[];
  fro: number;
  w0Fro: number;
  s: number[];
  r90: number;
  proj: Record<string, { fromDelta: number; fromW0: number; deltaTopR: number }>;
}
const fx = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/lora-low-rank-why.json'), 'utf8')) as { cases: Ref[] };

describe('ΔW of the real fine-tune against torch (tests/fixtures/lora-low-rank-why.json)', () => {
  it('covers every layer and matrix', () => {
    expect(fx.cases.length).toBe(3 * MATRICES.length);
  });
  for (const c of fx.cases) {
    it(`layers.${c.layer} ${c.matrix}: spectrum, norm, effective rank, Table-7 projections`, () => {
      const a = analyseMatrix(base, ft, c.layer, c.matrix as (typeof MATRICES)[number], 7);
      expect([a.rows, a.cols]).toEqual(c.shape);
      expect(a.fro).toBeCloseTo(c.fro, 10);
      expect(a.w0Fro).toBeCloseTo(c.w0Fro, 10);
      for (let i = 0; i < c.s.length; i++) expect(Math.abs(a.svdDelta.S[i] - c.s[i])).toBeLessThan(1e-10 * c.s[0]);
      expect(a.effDelta).toBe(c.r90);
      for (const r of [1, 4, 8]) {
        const am = amplification(a, r, 7);
        expect(am.fromDelta).toBeCloseTo(c.proj[r].fromDelta, 8);
        expect(am.fromW0).toBeCloseTo(c.proj[r].fromW0, 8);
        expect(am.deltaTopR).toBeCloseTo(c.proj[r].deltaTopR, 8);
      }
    });
  }
});

describe('what the scene claims about ΔW', () => {
  it('the fine-tuning update is far more concentrated than a random matrix of the same shape and norm', () => {
    for (const c of fx.cases) {
      const a = analyseMatrix(base, ft, c.layer, c.matrix as (typeof MATRICES)[number], 7);
      expect(a.effDelta).toBeLessThan(a.effRandom);
      expect(rankView(a.svdDelta, a.dW.data, 8).relError).toBeLessThan(rankView(a.svdRandom, a.random, 8).relError);
    }
  });
  it('W₀ itself has a flatter spectrum than ΔW (more directions for 90% energy)', () => {
    for (const c of fx.cases) {
      const a = analyseMatrix(base, ft, c.layer, c.matrix as (typeof MATRICES)[number], 7);
      expect(rankForEnergy(a.svdW0.S, 0.9)).toBeGreaterThan(a.effDelta);
    }
  });
  it('fp16 storage noise is far below the update (≥ 100× in Frobenius norm)', () => {
    for (const c of fx.cases) {
      const a = analyseMatrix(base, ft, c.layer, c.matrix as (typeof MATRICES)[number], 7);
      expect(a.fro / a.noise.fro).toBeGreaterThan(100);
    }
  });
  it('random baseline: same Frobenius norm, seeded', () => {
    const g = gaussianLike(5, 7, 3, 42);
    expect(frobenius(g)).toBeCloseTo(3, 12);
    expect(Array.from(gaussianLike(5, 7, 3, 42))).toEqual(Array.from(g));
    expect(Array.from(gaussianLike(5, 7, 3, 43))).not.toEqual(Array.from(g));
  });
});

describe('fp16 noise estimate', () => {
  it('ulp of fp16: 2^-10 at 1, 2^-24 for subnormals', () => {
    expect(halfUlp(1)).toBe(2 ** -10);
    expect(halfUlp(1.5)).toBe(2 ** -10);
    expect(halfUlp(0.1)).toBe(2 ** -14); // 0.1 ∈ [2⁻⁴, 2⁻³): ulp = 2⁻⁴·2⁻¹⁰
    expect(halfUlp(0)).toBe(2 ** -24);
  });
  it('matches the measured rounding error of random values within 15 %', () => {
    const n = 4096;
    const g = gaussianLike(64, 64, 6, 3);
    const f = new Float32Array(g);
    const h = roundToHalf(f);
    let err = 0;
    for (let i = 0; i < n; i++) err += (h[i] - f[i]) ** 2;
    const est = fp16NoiseFloor({ rows: 64, cols: 64, data: Float64Array.from(h) });
    expect(Math.abs(est.fro - Math.sqrt(err)) / Math.sqrt(err)).toBeLessThan(0.15);
  });
});

describe('picture and arithmetic', () => {
  it('the picture is seeded, in [0, 1], and close to low rank', () => {
    const p = makePicture(7);
    expect(Array.from(makePicture(7))).toEqual(Array.from(p));
    expect(Array.from(makePicture(8))).not.toEqual(Array.from(p));
    expect(Math.min(...p)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...p)).toBeLessThanOrEqual(1);
    const a = analysePicture(7);
    expect(a.energy[3]).toBeGreaterThan(0.95);
    expect(rankView(a.svd, a.pic, 48).relError).toBeLessThan(1e-12);
  });
  it('rank view: r clamped, residual = A − A_r', () => {
    const a = analysePicture(1);
    const v = rankView(a.svd, a.pic, 999);
    expect(v.r).toBe(48);
    const v0 = rankView(a.svd, a.pic, 0);
    expect(v0.relError).toBe(1);
    expect(Array.from(v0.residual)).toEqual(Array.from(a.pic));
  });
  it('r(d + k) vs d·k: LoRA §5.1 GPT-3 numbers (2 matrices × 96 layers, d = 12288, r = 4 → 18.9M)', () => {
    const c = loraCounts(12288, 12288, 4);
    expect(c.lora).toBe(98304);
    expect(c.dense).toBe(150994944);
    expect(2 * 96 * c.lora).toBe(18874368); // Table 15: r_q = r_v = 4 → 18.8M
    expect(2 * 96 * loraCounts(12288, 12288, 1).lora).toBe(4718592); // 4.7M
    expect(loraCounts(64, 256, 8).ratio).toBeCloseTo(2560 / 16384, 12);
  });
});

describe('timing (measured, not asserted)', () => {
  it('analyseMatrix per shape', () => {
    for (const m of ['q', 'ffn1'] as const) {
      const t = performance.now();
      analyseMatrix(base, ft, 1, m, 7);
      console.log(`analyseMatrix layer 1 ${m}: ${(performance.now() - t).toFixed(0)} ms (3 SVDs)`);
    }
    const t = performance.now();
    analysePicture(7);
    console.log(`analysePicture: ${(performance.now() - t).toFixed(0)} ms`);
    expect(true).toBe(true);
  });
});
