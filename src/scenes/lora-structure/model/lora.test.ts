import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import fixtures from '../../../../tests/fixtures/lora.json';
import { fitFactors, loraProducts } from './lora';
import { computeLoraScene, makeInit } from './sceneData';

interface ProductCase {
  name: string;
  d: number;
  k: number;
  r: number;
  alpha: number;
  W0: number[];
  A: number[];
  B: number[];
  x: number[];
  partials: number[];
  delta: number[];
  W: number[];
  unmerged: number[];
  h0: number[];
  ax: number[];
  hUnmerged: number[];
  hMerged: number[];
}
interface AdamCase {
  name: string;
  d: number;
  k: number;
  r: number;
  alpha: number;
  lr: number;
  steps: number;
  A0: number[];
  target: number[];
  B: number[];
  A: number[];
  losses: number[];
  finalLoss: number;
}

const f32 = (a: number[]) => Float32Array.from(a);
function expectClose(got: ArrayLike<number>, want: readonly number[], tol: number, what: string) {
  expect(got.length, `${what}: length`).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i] - want[i]) / Math.max(1, Math.abs(want[i])));
  expect(worst, `${what}: max error`).toBeLessThan(tol);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('LoRA products vs PyTorch (tests/fixtures/lora.json)', () => {
  for (const c of fixtures.products as ProductCase[]) {
    it(`${c.name}: cumulative outer products, ΔW = (α/r)·BA, merge, un-merge, both forward paths`, async () => {
      const p = await loraProducts({ d: c.d, k: c.k, r: c.r, alpha: c.alpha, W0: f32(c.W0), A: f32(c.A), B: f32(c.B), x: f32(c.x) });
      expectClose(p.partials, c.partials, 1e-5, 'partials');
      expectClose(p.delta, c.delta, 1e-5, 'delta');
      expectClose(p.W, c.W, 1e-5, 'W');
      expectClose(p.unmerged, c.unmerged, 1e-5, 'unmerged');
      expectClose(p.h0, c.h0, 1e-5, 'h0');
      expectClose(p.ax, c.ax, 1e-5, 'Ax');
      expectClose(p.h, c.hUnmerged, 1e-5, 'h un-merged');
      expectClose(p.hMerged, c.hMerged, 1e-5, 'h merged');
      // the last partial sum is BA itself
      const last = p.partials.subarray((c.r - 1) * c.d * c.k);
      expectClose(Array.from(last, (v) => (v * c.alpha) / c.r), c.delta, 1e-5, 'last partial × s');
    });
  }
  it('covers rank 1 and r = min(d, k)', () => {
    const cs = fixtures.products as ProductCase[];
    expect(cs.some((c) => c.r === 1)).toBe(true);
    expect(cs.some((c) => c.r === Math.min(c.d, c.k))).toBe(true);
  });
});

describe('training B and A with Adam vs torch.optim.Adam', () => {
  for (const c of fixtures.adam as AdamCase[]) {
    it(c.name, async () => {
      const got = fitFactors(c.A0, c.target, c.d, c.k, c.r, c.alpha / c.r, { lr: c.lr, steps: c.steps });
      expectClose(got.losses, c.losses, 2e-4, 'loss history');
      expectClose(got.B, c.B, 2e-4, 'B');
      expectClose(got.A, c.A, 2e-4, 'A');
    });
  }
});

describe('initialisation (loralib / PEFT: A Kaiming-uniform with a = √5, B = 0)', () => {
  for (const c of fixtures.kaiming) {
    it(`A [${c.r}×${c.k}] within torch's bound ${c.bound}, variance ≈ bound²/3`, () => {
      const init = makeInit({ d: Math.max(c.r, 8), k: c.k, r: c.r, alpha: 8, seed: 3 });
      let m = 0;
      let ss = 0;
      for (const a of init.A0) (m = Math.max(m, Math.abs(a))), (ss += a * a);
      expect(m).toBeLessThanOrEqual(c.bound + 1e-7);
      if (init.A0.length >= 256) expect(ss / init.A0.length).toBeCloseTo((c.bound * c.bound) / 3, 3);
    });
  }
});

describe('scene computation', () => {
  it('init state is exactly the pre-trained model; merged = un-merged to float32 round-off; no tensor leak', async () => {
    const before = tf.memory().numTensors;
    for (const [d, k, r] of [
      [24, 32, 8],
      [16, 12, 1],
      [9, 7, 7],
      [64, 64, 64],
    ]) {
      const s = await computeLoraScene({ d, k, r, alpha: 16, seed: 5 });
      expect(s.init.r).toBe(Math.min(r, d, k));
      expect(s.initDelta).toBe(0);
      expect(s.mergeDiff).toBeLessThan(1e-5);
      expect(s.unmergeDiff).toBeLessThan(1e-6);
      expect(s.losses[s.losses.length - 1]).toBeLessThan(s.losses[0]);
      expect(s.partials.length).toBe(s.init.r * d * k);
    }
    expect(tf.memory().numTensors).toBe(before);
  }, 30000);
  it('r is clamped to min(d, k); same seed same data; different seed different W0', () => {
    expect(makeInit({ d: 5, k: 9, r: 64, alpha: 1, seed: 1 }).r).toBe(5);
    expect(makeInit({ d: 5, k: 9, r: 2, alpha: 1, seed: 1 }).W0).toEqual(makeInit({ d: 5, k: 9, r: 4, alpha: 1, seed: 1 }).W0);
    expect(makeInit({ d: 5, k: 9, r: 2, alpha: 1, seed: 1 }).W0).not.toEqual(makeInit({ d: 5, k: 9, r: 2, alpha: 1, seed: 2 }).W0);
  });
  it('the full-rank adapter fits the task update almost exactly; rank 1 cannot', async () => {
    const full = await computeLoraScene({ d: 12, k: 12, r: 12, alpha: 12, seed: 9 });
    const one = await computeLoraScene({ d: 12, k: 12, r: 1, alpha: 12, seed: 9 });
    expect(full.fitError).toBeLessThan(0.05);
    expect(one.fitError).toBeGreaterThan(0.2);
  });
});
