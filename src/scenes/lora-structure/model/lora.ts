import * as tf from '@tensorflow/tfjs-core';

/**
 * One LoRA-adapted linear layer y = W x, W ∈ ℝ^{d×k} (d = out, k = in), as plain row-major arrays.
 * W0: [d·k], A: [r·k], B: [d·r], x: [k]; scaling s = alpha / r (loralib / PEFT `scaling`).
 */
export interface LoraFactors {
  d: number;
  k: number;
  r: number;
  alpha: number;
  W0: Float32Array;
  A: Float32Array;
  B: Float32Array;
  x: Float32Array;
}

/** Everything derived from one set of factors. */
export interface LoraProducts {
  /** [r·d·k]: partials[i] = Σ_{j≤i} B[:, j] ⊗ A[j, :] (unscaled cumulative outer products); the last is BA. */
  partials: Float32Array;
  /** [d·k] ΔW = s·BA. */
  delta: Float32Array;
  /** [d·k] merged W = W0 + s·BA. */
  W: Float32Array;
  /** [d·k] W − s·BA (un-merging, in float32). */
  unmerged: Float32Array;
  /** [d] W0 x (the frozen branch). */
  h0: Float32Array;
  /** [r] A x (down-projection to rank r). */
  ax: Float32Array;
  /** [d] s·B(Ax) (the adapter branch). */
  bax: Float32Array;
  /** [d] h = W0 x + s·B(Ax) (un-merged forward). */
  h: Float32Array;
  /** [d] W x (merged forward). */
  hMerged: Float32Array;
}

/** Scaling factor α/r. */
export function loraScale(alpha: number, r: number): number {
  return alpha / r;
}

/**
 * The LoRA products as tfjs ops (call inside tf.tidy). Shapes: W0 [d,k], A [r,k], B [d,r], x [k].
 * Returns flat tensors in the order of `LoraProducts`.
 */
export function loraOps(W0: tf.Tensor2D, A: tf.Tensor2D, B: tf.Tensor2D, x: tf.Tensor1D, s: number): tf.Tensor[] {
  const [d, r] = B.shape;
  const k = A.shape[1];
  // column i of B times row i of A: [r, d, 1] * [r, 1, k] → [r, d, k], accumulated over i by a
  // lower-triangular [r, r] matrix of ones (one matMul; cumsum would be log2(r) extra WebGL passes)
  const outer = tf.reshape(tf.mul(tf.reshape(tf.transpose(B), [r, d, 1]), tf.reshape(A, [r, 1, k])), [r, d * k]);
  const tril = new Float32Array(r * r);
  for (let i = 0; i < r; i++) for (let j = 0; j <= i; j++) tril[i * r + j] = 1;
  const partials = tf.matMul(tf.tensor2d(tril, [r, r]), outer);
  const delta = tf.mul(tf.matMul(B, A), s);
  const W = tf.add(W0, delta);
  const unmerged = tf.sub(W, delta);
  const xc = tf.reshape(x, [k, 1]);
  const h0 = tf.matMul(W0, xc);
  const ax = tf.matMul(A, xc);
  const bax = tf.mul(tf.matMul(B, ax), s);
  const h = tf.add(h0, bax);
  const hMerged = tf.matMul(W, xc);
  return [partials, delta, W, unmerged, h0, ax, bax, h, hMerged].map((t) => tf.reshape(t, [-1]));
}

/** Sizes of the parts `loraOps` returns, in order. */
export function loraSizes(d: number, k: number, r: number): number[] {
  return [r * d * k, d * k, d * k, d * k, d, r, d, d, d];
}

/** Split one packed read-back into `LoraProducts` (copies, so the packed buffer can go). */
export function unpackProducts(all: Float32Array, d: number, k: number, r: number, offset = 0): LoraProducts {
  const sizes = loraSizes(d, k, r);
  let o = offset;
  const parts = sizes.map((n) => all.slice(o, (o += n)));
  const [partials, delta, W, unmerged, h0, ax, bax, h, hMerged] = parts;
  return { partials, delta, W, unmerged, h0, ax, bax, h, hMerged };
}

