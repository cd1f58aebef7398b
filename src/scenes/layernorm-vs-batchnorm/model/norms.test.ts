import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixtures from '../../../../tests/fixtures/norms.json';
import { NORM_MODES } from '../params';
import { batchNormEval, batchNormRunning, normalize, type NormMode, type RunningStats, type Shape3 } from './norms';
import { makeActivations } from './activations';

interface ModeFixture {
  y?: number[];
  mean?: number[];
  var?: number[];
  torchError?: string;
}
interface NormCase {
  name: string;
  B: number;
  T: number;
  C: number;
  eps: number;
  x: number[];
  mask?: number[];
  modes: Record<string, ModeFixture>;
  bnExcludePad?: { yReal: number[]; mean: number[]; var: number[] };
}
interface RunningCase {
  name: string;
  B: number;
  T: number;
  C: number;
  eps: number;
  momentum: number;
  batches: number[][];
  after: { runningMean: number[]; runningVar: number[] }[];
  runningMean: number[];
  runningVar: number[];
  xEval: number[];
  yEval: number[];
  torchErrors?: (string | null)[];
}

const normCases = fixtures.normalize as NormCase[];
const runningCases = fixtures.running as RunningCase[];
const TOL = 1e-4;
/** Largest |ours − torch| per kind, printed at the end. */
const maxErr: Record<string, number> = {};

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
/** Max abs error ≤ 1e-4 for outputs (y, running stats); statistics are compared relative to max(1, |torch|). */
function check(kind: string, ours: ArrayLike<number>, torch: ArrayLike<number>, relative = false): void {
  expect(ours.length).toBe(torch.length);
  let e = 0;
  let abs = 0;
  for (let i = 0; i < ours.length; i++) {
    const d = Math.abs(ours[i] - torch[i]);
    abs = Math.max(abs, d);
    e = Math.max(e, relative ? d / Math.max(1, Math.abs(torch[i])) : d);
  }
  maxErr[kind] = Math.max(maxErr[kind] ?? 0, abs);
  if (relative) maxErr[`${kind} (rel)`] = Math.max(maxErr[`${kind} (rel)`] ?? 0, e);
  expect(e).toBeLessThanOrEqual(TOL);
}
const shapeOf = (c: { B: number; T: number; C: number }): Shape3 => [c.B, c.T, c.C];

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});
afterAll(() => {
  console.log('max |ours - torch|:', JSON.stringify(maxErr));
});

describe('normalize vs torch', () => {
  it('has fixtures for every mode', () => {
    expect(normCases.length).toBeGreaterThanOrEqual(8);
    for (const c of normCases) for (const m of NORM_MODES) expect(c.modes[m]).toBeDefined();
  });

  for (const c of normCases) {
    for (const mode of NORM_MODES) {
      const f = c.modes[mode];
      if (f.torchError) {
        it(`${c.name} ${mode}: torch refuses, ours gives variance 0 and y = 0`, () => {
          // InstanceNorm with T = 1: "Expected more than 1 spatial element when training".
          expect(mode).toBe('in');
          expect(c.T).toBe(1);
          const r = normalize(Float32Array.from(c.x), shapeOf(c), mode as NormMode, { eps: c.eps });
          expect(Array.from(r.variance).every((v) => v === 0)).toBe(true);
          expect(Array.from(r.y).every((v) => v === 0)).toBe(true);
        });
        continue;
      }
      it(`${c.name} ${mode}: y, mean, variance match torch (≤ 1e-4)`, () => {
        const r = normalize(Float32Array.from(c.x), shapeOf(c), mode as NormMode, { eps: c.eps });
        check(`${mode}.y`, r.y, f.y!);
        // The outlier case has variances of ~1e3: float32 resolution there is ~1e-4, so stats are relative.
        check(`${mode}.mean`, r.mean, f.mean!, true);
        check(`${mode}.var`, r.variance, f.var!, true);
        expect(r.groupCount).toBe(f.mean!.length);
        expect(r.groupSize * r.groupCount).toBe(c.B * c.T * c.C);
      });
    }
  }

  it('padded: excludePad gives torch BN over the real tokens only', () => {
    const c = normCases.find((k) => k.bnExcludePad)!;
    const mask = Uint8Array.from(c.mask!);
    const r = normalize(Float32Array.from(c.x), shapeOf(c), 'bn', { eps: c.eps, mask, excludePad: true });
    const yReal: number[] = [];
    for (let i = 0; i < c.B * c.T; i++) if (mask[i]) for (let k = 0; k < c.C; k++) yReal.push(r.y[i * c.C + k]);
    check('bnExcludePad.y', yReal, c.bnExcludePad!.yReal);
    check('bnExcludePad.mean', r.mean, c.bnExcludePad!.mean, true);
    check('bnExcludePad.var', r.variance, c.bnExcludePad!.var, true);
    expect(r.groupSize).toBe(mask.reduce((s, v) => s + v, 0));
    // With padding counted the statistics differ visibly (that is the point of the scene step).
    const withPad = normalize(Float32Array.from(c.x), shapeOf(c), 'bn', { eps: c.eps, mask });
    expect(maxAbsDiff(withPad.mean, r.mean)).toBeGreaterThan(0.1);
  });

  it('constant groups give y = 0, and eps shrinks near-constant groups', () => {
    const c = normCases.find((k) => k.name === 'constant')!;
    const ln = normalize(Float32Array.from(c.x), shapeOf(c), 'ln');
    expect(ln.variance[1]).toBe(0);
    expect(Array.from(ln.y.slice(c.C, 2 * c.C))).toEqual([0, 0, 0, 0]);
    const e = normCases.find((k) => k.name === 'eps-scale')!;
    const r = normalize(Float32Array.from(e.x), shapeOf(e), 'ln');
    const big = normalize(Float32Array.from(e.x), shapeOf(e), 'ln', { eps: 1e-12 });
    // Without eps every LN row has unit variance; with eps 1e-5 at std ≈ 3e-3 it is clearly below 1.
    const rowVar = (y: Float32Array) => y.slice(0, e.C).reduce((s, v) => s + v * v, 0) / e.C;
    expect(rowVar(big.y)).toBeCloseTo(1, 3);
    expect(rowVar(r.y)).toBeLessThan(0.9);
  });

  it('groupOf follows bn → c, ln/rms → b·T + t, in → b·C + c', () => {
    const shape: Shape3 = [2, 3, 4];
    const x = new Float32Array(24).map((_, i) => Math.sin(i));
    const cell = (b: number, t: number, c: number) => (b * 3 + t) * 4 + c;
    const g = (m: NormMode) => normalize(x, shape, m).groupOf[cell(1, 2, 3)];
    expect(g('bn')).toBe(3);
    expect(g('ln')).toBe(5);
    expect(g('rms')).toBe(5);
    expect(g('in')).toBe(7);
    expect(normalize(x, shape, 'in').groupCount).toBe(8);
  });

  it('rejects a wrong length', () => {
    expect(() => normalize(new Float32Array(5), [1, 2, 3], 'ln')).toThrow();
  });
});

