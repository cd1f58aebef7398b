import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinyModelFromBuffer } from '../../../model';
import type { TinyModel } from '../../../model/types';
import { adamStateBytes, crc32Floats, loraTrainable, parseTargets } from './counts';
import { LoraLab, type HostWeights } from './lab';
import { makeTask, N_SYMBOLS, SEQ_T, type TaskData } from './task';

/** PyTorch reference: scripts/make_lora_training_fixtures.py (run with /usr/bin/python3). */
const fx = JSON.parse(readFileSync('tests/fixtures/lora-why-it-works.json', 'utf8')) as {
  crc32: number;
  inputs: number[][];
  targets: number[][];
  weights: number[][];
  r: number;
  alpha: number;
  lr: number;
  lrFull: number;
  initA: Record<string, number[][]>;
  loraLosses: number[];
  fullLosses: number[];
};

let model: TinyModel;
let host: HostWeights;

beforeAll(async () => {
  await tf.setBackend('cpu');
  tf.enableProdMode();
  const bytes = new Uint8Array(readFileSync('public/model/tiny-transformer.bin'));
  expect(fx.crc32, 'fixture is stale: run /usr/bin/python3 scripts/make_lora_training_fixtures.py').toBe(new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true));
  model = await loadTinyModelFromBuffer(bytes);
  const names = model.weightNames();
  host = { config: model.config, names, weights: new Map(names.map((n) => [n, model.weight(n)] as const)) };
});
afterAll(() => model?.dispose());

const fixtureTask = (): TaskData => {
  const b = { inputs: fx.inputs, targets: fx.targets, weights: fx.weights };
  return { task: 'map', symbols: [], map: [], train: [b], heldOut: b };
};

