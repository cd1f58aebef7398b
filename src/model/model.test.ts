import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadTinyModelFromBuffer } from './index';
import { crc32, parseModelFile } from './format';
import { referenceForward } from './reference.test-util';
import type { TinyModel } from './types';

const FILE = 'public/model/tiny-transformer.bin';
const FIXTURE = 'tests/fixtures/tiny-model.json';
const bytes = new Uint8Array(readFileSync(FILE));
const parsed = parseModelFile(bytes);

function maxAbs(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
const flat = (x: ArrayLike<number>[] | ArrayLike<number>[][] | ArrayLike<number>[][][]): number[] =>
  (x as unknown[]).flatMap((r) => (ArrayBuffer.isView(r) || typeof (r as number[])[0] === 'number' ? Array.from(r as ArrayLike<number>) : flat(r as ArrayLike<number>[])));

let model: TinyModel;
let baseTensors = 0;
beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
  baseTensors = tf.memory().numTensors;
  model = await loadTinyModelFromBuffer(bytes);
});
afterAll(() => model?.dispose());

describe('tiny transformer runtime', () => {
  it('loads the shipped weights: config, parameter count, names, weight()', () => {
    const c = model.config;
    expect(c.norm).toBe('pre-ln');
    expect(c.nHeads).toBe(4);
    expect(c.dModel % c.nHeads).toBe(0);
    expect(model.tokenizer.vocabSize).toBe(c.vocabSize);
    const count = [...parsed.weights.values()].reduce((s, w) => s + w.data.length, 0);
    expect(model.parameterCount).toBe(count);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(model.weightNames()[0]).toBe('tok_emb');
    const wq = model.weight('layers.0.attn.wq');
    expect(wq.shape).toEqual([c.dModel, c.dModel]);
    wq.data[0] = 1234; // a copy: the model is unaffected
    expect(model.weight('layers.0.attn.wq').data[0]).not.toBe(1234);
    expect(() => model.weight('nope')).toThrow(/no weight named "nope"/);
  });

  it('forward equals a plain-loop implementation on the shipped weights (logits, attention, hidden, embeddings)', async () => {
    const ids = model.tokenizer.encode('问：大模型为什么会复读？答：贪心解码');
    expect(ids.length).toBeGreaterThan(5);
    const r = await model.forward(ids, { internals: true });
    const ref = referenceForward(model.config, parsed.weights as never, ids);
    const T = ids.length;
    const c = model.config;
    expect(r.logits.length).toBe(T);
    expect(r.logits[0].length).toBe(c.vocabSize);
    expect(maxAbs(flat(r.logits), flat(ref.logits))).toBeLessThan(2e-3);
    const i = r.internals!;
    expect(i.attention.length).toBe(c.nLayers);
    expect(i.attention[0].length).toBe(c.nHeads);
    expect(maxAbs(flat(i.attention), flat(ref.attention))).toBeLessThan(1e-4);
    expect(maxAbs(flat(i.hidden.embed), flat(ref.embed))).toBeLessThan(1e-5);
    expect(maxAbs(flat(i.hidden.afterAttn), flat(ref.afterAttn))).toBeLessThan(1e-3);
    expect(maxAbs(flat(i.hidden.afterFfn), flat(ref.afterFfn))).toBeLessThan(1e-3);
    expect(maxAbs(flat(i.hidden.final), flat(ref.final))).toBeLessThan(1e-3);
    const E = parsed.weights.get('tok_emb')!.data;
    const P = parsed.weights.get('pos_emb')!.data;
    const D = c.dModel;
    expect(Array.from(i.tokenEmbeddings[2])).toEqual(Array.from(E.slice(ids[2] * D, ids[2] * D + D)));
    expect(Array.from(i.positionEmbeddings[2])).toEqual(Array.from(P.slice(2 * D, 3 * D)));
    // causal: zero above the diagonal, rows sum to 1
    for (const layer of i.attention)
      for (const head of layer)
        head.forEach((row, q) => {
          expect(row.slice(q + 1).every((v) => v === 0)).toBe(true);
          expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-5);
        });
  }, 60_000);

  it('forward equals the PyTorch fixture (scripts/make_model_fixtures.py) on the shipped weights', async () => {
    expect(existsSync(FIXTURE)).toBe(true);
    const fx = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
      crc32: number;
      cases: { ids: number[]; logits: number[][]; attention: number[][][][]; afterAttn: number[][][]; afterFfn: number[][][]; final: number[][] }[];
    };
    expect(fx.crc32, 'fixture is stale: run /usr/bin/python3 scripts/make_model_fixtures.py').toBe(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true));
    for (const cs of fx.cases) {
      const r = await model.forward(cs.ids, { internals: true });
      expect(maxAbs(flat(r.logits), flat(cs.logits))).toBeLessThan(2e-3);
      expect(maxAbs(flat(r.internals!.attention), flat(cs.attention))).toBeLessThan(1e-4);
      expect(maxAbs(flat(r.internals!.hidden.afterAttn), flat(cs.afterAttn))).toBeLessThan(1e-3);
      expect(maxAbs(flat(r.internals!.hidden.afterFfn), flat(cs.afterFfn))).toBeLessThan(1e-3);
      expect(maxAbs(flat(r.internals!.hidden.final), flat(cs.final))).toBeLessThan(1e-3);
    }
  }, 60_000);

  it('is causal: changing a later token never changes an earlier position', async () => {
    const ids = model.tokenizer.encode('Top-k keeps only the k most likely tokens.');
    const a = await model.forward(ids);
    for (const at of [ids.length - 1, Math.floor(ids.length / 2)]) {
      const changed = ids.slice();
      changed[at] = (changed[at] + 7) % model.config.vocabSize;
      const b = await model.forward(changed);
      for (let t = 0; t < at; t++) expect(maxAbs(a.logits[t], b.logits[t])).toBeLessThan(1e-5);
      expect(maxAbs(a.logits[at], b.logits[at])).toBeGreaterThan(1e-3);
    }
  });

  it('KV-cache session logits equal full-forward logits (prompt, then one token at a time)', async () => {
    const ids = model.tokenizer.encode('LoRA 冻结原来的权重，旁边加两个小矩阵。LoRA freezes the weights.');
    const full = await model.forward(ids);
    const s = model.session();
    const k = 5;
    const first = await s.append(ids.slice(0, k));
    expect(maxAbs(first, full.logits[k - 1])).toBeLessThan(1e-4);
    for (let t = k; t < ids.length; t++) {
      const l = await s.append([ids[t]]);
      expect(maxAbs(l, full.logits[t])).toBeLessThan(1e-4);
    }
    expect(s.length).toBe(ids.length);
    expect(s.cacheFloats()).toBe(2 * ids.length * model.config.dModel);
    // two tokens at once in the middle also match
    const s2 = model.session();
    await s2.append(ids.slice(0, 3));
    const two = await s2.append(ids.slice(3, 5));
    expect(maxAbs(two, full.logits[4])).toBeLessThan(1e-4);
    s2.dispose();
    s.dispose();
    s.dispose(); // safe twice
    await expect(s.append([1])).rejects.toThrow(/disposed/);
  }, 60_000);

  it('the session refuses to exceed the context length, and bad ids, with clear errors', async () => {
    const C = model.config.contextLength;
    const s = model.session();
    await s.append(Array.from({ length: C - 1 }, (_, i) => 1 + (i % 50)));
    await s.append([3]);
    await expect(s.append([4])).rejects.toThrow(/context length 128 exceeded/);
    s.dispose();
    const s3 = model.session();
    await expect(s3.append([])).rejects.toThrow(/at least one token/);
    await expect(s3.append([model.config.vocabSize])).rejects.toThrow(/outside the vocabulary/);
    s3.dispose();
    await expect(model.forward([])).rejects.toThrow(/1\.\.128 tokens/);
    await expect(model.forward(Array.from({ length: C + 1 }, () => 1))).rejects.toThrow(/1\.\.128 tokens/);
    await expect(model.forward([1.5])).rejects.toThrow(/outside the vocabulary/);
  }, 60_000);

  it('reproduces the validation loss recorded in the weights file / model card (fixed subset)', async () => {
    const ev = model.training!.eval!;
    expect(ev.windows).toBeGreaterThanOrEqual(4);
    const ids = model.tokenizer.encode(readFileSync(ev.file, 'utf8'));
    const T = ev.length;
    let total = 0;
    let n = 0;
    for (let w = 0; w < ev.windows; w++) {
      const win = ids.slice(w * (T + 1), (w + 1) * (T + 1));
      const { logits } = await model.forward(win.slice(0, T));
      for (let t = 0; t < T; t++) {
        const row = logits[t];
        let m = -Infinity;
        for (const v of row) m = Math.max(m, v);
        let z = 0;
        for (const v of row) z += Math.exp(v - m);
        total += m + Math.log(z) - row[win[t + 1]];
        n++;
      }
    }
    const loss = total / n;
    expect(Math.abs(loss - ev.loss)).toBeLessThan(2e-3);
    const card = readFileSync('public/model/MODEL_CARD.md', 'utf8');
    expect(card).toContain(ev.loss.toFixed(4));
  }, 120_000);

  it('rejects truncated, corrupt and foreign weights with clear errors', async () => {
    await expect(loadTinyModelFromBuffer(bytes.slice(0, 1000))).rejects.toThrow(/truncated/);
    const bad = bytes.slice();
    bad[bad.length - 100] ^= 0xff;
    await expect(loadTinyModelFromBuffer(bad)).rejects.toThrow(/checksum mismatch/);
    const magic = bytes.slice();
    magic[0] = 0x50; // 'P'
    await expect(loadTinyModelFromBuffer(magic)).rejects.toThrow(/wrong magic/);
    await expect(loadTinyModelFromBuffer(new Uint8Array(0))).rejects.toThrow(/too short/);
    expect(crc32(bytes.subarray(20))).toBe(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true));
  });

  it('leaks no tensors: forward, session and dispose return to the baseline', async () => {
    const before = tf.memory().numTensors;
    const ids = model.tokenizer.encode('Greedy decoding');
    await model.forward(ids, { internals: true });
    await model.forward(ids);
    const s = model.session();
    await s.append(ids);
    const afterFirst = tf.memory().numTensors;
    await s.append([ids[0]]);
    await s.append([ids[1]]);
    expect(tf.memory().numTensors).toBe(afterFirst); // the cache is replaced, not grown
    s.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const m2 = await loadTinyModelFromBuffer(bytes);
    const s2 = m2.session();
    await s2.append([1, 2]);
    m2.dispose(); // also frees the open session
    m2.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(m2.forward([1])).rejects.toThrow(/disposed/);
    expect(before).toBeGreaterThan(baseTensors); // the shared model holds its weights
  });
});
