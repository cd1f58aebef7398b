import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTinyModelFromBuffer } from '../../../model';
import type { TinyModel } from '../../../model/types';
import { attnWeights, multiHeadTrace } from './mha';
import { maxAbsDiff } from './view';

// Reference: PyTorch forward of the shipped weights (scripts/make_model_fixtures.py).
const FIX = JSON.parse(readFileSync('tests/fixtures/tiny-model.json', 'utf8')) as {
  cases: { ids: number[]; attention: number[][][][]; afterAttn: number[][][]; afterFfn: number[][][] }[];
};

let model: TinyModel;
beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  model = await loadTinyModelFromBuffer(new Uint8Array(readFileSync('public/model/tiny-transformer.bin')));
});
afterAll(() => model?.dispose());

/** Token + position embedding rows, by plain arithmetic on the weights. */
function embed(ids: number[]): Float32Array[] {
  const D = model.config.dModel;
  const E = model.weight('tok_emb').data;
  const P = model.weight('pos_emb').data;
  return ids.map((id, t) => Float32Array.from({ length: D }, (_, j) => E[id * D + j] + P[t * D + j]));
}

describe('multiHeadTrace (split → softmax(QKᵀ/√d_k)V → concat → W_O)', () => {
  it('reproduces PyTorch attention weights and the post-attention residual stream in every layer', () => {
    const c = model.config;
    for (const cs of FIX.cases) {
      for (let l = 0; l < c.nLayers; l++) {
        const x = l === 0 ? embed(cs.ids) : cs.afterFfn[l - 1].map((r) => Float32Array.from(r));
        const tr = multiHeadTrace(tf, x, attnWeights((n) => model.weight(n), l), c.nHeads, c.layerNormEps);
        expect(tr.dk).toBe(16);
        for (let h = 0; h < c.nHeads; h++) expect(maxAbsDiff(tr.attn[h], cs.attention[l][h])).toBeLessThan(2e-4);
        const resid = x.map((r, i) => r.map((v, j) => v + tr.out[i][j]));
        expect(maxAbsDiff(resid, cs.afterAttn[l])).toBeLessThan(2e-3);
      }
    }
  });

  it('matches the runtime forward (a separate tfjs graph) on the same input', async () => {
    const ids = model.tokenizer.encode('注意力让每个词都能看到前面的词。');
    const r = await model.forward(ids, { internals: true });
    const i = r.internals!;
    for (let l = 0; l < 3; l++) {
      const x = l === 0 ? i.hidden.embed : i.hidden.afterFfn[l - 1];
      const tr = multiHeadTrace(tf, x, attnWeights((n) => model.weight(n), l), 4, model.config.layerNormEps);
      for (let h = 0; h < 4; h++) expect(maxAbsDiff(tr.attn[h], i.attention[l][h])).toBeLessThan(1e-5);
    }
  });

  it('pieces fit together: rows sum to 1, causal zeros, concat is the heads side by side, scores are QKᵀ/√d_k', () => {
    const ids = model.tokenizer.encode('问：Transformer 的结构是怎样的？');
    const tr = multiHeadTrace(tf, embed(ids), attnWeights((n) => model.weight(n), 0), 4, 1e-5);
    const T = ids.length;
    for (let h = 0; h < 4; h++)
      for (let a = 0; a < T; a++) {
        expect(tr.attn[h][a].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
        for (let b = a + 1; b < T; b++) {
          expect(tr.attn[h][a][b]).toBe(0);
          expect(tr.scores[h][a][b]).toBe(-Infinity);
        }
        for (let e = 0; e < 16; e++) expect(tr.concat[a][h * 16 + e]).toBeCloseTo(tr.heads[h][a][e], 6);
      }
    let dot = 0;
    for (let e = 0; e < 16; e++) dot += tr.q[2][T - 1][e] * tr.k[2][0][e];
    expect(tr.scores[2][T - 1][0]).toBeCloseTo(dot / 4, 4);
  });

  it('edge cases: one token attends to itself with weight 1; bad widths throw; no tensor leaks', () => {
    const before = tf.memory().numTensors;
    const w = attnWeights((n) => model.weight(n), 1);
    const tr = multiHeadTrace(tf, embed([5]), w, 4, 1e-5);
    for (let h = 0; h < 4; h++) expect(tr.attn[h][0][0]).toBeCloseTo(1, 6);
    for (let k = 0; k < 3; k++) multiHeadTrace(tf, embed([5, 6, 7]), w, 4, 1e-5);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => multiHeadTrace(tf, [], w, 4, 1e-5)).toThrow();
    expect(() => multiHeadTrace(tf, embed([1]), w, 5, 1e-5)).toThrow();
  });

  it('without the causal mask (encoder self-attention) every position sees every other', () => {
    const tr = multiHeadTrace(tf, embed([10, 11, 12]), attnWeights((n) => model.weight(n), 0), 4, 1e-5, false);
    expect(tr.attn[0][0][2]).toBeGreaterThan(0);
    expect(Number.isFinite(tr.scores[0][0][2])).toBe(true);
  });
});
