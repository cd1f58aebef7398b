import * as tf from '@tensorflow/tfjs-core';
import { mulberry32, normalSampler } from '../../../compute/rng';
import { fitFactors, loraOps, loraScale, loraSizes, unpackProducts, type LoraProducts } from './lora';

/** Adam steps and learning rate of the demo's "training" of B and A towards the task update. */
export const FIT_STEPS = 150;
export const FIT_LR = 0.01;
/** Components of the seeded task update ΔW* (singular values 1, 0.6, 0.36, …). */
export const TARGET_COMPONENTS = 6;

/** The demo's inputs, all seeded. */
export interface LoraInit {
  d: number;
  k: number;
  /** Rank used (the requested r clamped to min(d, k)). */
  r: number;
  alpha: number;
  /** [d·k] frozen pre-trained weight, N(0, 1/k). */
  W0: Float32Array;
  /** [r·k] A at init: Kaiming-uniform(a = √5) as loralib / PEFT, i.e. U(−1/√k, 1/√k). */
  A0: Float32Array;
  /** [d·k] the task's update ΔW* the adapter is trained towards (smooth, decaying spectrum). */
  target: Float32Array;
  /** [k] input vector, N(0, 1). */
  x: Float32Array;
}

/** A smooth seeded profile of length n: a sinusoid with random frequency and phase plus a weaker harmonic. */
function smooth(n: number, u: () => number): Float32Array {
  const f = 0.4 + 2.2 * u();
  const ph = u();
  const f2 = 1.5 + 3 * u();
  const ph2 = u();
  const w2 = 0.35 * u();
  const out = new Float32Array(n);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const t = n > 1 ? i / (n - 1) : 0;
    out[i] = Math.sin(2 * Math.PI * (f * t + ph)) + w2 * Math.sin(2 * Math.PI * (f2 * t + ph2));
    ss += out[i] * out[i];
  }
  const norm = Math.sqrt(ss) || 1;
  for (let i = 0; i < n; i++) out[i] /= norm;
  return out;
}

/**
 * Seeded W0, A0, the target update and x. Independent streams per quantity, so that W0 does not change
 * when r changes and A0's first rows do not change when r grows.
 */
export function makeInit(p: { d: number; k: number; r: number; alpha: number; seed: number }): LoraInit {
  const d = Math.max(1, Math.round(p.d));
  const k = Math.max(1, Math.round(p.k));
  const r = Math.max(1, Math.min(Math.round(p.r), d, k));
  const stream = (salt: number) => mulberry32((p.seed * 1000003 + salt) >>> 0);
  const nW = normalSampler(stream(11));
  const W0 = new Float32Array(d * k);
  const sw = 1 / Math.sqrt(k);
  for (let i = 0; i < W0.length; i++) W0[i] = nW() * sw;
  const uA = stream(23);
  const bound = 1 / Math.sqrt(k); // gain(leaky_relu, √5)·√(3/fan_in) = √(1/3)·√(3/k)
  const A0 = new Float32Array(r * k);
  for (let i = 0; i < A0.length; i++) A0[i] = (2 * uA() - 1) * bound;
  const nx = normalSampler(stream(37));
  const x = new Float32Array(k);
  for (let i = 0; i < k; i++) x[i] = nx();
  // ΔW* = c · Σ_j 0.6^j u_j v_jᵀ with smooth unit vectors u_j, v_j; RMS 0.6 × W0's RMS.
  const ut = stream(53);
  const target = new Float32Array(d * k);
  for (let j = 0; j < TARGET_COMPONENTS; j++) {
    const u = smooth(d, ut);
    const v = smooth(k, ut);
    const sj = 0.6 ** j;
    for (let i = 0; i < d; i++) for (let c = 0; c < k; c++) target[i * k + c] += sj * u[i] * v[c];
  }
  let ss = 0;
  for (const t of target) ss += t * t;
  const rms = Math.sqrt(ss / target.length) || 1;
  const scale = (0.6 * sw) / rms;
  for (let i = 0; i < target.length; i++) target[i] *= scale;
  return { d, k, r, alpha: p.alpha, W0, A0, target, x };
}

