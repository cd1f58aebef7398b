import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import fixtures from '../../../../tests/fixtures/optim.json';
import { adamUpdate, lossAt, maxGap, thetaAt } from './inspect';
import { DOMAIN, grad, l2Minimum, LANDSCAPES, loss, type Landscape } from './landscapes';
import { computeRace, N_OPT, OPTIMIZERS, ROW, type RaceParams } from './optim';

beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('cpu');
});

interface Run {
  theta: number[][];
  grad: number[][];
  m: number[][];
  v: number[][];
}
interface Case {
  name: string;
  landscape: Landscape;
  start: [number, number];
  steps: number;
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  wd: number;
  loss0: number;
  runs: Record<(typeof OPTIMIZERS)[number], Run>;
  probe: { points: [number, number][]; loss: number[] };
}
const cases = (fixtures as unknown as { cases: Case[] }).cases;

const toParams = (c: Case): RaceParams => ({
  land: c.landscape,
  lr: c.lr,
  beta1: c.beta1,
  beta2: c.beta2,
  eps: c.eps,
  wd: c.wd,
  steps: c.steps,
  x0: c.start[0],
  y0: c.start[1],
});

/** Largest |a − b| / (1 + |b|) between a float32 result and the float64 torch reference. */
function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let e = 0;
  for (let i = 0; i < b.length; i++) e = Math.max(e, Math.abs(a[i] - b[i]) / (1 + Math.abs(b[i])));
  return e;
}

/** Rows [steps][2] of one optimizer from a race array laid out [steps][N_OPT][2]. */
function rowsOf(a: Float32Array, opt: (typeof OPTIMIZERS)[number], steps: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < steps; t++) out.push(a[(t * N_OPT + ROW[opt]) * 2], a[(t * N_OPT + ROW[opt]) * 2 + 1]);
  return out;
}

describe('trajectories against PyTorch 1.13 optimizers (tests/fixtures/optim.json)', () => {
  it('has the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: θ, ∇f, m, v of every optimizer', async (_, c) => {
    const race = await computeRace(toParams(c));
    for (const opt of OPTIMIZERS) {
      const ref = c.runs[opt];
      expect(relErr(rowsOf(race.theta, opt, c.steps + 1), ref.theta.flat()), `${opt} θ`).toBeLessThan(2e-5);
      expect(relErr(rowsOf(race.grad, opt, c.steps), ref.grad.flat()), `${opt} ∇f`).toBeLessThan(2e-5);
      if (ref.m.length) expect(relErr(rowsOf(race.m, opt, c.steps), ref.m.flat()), `${opt} m`).toBeLessThan(2e-5);
      if (ref.v.length) expect(relErr(rowsOf(race.v, opt, c.steps), ref.v.flat()), `${opt} v`).toBeLessThan(2e-5);
    }
    expect(Math.abs(lossAt(race, 'adam', 0) - c.loss0)).toBeLessThan(1e-4 * (1 + c.loss0));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the update view rebuilds torch’s step term by term', async (_, c) => {
    const race = await computeRace(toParams(c));
    for (const opt of ['adam', 'adamL2', 'adamw'] as const) {
      for (const t of [1, Math.ceil(c.steps / 2), c.steps]) {
        const u = adamUpdate(race, opt, t);
        const ref = c.runs[opt];
        // θ_t = θ_{t−1} − decay − step (AdamW), θ_{t−1} − step (Adam, Adam+L2): torch's own θ_t
        for (const k of [0, 1] as const) {
          const rebuilt = u.theta0[k] - (opt === 'adamw' ? u.decay[k] : 0) - u.step[k];
          expect(Math.abs(rebuilt - ref.theta[t][k]), `${opt} t=${t} k=${k}`).toBeLessThan(2e-5 * (1 + Math.abs(ref.theta[t][k])));
          // the moments see ∇f + λθ under L2 only
          const g = ref.grad[t - 1][k] + (opt === 'adamL2' ? c.wd * ref.theta[t - 1][k] : 0);
          expect(Math.abs(u.g[k] - g)).toBeLessThan(2e-5 * (1 + Math.abs(g)));
        }
      }
    }
  });
});

