import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeGradients } from './gradients';
import { computePrecision, computeSystems } from './sceneData';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('scene data', () => {
  it('systems: ring reaches the true sum; the bubble formula agrees with the drawn schedules', () => {
    for (const n of [2, 4, 8]) {
      const d = computeSystems({ n, t: 0, p: 4, m: 8, straggler: 2, seed: 1 });
      expect(d.ringError).toBe(0);
      expect(d.ring.t).toBe(0);
      expect(d.gpipe.bubble).toBeCloseTo(d.bubble, 12);
      expect(d.onefoneb.bubble).toBeCloseTo(d.bubble, 12);
      expect(d.sync.idle).toBeGreaterThan(0);
    }
  });

  it('precision at the default seed: underflow without scaling, none at 2¹⁶, overflow at 2⁴⁰; bf16 loses nothing', async () => {
    const g = await computeGradients(42);
    const p0 = computePrecision(g, 0, -4);
    const p16 = computePrecision(g, 16, -4);
    const p40 = computePrecision(g, 40, -4);
    expect(p0.counts.underflow / p0.counts.total).toBeGreaterThan(0.2);
    expect(p16.counts.underflow).toBe(0);
    expect(p16.counts.overflow).toBe(0);
    expect(p40.counts.overflow).toBeGreaterThan(0);
    for (const p of [p0, p16, p40]) expect(p.counts.bf16Underflow + p.counts.bf16Overflow).toBe(0);
    // master weights: fp32 keeps (almost) every update that fp16 loses
    const small = computePrecision(g, 0, -5);
    expect(small.lost16).toBeGreaterThan(0.3);
    expect(small.lost32).toBeLessThan(0.01);
    expect(small.example.result.lost16).toBe(true);
  });
});

describe('histogram by fate', () => {
  it('the split histogram adds up to the counts', async () => {
    const g = await computeGradients(42);
    for (const s of [0, 10, 34]) {
      const p = computePrecision(g, s, -4);
      const sum = (a: Uint32Array) => a.reduce((x, y) => x + y, 0);
      expect(sum(p.hist.zero)).toBe(p.counts.underflow);
      expect(sum(p.hist.subnormal)).toBe(p.counts.subnormal);
      expect(sum(p.hist.inf)).toBe(p.counts.overflow);
      expect(sum(p.hist.zero) + sum(p.hist.subnormal) + sum(p.hist.normal) + sum(p.hist.inf)).toBe(p.counts.total);
    }
  });
});
