import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import fx from '../../../../tests/fixtures/why-decoder-only.json';
import { svd } from '../../../compute/svd';
import { allowed, attentionMatrices, MASKS } from './attention';
import { allowedPairs, kvBytesPerToken, LLAMA_7B, stepWork, targetCounts } from './counts';
import { effectiveRank, numericalRank } from './rank';
import { computeSceneData, mlmSelection } from './sceneData';

interface MaskRef {
  A: number[];
  S: number[];
  numRank: number;
  effRank: number;
  nearTol: number[];
}
interface Case {
  n: number;
  d: number;
  p: number;
  Q: number[];
  K: number[];
  bi: MaskRef;
  causal: MaskRef;
  [k: string]: unknown;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('masked softmax attention vs torch (float64 reference)', () => {
  for (const c of fx.cases as unknown as Case[]) {
    it(`n=${c.n}, d=${c.d}, prefix=${c.p}`, async () => {
      const mats = await attentionMatrices(Float32Array.from(c.Q), Float32Array.from(c.K), c.n, c.d, [c.d], MASKS, c.p);
      MASKS.forEach((m, mi) => {
        const ref = c[m] as MaskRef;
        const a = mats[mi];
        let maxErr = 0;
        for (let i = 0; i < a.length; i++) maxErr = Math.max(maxErr, Math.abs(a[i] - ref.A[i]));
        expect(maxErr, `${m} attention`).toBeLessThan(2e-6);
        const { S } = svd(a, c.n, c.n);
        // singular values above float32 round-off agree with torch's
        for (let i = 0; i < c.n; i++) if (ref.S[i] > 1e-4 * ref.S[0]) expect(Math.abs(S[i] - ref.S[i]) / ref.S[0], `${m} σ${i}`).toBeLessThan(1e-5);
        // numerical rank at tol 1e-3: exact unless a σ lies within a factor 2 of the threshold
        expect(Math.abs(numericalRank(S) - ref.numRank), `${m} numerical rank`).toBeLessThanOrEqual(ref.nearTol.length);
        expect(effectiveRank(S), `${m} effective rank`).toBeCloseTo(ref.effRank, 3);
        // the torch spectrum itself gives the same ranks through our functions
        expect(numericalRank(ref.S, fx.tol)).toBe(ref.numRank);
        expect(effectiveRank(ref.S)).toBeCloseTo(ref.effRank, 9);
      });
    });
  }

  it('leaks no tensors over repeated calls', async () => {
    const c = (fx.cases as unknown as Case[])[0];
    const before = tf.memory().numTensors;
    for (let r = 0; r < 3; r++) await attentionMatrices(Float32Array.from(c.Q), Float32Array.from(c.K), c.n, c.d, [c.d, 1], MASKS, c.p);
    await computeSceneData(12, 3, 4, 7);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('ranks: edge cases', () => {
  it('zero, rank-1 and identity spectra', () => {
    expect(numericalRank([0, 0, 0])).toBe(0);
    expect(effectiveRank([0, 0])).toBe(0);
    expect(numericalRank([2, 0, 0])).toBe(1);
    expect(effectiveRank([2, 0, 0])).toBe(1);
    expect(effectiveRank([1, 1, 1, 1])).toBeCloseTo(4, 12);
    expect(numericalRank([1, 1e-3, 1e-4])).toBe(1); // strict: σ must exceed tol·σ₁
  });
});

describe('scene data', () => {
  it('is deterministic per seed and a causal matrix has positive diagonal (det > 0)', async () => {
    const a = await computeSceneData(16, 2, 5, 7);
    const b = await computeSceneData(16, 2, 5, 7);
    expect(Array.from(a.attn.bi)).toEqual(Array.from(b.attn.bi));
    for (let i = 0; i < 16; i++) expect(a.attn.causal[i * 16 + i]).toBeGreaterThan(0);
    expect(a.attn.causal[1]).toBe(0); // row 0 sees only key 0
    expect(Number.isFinite(a.causalLogDet)).toBe(true);
    expect(a.sweep.map((s) => s.d)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    // rows are probability distributions
    for (const m of MASKS) for (let i = 0; i < 16; i++) expect(a.attn[m].slice(i * 16, i * 16 + 16).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 5);
  });
  it('n = 1 and prefix = 0 / n reduce to causal / bidirectional', async () => {
    const one = await computeSceneData(1, 1, 1, 3);
    expect(one.attn.bi[0]).toBeCloseTo(1, 6);
    expect(one.rank.causal.numRank).toBe(1);
    const p0 = await computeSceneData(8, 4, 0, 3);
    expect(Array.from(p0.attn.prefix)).toEqual(Array.from(p0.attn.causal));
    const pn = await computeSceneData(8, 4, 8, 3);
    expect(Array.from(pn.attn.prefix)).toEqual(Array.from(pn.attn.bi));
  });
});

describe('counts', () => {
  it('allowed pairs agree with the mask predicate', () => {
    for (const n of [1, 2, 7, 16])
      for (const p of [0, 1, 3, n])
        for (const m of MASKS) {
          let c = 0;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (allowed(m, i, j, p)) c++;
          expect(allowedPairs(m, n, p), `${m} n=${n} p=${p}`).toBe(c);
        }
  });
  it('MLM targets follow BERT’s num_to_predict (Python round half to even)', () => {
    for (const { n, count } of fx.mlm) expect(targetCounts(n, 0).mlm, `n=${n}`).toBe(count);
    expect(targetCounts(512, 0, 0.15, 80).mlm).toBe(77); // BERT base: max_predictions_per_seq 76–80 ≥ 77
    expect(targetCounts(16, 0).causal).toBe(15);
    expect(targetCounts(16, 6).prefix).toBe(10);
    expect(targetCounts(1, 0).causal).toBe(0);
  });
  it('MLM selection picks exactly count positions, reproducibly', () => {
    const s = mlmSelection(32, 5, 7);
    expect(s.filter((x) => x !== null).length).toBe(5);
    expect(mlmSelection(32, 5, 7)).toEqual(s);
  });
  it('LLaMA-7B KV cache and per-token work match the reference arithmetic', () => {
    expect(kvBytesPerToken(LLAMA_7B)).toBe(fx.kv.bytesPerToken);
    expect(fx.kv.bytesPerToken).toBe(524288); // 0.5 MiB per token in fp16
    for (const s of fx.kv.steps) {
      const w = stepWork(LLAMA_7B, s.t);
      expect(w.macsCached).toBe(s.macsCached);
      expect(w.macsRecompute).toBe(s.macsRecompute);
      expect(w.scoresCached).toBe(s.scoresCached);
      expect(w.scoresRecompute).toBe(s.scoresRecompute);
    }
  });
});