describe('batchNormRunning / batchNormEval vs torch', () => {
  for (const c of runningCases.filter((k) => !k.torchErrors)) {
    it(`${c.name}: running stats after each batch and eval output match torch (≤ 1e-4)`, () => {
      const r = batchNormRunning(
        c.batches.map((b) => Float32Array.from(b)),
        shapeOf(c),
        { momentum: c.momentum, eps: c.eps },
      );
      expect(r.history.length).toBe(c.batches.length);
      c.after.forEach((a, i) => {
        check('running.mean', r.history[i].runningMean, a.runningMean);
        check('running.var', r.history[i].runningVar, a.runningVar);
      });
      check('running.mean', r.runningMean, c.runningMean);
      check('running.var', r.runningVar, c.runningVar);
      const y = batchNormEval(Float32Array.from(c.xEval), [c.xEval.length / (c.T * c.C), c.T, c.C], r.runningMean, r.runningVar, c.eps);
      check('eval.y', y, c.yEval);
    });
  }

  it('a batch with one value per channel is skipped, as torch refuses it (chained with init)', () => {
    const c = runningCases.find((k) => k.torchErrors)!;
    expect(c.torchErrors![1]).toMatch(/more than 1 value per channel/);
    // The batches have different shapes: [2,3,C], [1,1,C], [2,3,C]; chain the calls through `init`.
    let stats: RunningStats | undefined;
    c.batches.forEach((b, i) => {
      const shape: Shape3 = [b.length === c.C ? 1 : 2, b.length === c.C ? 1 : 3, c.C];
      stats = batchNormRunning([Float32Array.from(b)], shape, { momentum: c.momentum, init: stats });
      check('running.mean', stats.runningMean, c.after[i].runningMean);
      check('running.var', stats.runningVar, c.after[i].runningVar);
    });
    expect(Array.from(c.after[1].runningMean)).toEqual(Array.from(c.after[0].runningMean));
    const y = batchNormEval(Float32Array.from(c.xEval), [2, 2, c.C], stats!.runningMean, stats!.runningVar, c.eps);
    check('eval.y', y, c.yEval);
  });

  it('no batches: initial stats mean 0, var 1', () => {
    const r = batchNormRunning([], [2, 2, 3]);
    expect(Array.from(r.runningMean)).toEqual([0, 0, 0]);
    expect(Array.from(r.runningVar)).toEqual([1, 1, 1]);
  });
});

describe('tensor leaks', () => {
  it('numTensors is unchanged after repeated calls of every function', () => {
    const { x, mask } = makeActivations({ B: 4, T: 6, C: 5, seed: 3, pad: 0.3, outlier: 4 });
    const shape: Shape3 = [4, 6, 5];
    // Warm up once (kernels may allocate persistent state on first use).
    normalize(x, shape, 'bn');
    const before = tf.memory().numTensors;
    for (let k = 0; k < 3; k++) {
      for (const m of NORM_MODES) normalize(x, shape, m);
      normalize(x, shape, 'bn', { mask, excludePad: true });
      const r = batchNormRunning([x, x, x], shape);
      batchNormEval(x, shape, r.runningMean, r.runningVar);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});