/** `loraOps` on plain arrays, with one read-back. */
export async function loraProducts(f: LoraFactors): Promise<LoraProducts> {
  const { d, k, r } = f;
  const packed = tf.tidy(() =>
    tf.concat(
      loraOps(tf.tensor2d(f.W0, [d, k]), tf.tensor2d(f.A, [r, k]), tf.tensor2d(f.B, [d, r]), tf.tensor1d(f.x), loraScale(f.alpha, r)),
    ),
  );
  try {
    return unpackProducts((await packed.data()) as Float32Array, d, k, r);
  } finally {
    packed.dispose();
  }
}

/** Adam hyper-parameters (PyTorch defaults for betas and eps). */
export interface AdamConfig {
  lr: number;
  steps: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * Train the factors from LoRA's initialisation (B = 0, A = A0) towards a target update with Adam on
 * L = mean((s·BA − target)²), as torch.optim.Adam does (bias-corrected moments, eps outside the root).
 * W0 drops out of the loss: (W0 + s·BA) − (W0 + target). Plain JS in float64: a few hundred tiny steps
 * would be thousands of WebGL dispatches (seconds on a software GPU) for a few million flops.
 * A0: [r·k], target: [d·k] → B [d·r], A [r·k], the loss before each step [steps].
 */
export function fitFactors(
  A0: ArrayLike<number>,
  target: ArrayLike<number>,
  d: number,
  k: number,
  r: number,
  s: number,
  cfg: AdamConfig,
): { B: Float32Array; A: Float32Array; losses: Float32Array } {
  const b1 = cfg.beta1 ?? 0.9;
  const b2 = cfg.beta2 ?? 0.999;
  const eps = cfg.eps ?? 1e-8;
  const B = new Float64Array(d * r);
  const A = Float64Array.from(A0);
  const mB = new Float64Array(d * r);
  const vB = new Float64Array(d * r);
  const mA = new Float64Array(r * k);
  const vA = new Float64Array(r * k);
  const R = new Float64Array(d * k);
  const gB = new Float64Array(d * r);
  const gA = new Float64Array(r * k);
  const losses = new Float32Array(cfg.steps);
  const n = d * k;
  const c = (2 * s) / n;
  const adam = (p: Float64Array, m: Float64Array, v: Float64Array, g: Float64Array, t: number) => {
    const bc1 = 1 - b1 ** t;
    const sbc2 = Math.sqrt(1 - b2 ** t);
    for (let i = 0; i < p.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      p[i] -= (cfg.lr / bc1) * (m[i] / (Math.sqrt(v[i]) / sbc2 + eps));
    }
  };
  for (let t = 1; t <= cfg.steps; t++) {
    // R = s·BA − target
    let loss = 0;
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < k; j++) {
        let acc = 0;
        for (let q = 0; q < r; q++) acc += B[i * r + q] * A[q * k + j];
        const e = s * acc - target[i * k + j];
        R[i * k + j] = e;
        loss += e * e;
      }
    }
    losses[t - 1] = loss / n;
    // gB = c·R·Aᵀ, gA = c·Bᵀ·R
    for (let i = 0; i < d; i++) {
      for (let q = 0; q < r; q++) {
        let acc = 0;
        for (let j = 0; j < k; j++) acc += R[i * k + j] * A[q * k + j];
        gB[i * r + q] = c * acc;
      }
    }
    gA.fill(0);
    for (let i = 0; i < d; i++) {
      for (let q = 0; q < r; q++) {
        const b = c * B[i * r + q];
        if (b === 0) continue;
        for (let j = 0; j < k; j++) gA[q * k + j] += b * R[i * k + j];
      }
    }
    adam(B, mB, vB, gB, t);
    adam(A, mA, vA, gA, t);
  }
  return { B: Float32Array.from(B), A: Float32Array.from(A), losses };
}
