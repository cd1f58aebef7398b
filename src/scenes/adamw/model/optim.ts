import * as tf from '@tensorflow/tfjs-core';
import { CHANNELS, fusedRace } from './fused';
import { gradOps, gridLossOps, lossOps, type Landscape } from './landscapes';

/**
 * The optimizers that race, one row each of one batched [N_OPT, 2] state. The first five are drawn
 * always; `sgdL2` (torch SGD(weight_decay=λ)) and `sgdw` (θ ← θ(1 − lr·λ), then plain SGD) exist for the
 * "L2 = weight decay under SGD" step.
 */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam', 'adamL2', 'adamw', 'sgdL2', 'sgdw'] as const;
export type OptimizerId = (typeof OPTIMIZERS)[number];
export const N_OPT = OPTIMIZERS.length;
/** Index of an optimizer's row. */
export const ROW: Record<OptimizerId, number> = Object.fromEntries(OPTIMIZERS.map((o, i) => [o, i])) as Record<OptimizerId, number>;

/** Hyper-parameters of one race (PyTorch names: lr, betas, eps, weight_decay). SGD with momentum uses μ = β1. */
export interface RaceParams {
  land: Landscape;
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  /** λ: weight_decay of Adam (L2 into the gradient), AdamW (decoupled, times lr), SGD+L2 and SGDW. */
  wd: number;
  steps: number;
  x0: number;
  y0: number;
}

const isAdam = (o: OptimizerId) => o === 'adam' || o === 'adamL2' || o === 'adamw';

/** Per-row constants of the unified update (see raceOps). Each [N_OPT][1]. */
export function rowConstants(p: RaceParams) {
  const col = (f: (o: OptimizerId) => number) => OPTIMIZERS.map((o) => [f(o)]);
  return {
    /** λ added to the gradient (L2): Adam(weight_decay), SGD(weight_decay). */
    l2: col((o) => (o === 'adamL2' || o === 'sgdL2' ? p.wd : 0)),
    /** θ is first multiplied by this (decoupled decay): 1 − lr·λ for AdamW and SGDW. */
    keep: col((o) => (o === 'adamw' || o === 'sgdw' ? 1 - p.lr * p.wd : 1)),
    /** First-moment recurrence m ← a·m + c·g: Adam (β1, 1−β1); torch SGD momentum (μ, 1); SGD (0, 1). */
    a: col((o) => (isAdam(o) || o === 'momentum' ? p.beta1 : 0)),
    c: col((o) => (isAdam(o) ? 1 - p.beta1 : 1)),
    /** Added to the denominator: ε for Adam (after the square root), 1 for SGD (whose denominator is then 1). */
    e: col((o) => (isAdam(o) ? p.eps : 1)),
  };
}

/**
 * The step-dependent factors of update t (1-based), [N_OPT][1] each: the step size lr/(1 − β1ᵗ) for Adam
 * (lr for SGD), and the factor 1/√(1 − β2ᵗ) that turns √v into √v̂ (0 for SGD, so √v·0 + 1 = 1).
 */
export function stepFactors(p: RaceParams, t: number): { size: number[][]; rs: number[][] } {
  const bc1 = 1 - p.beta1 ** t;
  const bc2 = 1 - p.beta2 ** t;
  return {
    size: OPTIMIZERS.map((o) => [isAdam(o) ? p.lr / bc1 : p.lr]),
    rs: OPTIMIZERS.map((o) => [isAdam(o) ? 1 / Math.sqrt(bc2) : 0]),
  };
}

/** The tensors of a whole race. theta: [steps+1, N_OPT, 2]; grad (∇f at θ_{t−1}, without λθ), m, v: [steps, N_OPT, 2]. */
export interface RaceTensors {
  theta: tf.Tensor3D;
  grad: tf.Tensor3D;
  m: tf.Tensor3D;
  v: tf.Tensor3D;
}

/**
 * All optimizers, all steps, as one batched tfjs program over a [N_OPT, 2] state (PyTorch 1.13
 * semantics, in torch's order of operations). For t = 1…T, per row:
 *   g = ∇f(θ) + l2·θ;  θ ← keep·θ;  m ← a·m + c·g;  v ← β2·v + (1−β2)·g²;
 *   θ ← θ − size_t · m / (rs_t·√v + e)
 * which is SGD (a = 0), torch's SGD momentum (b ← μb + g), Adam (m̂/(√v̂ + ε), bias-corrected),
 * Adam(weight_decay) (l2 = λ) and AdamW (keep = 1 − lr·λ). ~18 kernels per step; each step's temporaries
 * are disposed at once so the WebGL backend reuses their textures.
 */