/** What the scene draws for one set of params (plain arrays). */
export interface LoraSceneData extends LoraProducts {
  init: LoraInit;
  s: number;
  /** Trained factors: B [d·r], A [r·k]. */
  B: Float32Array;
  A: Float32Array;
  /** Training loss (mean squared error to ΔW*) before each Adam step. */
  losses: Float32Array;
  /** ‖s·BA − ΔW*‖_F / ‖ΔW*‖_F after training. */
  fitError: number;
  /** max |h − Wx|: un-merged vs merged forward. */
  mergeDiff: number;
  /** max |(W − s·BA) − W0|: float32 round-off of merge then un-merge. */
  unmergeDiff: number;
  /** max |ΔW|. */
  deltaMax: number;
  /** ‖s·B(Ax)‖ / ‖W0 x‖. */
  branchRatio: number;
  /** At init (B = 0): max |s·B0·A0| and max |h_init − W0 x| — exactly 0. */
  initDelta: number;
  /** Colour scales (max |·|). */
  scaleW: number;
  scaleB: number;
  scaleA: number;
  scaleDelta: number;
}

const maxAbs = (a: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
};
const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};
const norm = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
};

/**
 * The scene's computation: train B, A from (0, A0) with Adam towards ΔW* (plain JS), then in tfjs with one
 * read-back the cumulative outer products, ΔW = s·BA, merged W, un-merged W, both forward paths, and the init-state
 * products with B = 0.
 */
export async function computeLoraScene(p: { d: number; k: number; r: number; alpha: number; seed: number }): Promise<LoraSceneData> {
  const init = makeInit(p);
  const { d, k, r } = init;
  const s = loraScale(init.alpha, r);
  const fit = fitFactors(init.A0, init.target, d, k, r, s, { lr: FIT_LR, steps: FIT_STEPS });
  const packed = tf.tidy(() => {
    const W0 = tf.tensor2d(init.W0, [d, k]);
    const A0 = tf.tensor2d(init.A0, [r, k]);
    const x = tf.tensor1d(init.x);
    const trained = loraOps(W0, tf.tensor2d(fit.A, [r, k]), tf.tensor2d(fit.B, [d, r]), x, s);
    // the init state: B = 0, so ΔW = 0 and h = W0 x exactly
    const atInit = loraOps(W0, A0, tf.zeros([d, r]) as tf.Tensor2D, x, s);
    return tf.concat([...trained, atInit[1], atInit[7], atInit[4]]);
  });
  let all: Float32Array;
  try {
    all = (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
  let o = 0;
  const take = (n: number) => all.slice(o, (o += n));
  const { B, A, losses } = fit;
  const prod = unpackProducts(all, d, k, r, o);
  o += loraSizes(d, k, r).reduce((a, b) => a + b, 0);
  const initDeltaW = take(d * k);
  const initH = take(d);
  const initH0 = take(d);

  let err = 0;
  for (let i = 0; i < d * k; i++) err += (prod.delta[i] - init.target[i]) ** 2;
  return {
    ...prod,
    init,
    s,
    B,
    A,
    losses,
    fitError: Math.sqrt(err) / (norm(init.target) || 1),
    mergeDiff: maxAbsDiff(prod.h, prod.hMerged),
    unmergeDiff: maxAbsDiff(prod.unmerged, init.W0),
    deltaMax: maxAbs(prod.delta),
    branchRatio: norm(prod.bax) / (norm(prod.h0) || 1),
    initDelta: Math.max(maxAbs(initDeltaW), maxAbsDiff(initH, initH0)),
    scaleW: Math.max(1e-6, maxAbs(init.W0), maxAbs(prod.W)),
    scaleB: Math.max(1e-6, maxAbs(B)),
    scaleA: Math.max(1e-6, maxAbs(A), maxAbs(init.A0)),
    scaleDelta: Math.max(1e-6, maxAbs(prod.delta), maxAbs(init.target)),
  };
}
