// @vitest-environment node
/**
 * The training script's hand-written gradients (scripts/tiny-transformer/trainOps.ts), run on the CPU and
 * on the wasm backend (the one training uses), against tfjs's own autodiff of the plain ops (gather,
 * matMul, log-softmax) on the CPU backend: same loss, same gradient for every parameter of a small
 * transformer with tied embeddings.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossEntropy, embedLookup, mm2d } from '../../scripts/tiny-transformer/trainOps';
import { causalBias, forwardBatch, type Params } from '../../src/model/graph';
import { expectedShapes } from '../../src/model/format';
import { mulberry32, normalSampler } from '../../src/compute/rng';
import type { TinyModelConfig } from '../../src/model/types';

const cfg: TinyModelConfig = {
  vocabSize: 37,
  contextLength: 8,
  dModel: 16,
  nLayers: 2,
  nHeads: 4,
  dFF: 32,
  posEncoding: 'learned',
  norm: 'pre-ln',
  activation: 'gelu',
  tiedEmbeddings: true,
  layerNormEps: 1e-5,
};

beforeAll(() => {
  tf.enableProdMode();
});

describe('training ops with hand-written gradients', () => {
  it.each(['cpu', 'wasm'])('on %s give the same loss and parameter gradients as tfjs autodiff of gather / matMul / log-softmax (CPU)', async (backend) => {
    await tf.setBackend('cpu');
    const normal = normalSampler(mulberry32(5));
    const vars = expectedShapes(cfg).map(({ name, shape }) => {
      const n = shape.reduce((a, b) => a * b, 1);
      const d = Float32Array.from({ length: n }, () => normal() * 0.3);
      return tf.variable(tf.tensor(d, shape), true, name);
    });
    const p: Params = Object.fromEntries(vars.map((v) => [v.name, v]));
    const rnd = mulberry32(9);
    const B = 3;
    const T = cfg.contextLength;
    // token 4 appears several times so the embedding gradient has rows summed from several positions
    const ids = Array.from({ length: B * T }, (_, i) => (i % 5 === 0 ? 4 : Math.floor(rnd() * cfg.vocabSize)));
    const targets = Array.from({ length: B * T }, () => Math.floor(rnd() * cfg.vocabSize));
    const mask = causalBias(tf, T);

    const plain = tf.variableGrads(() => {
      const emb = tf.gather(p['tok_emb'], tf.tensor1d(ids, 'int32'));
      const logits = forwardBatch(tf, cfg, p, emb, B, T, mask);
      const logp = tf.logSoftmax(logits, -1);
      const oh = tf.oneHot(tf.tensor1d(targets, 'int32'), cfg.vocabSize);
      return tf.neg(tf.mean(tf.sum(tf.mul(logp, oh), -1))) as tf.Scalar;
    }, vars);
    const plainValue = plain.value.dataSync()[0];
    const plainGrads = Object.fromEntries(Object.entries(plain.grads).map(([k, g]) => [k, g.dataSync().slice()]));
    const init = vars.map((v) => ({ name: v.name, shape: v.shape, data: v.dataSync().slice() }));
    tf.dispose([plain.value, ...Object.values(plain.grads), ...vars, mask]);

    expect(await tf.setBackend(backend)).toBe(true);
    expect(tf.getBackend()).toBe(backend);
    const vars2 = init.map((w) => tf.variable(tf.tensor(w.data, w.shape), true, w.name + '.' + backend));
    const p2: Params = Object.fromEntries(vars2.map((v, i) => [init[i].name, v]));
    const mask2 = causalBias(tf, T);
    const custom = tf.variableGrads(() => {
      const emb = embedLookup(p2['tok_emb'], ids, cfg.vocabSize, cfg.dModel);
      return crossEntropy(forwardBatch(tf, cfg, p2, emb, B, T, mask2, undefined, mm2d), targets, cfg.vocabSize);
    }, vars2);

    expect(custom.value.dataSync()[0]).toBeCloseTo(plainValue, 5);
    for (const [i, v] of vars2.entries()) {
      const name = init[i].name;
      const a = custom.grads[v.name].dataSync();
      const b = plainGrads[name];
      let scale = 0;
      let diff = 0;
      for (let j = 0; j < a.length; j++) {
        scale = Math.max(scale, Math.abs(b[j]));
        diff = Math.max(diff, Math.abs(a[j] - b[j]));
      }
      // the key bias has no effect on softmax(q·k) (it adds q·b_k to every score of a row): its true
      // gradient is 0 and both sides are float rounding noise
      if (/attn\.bk$/.test(name)) {
        expect(scale, name).toBeLessThan(1e-5);
        continue;
      }
      expect(scale, name).toBeGreaterThan(1e-4);
      expect(diff / scale, name).toBeLessThan(1e-4);
    }
    tf.dispose([custom.value, ...Object.values(custom.grads), ...vars2, mask2]);
  });
});