export function raceOps(p: RaceParams): RaceTensors {
  return tf.tidy(() => {
    const k = rowConstants(p);
    const l2 = tf.tensor2d(k.l2);
    const keep = tf.tensor2d(k.keep);
    const a = tf.tensor2d(k.a);
    const c = tf.tensor2d(k.c);
    const e = tf.tensor2d(k.e);
    const gradF = gradOps(p.land);
    let theta = tf.tensor2d(OPTIMIZERS.map(() => [p.x0, p.y0]));
    let m = tf.zeros([N_OPT, 2]) as tf.Tensor2D;
    let v = tf.zeros([N_OPT, 2]) as tf.Tensor2D;
    const thetas: tf.Tensor2D[] = [theta];
    const grads: tf.Tensor2D[] = [];
    const ms: tf.Tensor2D[] = [];
    const vs: tf.Tensor2D[] = [];
    for (let t = 1; t <= p.steps; t++) {
      const f = stepFactors(p, t);
      const prevTheta = theta;
      const prevM = m;
      const prevV = v;
      const next = tf.tidy(() => {
        const gf = gradF(prevTheta);
        const g = tf.add(gf, tf.mul(l2, prevTheta));
        const mm = tf.add(tf.mul(a, prevM), tf.mul(c, g));
        const vv = tf.add(tf.mul(p.beta2, prevV), tf.mul(1 - p.beta2, tf.square(g)));
        const den = tf.add(tf.mul(tf.sqrt(vv), tf.tensor2d(f.rs)), e);
        const th = tf.sub(tf.mul(keep, prevTheta), tf.div(tf.mul(tf.tensor2d(f.size), mm), den));
        return { gf, mm, vv, th };
      });
      theta = next.th as tf.Tensor2D;
      m = next.mm as tf.Tensor2D;
      v = next.vv as tf.Tensor2D;
      thetas.push(theta);
      grads.push(next.gf as tf.Tensor2D);
      ms.push(m);
      vs.push(v);
    }
    const empty = () => tf.zeros([0, N_OPT, 2]) as tf.Tensor3D;
    return {
      theta: tf.stack(thetas) as tf.Tensor3D,
      grad: grads.length ? (tf.stack(grads) as tf.Tensor3D) : empty(),
      m: ms.length ? (tf.stack(ms) as tf.Tensor3D) : empty(),
      v: vs.length ? (tf.stack(vs) as tf.Tensor3D) : empty(),
    };
  });
}

/** A finished race as plain arrays. */
export interface Race {
  params: RaceParams;
  /** [steps+1][N_OPT][2], row-major: θ after each update (index 0 = the start). */
  theta: Float32Array;
  /** [steps][N_OPT][2]: ∇f(θ_{t−1}) of update t (index t−1), without the L2 term. */
  grad: Float32Array;
  /** [steps][N_OPT][2]: m_t (torch's exp_avg, or SGD's momentum_buffer) and v_t (exp_avg_sq) after update t. */
  m: Float32Array;
  v: Float32Array;
  /** [steps+1][N_OPT]: the (unregularised) loss along every trajectory. */
  loss: Float32Array;
  /** The loss on the contour grid, when asked for: [gridN·gridN], row-major from (−D, −D). */
  grid: Float32Array | null;
  gridN: number;
  /** Wall time of the tensor program and its read-back, ms. */
  ms: number;
  path: RacePath;
}

/** How the race was computed: one fused WebGL kernel, or ~18 tfjs ops per update (CPU, tests). */
export type RacePath = 'fused' | 'ops';

/**
 * One race: every optimizer's trajectory, state and loss (and, if gridN > 0, the loss grid for the
 * contours) in one tensor program with ONE read-back. On WebGL the recurrence is one fused kernel
 * (fused.ts); elsewhere, or with `fused: false`, the batched tfjs ops of raceOps.
 */
export async function computeRace(p: RaceParams, gridN = 0, opts: { fused?: boolean } = {}): Promise<Race> {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const T = p.steps;
  const S = N_OPT * 2;
  let path = 'ops' as RacePath;
  const packed = tf.tidy(() => {
    const flat = (x: tf.Tensor) => tf.reshape(x, [-1]);
    // On WebGL, θ, ∇f, m, v, the loss and the grid all come out of ONE kernel: nothing else runs.
    let fz: tf.Tensor1D | null = null;
    try {
      fz = opts.fused === false ? null : fusedRace(p, gridN);
    } catch {
      fz = null; // a driver that rejects the custom shader: fall back to the batched ops
    }
    if (fz) {
      path = 'fused';
      return fz;
    }
    const r = raceOps(p);
    const parts = [flat(r.theta), flat(r.grad), flat(r.m), flat(r.v), lossOps(p.land, tf.reshape(r.theta, [-1, 2]) as tf.Tensor2D)];
    if (gridN > 0) parts.push(gridLossOps(p.land, gridN));
    return tf.concat(parts);
  });
  let all: Float32Array;
  try {
    all = (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
  let o = 0;
  const take = (k: number) => all.slice(o, (o += k));
  let theta: Float32Array;
  let grad: Float32Array;
  let m: Float32Array;
  let v: Float32Array;
  let loss: Float32Array;
  if (path === 'fused') {
    const z = all.subarray(0, (T + 1) * N_OPT * CHANNELS);
    o = z.length;
    theta = new Float32Array((T + 1) * S);
    grad = new Float32Array(T * S);
    m = new Float32Array(T * S);
    v = new Float32Array(T * S);
    loss = new Float32Array((T + 1) * N_OPT);
    for (let t = 0; t <= T; t++)
      for (let k = 0; k < N_OPT; k++) {
        const b = (t * N_OPT + k) * CHANNELS;
        const i = (t * N_OPT + k) * 2;
        theta[i] = z[b];
        theta[i + 1] = z[b + 1];
        loss[t * N_OPT + k] = z[b + 8];
        if (t === 0) continue;
        const j = i - S;
        grad[j] = z[b + 2];
        grad[j + 1] = z[b + 3];
        m[j] = z[b + 4];
        m[j + 1] = z[b + 5];
        v[j] = z[b + 6];
        v[j + 1] = z[b + 7];
      }
  } else {
    theta = take((T + 1) * S);
    grad = take(T * S);
    m = take(T * S);
    v = take(T * S);
    loss = take((T + 1) * N_OPT);
  }
  const grid = gridN > 0 ? take(gridN * gridN) : null;
  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  return { params: p, theta, grad, m, v, loss, grid, gridN, ms: t1 - t0, path };
}