describe('edge cases', () => {
  const base: RaceParams = { land: 'valley', lr: 0.05, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0, steps: 30, x0: -2, y0: 2.5 };

  it('λ = 0: Adam+L2 and AdamW are Adam, exactly', async () => {
    for (const land of LANDSCAPES) {
      const race = await computeRace({ ...base, land });
      expect(maxGap(race, 'adam', 'adamL2')).toBe(0);
      expect(maxGap(race, 'adam', 'adamw')).toBe(0);
      expect(maxGap(race, 'sgd', 'sgdL2')).toBe(0);
    }
  });

  it('λ > 0 under plain SGD: L2 and decoupled decay (lr·λ) give the same trajectory up to rounding', async () => {
    const race = await computeRace({ ...base, wd: 0.5, steps: 100 });
    expect(maxGap(race, 'sgdL2', 'sgdw')).toBeLessThan(1e-5);
    expect(maxGap(race, 'sgd', 'sgdL2')).toBeGreaterThan(0.1);
  });

  it('λ > 0 under Adam: L2 and decoupled decay differ', async () => {
    const race = await computeRace({ ...base, wd: 0.3, steps: 200 });
    expect(maxGap(race, 'adamL2', 'adamw')).toBeGreaterThan(0.1);
  });

  it('the first Adam update is ±lr per coordinate (m̂ = g, v̂ = g²)', async () => {
    const race = await computeRace({ ...base, steps: 1, wd: 0.3 });
    for (const opt of ['adam', 'adamL2', 'adamw'] as const) {
      const u = adamUpdate(race, opt, 1);
      for (const k of [0, 1]) {
        expect(Math.abs(Math.abs(u.step[k]) - base.lr)).toBeLessThan(1e-6);
        expect(Math.abs(u.mHat[k] - u.g[k])).toBeLessThan(1e-5 * (1 + Math.abs(u.g[k])));
      }
    }
  });

  it('Adam+L2 divides the decay by √v̂ + ε per coordinate; AdamW does not', async () => {
    const race = await computeRace({ ...base, wd: 0.3, steps: 40 });
    const l2 = adamUpdate(race, 'adamL2', 40);
    const w = adamUpdate(race, 'adamw', 40);
    expect(w.relDecay[0]).toBeCloseTo(base.lr * 0.3, 9);
    expect(w.relDecay[1]).toBeCloseTo(base.lr * 0.3, 9);
    for (const k of [0, 1]) expect(l2.relDecay[k] * l2.den[k]).toBeCloseTo(base.lr * 0.3, 9);
    // the steep coordinate (curvature 12) has the larger √v̂, so the smaller L2 decay
    expect(l2.relDecay[1]).toBeLessThan(l2.relDecay[0]);
  });

  it('a diverging SGD gives non-finite values, not an exception', async () => {
    const race = await computeRace({ ...base, lr: 0.5, steps: 200 });
    expect(Number.isFinite(thetaAt(race, 'sgd', 200)[1])).toBe(false);
    expect(Number.isFinite(thetaAt(race, 'adam', 200)[1])).toBe(true);
  });

  it('returns the loss grid with the trajectories, and it matches the JS loss', async () => {
    const n = 9;
    const race = await computeRace({ ...base, land: 'banana', steps: 3 }, n);
    expect(race.grid).toHaveLength(n * n);
    const x = (i: number) => -DOMAIN + (2 * DOMAIN * i) / (n - 1);
    for (const [i, j] of [[0, 0], [4, 4], [8, 2], [3, 7]]) {
      expect(race.grid![j * n + i]).toBeCloseTo(loss('banana', x(i), x(j)), 3);
    }
  });

  it('leaks no tensor', async () => {
    await computeRace({ ...base, steps: 3 }, 5);
    const before = tf.memory().numTensors;
    for (const land of LANDSCAPES) await computeRace({ ...base, land, steps: 7, wd: 0.2 }, 6);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('landscapes', () => {
  it.each(cases.filter((c, i) => cases.findIndex((d) => d.landscape === c.landscape) === i).map((c) => [c.landscape, c] as const))(
    '%s: JS loss equals torch’s at probe points',
    (land, c) => {
      c.probe.points.forEach(([x, y], i) => expect(loss(land, x, y)).toBeCloseTo(c.probe.loss[i], 9));
    },
  );

  it.each(cases.map((c) => [c.name, c] as const))('%s: JS gradient equals torch autograd along the AdamW run', (_, c) => {
    const r = c.runs.adamw;
    r.grad.forEach((gt, t) => {
      const g = grad(c.landscape, r.theta[t][0], r.theta[t][1]);
      expect(Math.abs(g[0] - gt[0]) + Math.abs(g[1] - gt[1])).toBeLessThan(1e-9 * (1 + Math.abs(gt[0]) + Math.abs(gt[1])));
    });
  });

  it.each([...LANDSCAPES])('%s: the L2 minimum is a stationary point of f + ½λ‖θ‖²', (land) => {
    for (const lambda of [0, 0.1, 0.3, 1]) {
      const [x, y] = l2Minimum(land, lambda);
      const [gx, gy] = grad(land, x, y);
      expect(Math.hypot(gx + lambda * x, gy + lambda * y)).toBeLessThan(1e-9);
    }
  });
});