describe('LoraLab against PyTorch (torch.optim.Adam, autograd)', () => {
  it('LoRA r=2 on W_q,W_v and full fine-tuning follow the same loss trajectory over 3 Adam steps', async () => {
    const before = tf.memory().numTensors;
    const lab = new LoraLab(host, {
      task: fixtureTask(),
      ranks: [fx.r],
      alpha: fx.alpha,
      lr: fx.lr,
      lrFull: fx.lrFull,
      targets: ['q', 'v'],
      seed: 0,
      initA: (_r, name) => fx.initA[name],
    });
    await lab.advanceTo(3);
    const ins = await lab.inspect();
    const [lora, full] = lab.curves;
    expect(lora.r).toBe(2);
    expect(full.r).toBe(0);
    for (let k = 0; k <= 3; k++) {
      expect(lora.train[k]).toBeCloseTo(fx.loraLosses[k], 3);
      expect(full.train[k]).toBeCloseTo(fx.fullLosses[k], 3);
    }
    // the losses really move (the comparison is not trivially of constants)
    expect(fx.loraLosses[3]).toBeLessThan(fx.loraLosses[0] - 1);
    // merged model = base + adapter up to float32 round-off
    expect(ins.mergeDiff[0]).toBeGreaterThan(0);
    expect(ins.mergeDiff[0]).toBeLessThan(1e-4);
    // frozen base: bit-for-bit the weights as loaded; full fine-tuning's copy changed
    expect(ins.baseCrcAfter).toBe(ins.baseCrcBefore);
    expect(ins.baseCrcBefore).toBe(crc32Floats(host.names.map((n) => host.weights.get(n)!.data)));
    expect(ins.fullCrc).not.toBe(ins.baseCrcBefore);
    lab.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);
});

describe('LoraLab invariants', () => {
  it('B = 0: at step 0 every rank computes exactly the base model (same loss as full FT at step 0, merge diff 0)', async () => {
    const task = makeTask('copy', 3, [...Array(N_SYMBOLS + 10).keys()].map((i) => 200 + i));
    const lab = new LoraLab(host, { task, ranks: [1, 8], alpha: 8, lr: 0.01, lrFull: 0.001, targets: ['q', 'k', 'v', 'o'], seed: 3 });
    const ins = await lab.inspect();
    const [r1, r8, full] = lab.curves;
    expect(r1.train[0]).toBe(full.train[0]);
    expect(r8.train[0]).toBe(full.train[0]);
    expect(r8.heldOut[0]).toBe(full.heldOut[0]);
    expect(ins.mergeDiff).toEqual([0, 0]);
    expect(ins.deltaNorm).toEqual([0, 0]);
    expect(ins.fullCrc).toBe(ins.baseCrcBefore);
    lab.dispose();
  }, 60_000);

  it('steps leak no tensors and the base stays frozen after several LoRA steps; rebuilding gives the same curve', async () => {
    const task = makeTask('map', 5, [...Array(N_SYMBOLS).keys()].map((i) => 300 + i));
    const opts = { task, ranks: [1], alpha: 1, lr: 0.02, lrFull: 0, targets: ['v' as const], seed: 5 };
    const before = tf.memory().numTensors;
    const lab = new LoraLab(host, opts);
    await lab.stepOnce();
    const mid = tf.memory().numTensors;
    await lab.advanceTo(3);
    expect(tf.memory().numTensors).toBe(mid);
    const ins = await lab.inspect();
    expect(tf.memory().numTensors).toBe(mid);
    expect(ins.baseCrcAfter).toBe(ins.baseCrcBefore);
    expect(ins.fullCrc).toBeNull();
    expect(lab.curves).toHaveLength(1);
    const again = new LoraLab(host, opts);
    await again.advanceTo(3);
    expect(again.curves[0].train).toEqual(lab.curves[0].train.slice(0, 3));
    again.dispose();
    lab.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});

describe('counts and checksums', () => {
  it('trainable parameters r·(d+k) per matrix = the LoRA paper §5.1 formula 2·L̂·d_model·r', () => {
    const qv = Array.from({ length: 6 }, () => [64, 64] as const); // 3 layers × {W_q, W_v}
    for (const r of [1, 2, 4, 8]) expect(loraTrainable(r, qv)).toBe(2 * 6 * 64 * r);
    expect(loraTrainable(1, qv)).toBe(768);
    expect(loraTrainable(8, qv)).toBe(6144);
    // GPT-3 175B, r_q = r_v = 1: 2 × (96·2) × 12288 × 1 = 4,718,592 ("4.7M", Table 4 / Table 15)
    expect(loraTrainable(1, Array.from({ length: 192 }, () => [12288, 12288] as const))).toBe(4_718_592);
    // rank 4 on W_q,W_v → 18.9M ("18.8M" in Table 15)
    expect(loraTrainable(4, Array.from({ length: 192 }, () => [12288, 12288] as const))).toBe(18_874_368);
    expect(adamStateBytes(223_808)).toBe(1_790_464);
  });

  it('CRC-32 equals zlib.crc32 (check value of "12345678")', () => {
    const bytes = new TextEncoder().encode('12345678');
    expect(crc32Floats([new Float32Array(bytes.buffer)])).toBe(0x9ae0daaf);
    expect(crc32Floats([])).toBe(0);
  });

  it('parseTargets keeps option order and drops unknown names', () => {
    expect(parseTargets('v,q,x')).toEqual(['q', 'v']);
    expect(parseTargets('')).toEqual([]);
  });
});

describe('task', () => {
  it('is seeded, has T inputs, and weights the positions the task defines', () => {
    const c = [...Array(40).keys()].map((i) => 100 + i);
    const a = makeTask('map', 7, c);
    expect(makeTask('map', 7, c)).toEqual(a);
    expect(makeTask('map', 8, c)).not.toEqual(a);
    const b = a.train[0];
    expect(b.inputs[0]).toHaveLength(SEQ_T);
    // map: input position 2i holds x, the target is f(x)
    for (let t = 0; t < SEQ_T; t += 2) {
      const xi = a.symbols.indexOf(b.inputs[0][t]);
      expect(b.targets[0][t]).toBe(a.symbols[a.map[xi]]);
      expect(b.weights[0][t]).toBe(1);
      expect(b.weights[0][t + 1]).toBe(0);
    }
    const cp = makeTask('copy', 7, c).train[1];
    expect(cp.inputs[0].slice(0, SEQ_T / 2)).toEqual(cp.targets[0].slice(SEQ_T / 2 - 1, SEQ_T - 1));
    expect(() => makeTask('map', 1, [1, 2, 3])).toThrow(/candidate/);
  });
});
