import * as tf from '@tensorflow/tfjs-core';
import type { NormMode } from '../params';

/** 'bn' BatchNorm (train mode) · 'ln' LayerNorm · 'rms' RMSNorm · 'in' InstanceNorm. */
export type { NormMode } from '../params';

/** Shape [B, T, C] of an activation stored row-major, index (b·T + t)·C + c. */
export type Shape3 = readonly [B: number, T: number, C: number];

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /** Added to the variance under the square root. Default 1e-5 (torch). */
  eps?: number;
  /** [B·T], 1 = real token. Only used with `excludePad`. */
  mask?: Uint8Array;
  /** bn only: statistics over the real tokens (mask = 1) only. Without a mask every token counts. */
  excludePad?: boolean;
}

/** Result of {@link normalize}. For every mode and cell i: y[i] = (x[i] − mean[g]) / √(variance[g] + eps), g = groupOf[i]. */
export interface NormalizeResult {
  /** [B·T·C] normalised activations. */
  y: Float32Array;
  /** [groupCount] the mean subtracted per group (0 for rms, which does not centre). */
  mean: Float32Array;
  /** [groupCount] biased variance per group; for rms the mean square mean(x²). */
  variance: Float32Array;
  /** [B·T·C] group index of each cell: bn → c, ln/rms → b·T + t, in → b·C + c. */
  groupOf: Int32Array;
  groupCount: number;
  /** Cells per group: bn B·T (or the real-token count with excludePad), ln/rms C, in T. */
  groupSize: number;
}

/** Default eps of torch's normalisation layers. */
export const DEFAULT_EPS = 1e-5;
/** Default momentum of torch.nn.BatchNorm1d (the weight of the NEW statistic). */
export const DEFAULT_MOMENTUM = 0.1;

function checkShape(x: Float32Array, shape: Shape3): void {
  const [B, T, C] = shape;
  if (!(B >= 1 && T >= 1 && C >= 1) || x.length !== B * T * C) {
    throw new Error(`x has ${x.length} values, shape [${B}, ${T}, ${C}] needs ${B * T * C}`);
  }
}

/** Group index of each cell of a [B, T, C] tensor for a mode (see {@link NormalizeResult.groupOf}). */
export function groupIndex(shape: Shape3, mode: NormMode): { groupOf: Int32Array; groupCount: number } {
  const [B, T, C] = shape;
  const groupOf = new Int32Array(B * T * C);
  for (let b = 0; b < B; b++) {
    for (let t = 0; t < T; t++) {
      const row = (b * T + t) * C;
      for (let c = 0; c < C; c++) {
        groupOf[row + c] = mode === 'bn' ? c : mode === 'in' ? b * C + c : b * T + t;
      }
    }
  }
  const groupCount = mode === 'bn' ? C : mode === 'in' ? B * C : B * T;
  return { groupOf, groupCount };
}

/**
 * Normalise x: [B, T, C] with no affine (γ = 1, β = 0), y = (x − μ_g) / √(σ²_g + eps), biased σ².
 * - bn: group per feature c over (B, T) — torch BatchNorm1d(C) in train mode on x.permute(0, 2, 1).
 *   Padded zeros count, as in torch; `excludePad` uses the masked mean/variance over real tokens instead
 *   (y is still computed for every cell with those statistics).
 * - ln: group per token (b, t) over C — torch LayerNorm(C).
 * - rms: group per token over C, y = x / √(mean(x²) + eps) — LLaMA RMSNorm (mean reported as 0).
 * - in: group per (b, c) over T — torch InstanceNorm1d(C) on x.permute(0, 2, 1) (torch refuses T = 1;
 *   here T = 1 gives variance 0 and y = 0).
 * → y: [B·T·C]; mean, variance: [groupCount] in group order bn c, ln/rms b·T + t, in b·C + c.
 */
export function normalize(
  x: Float32Array,
  shape: Shape3,
  mode: NormMode,
  opts: NormalizeOptions = {},
): NormalizeResult {
  checkShape(x, shape);
  const [B, T, C] = shape;
  const eps = opts.eps ?? DEFAULT_EPS;
  const { groupOf, groupCount } = groupIndex(shape, mode);
  const masked = mode === 'bn' && !!opts.excludePad && !!opts.mask;
  if (masked && opts.mask!.length !== B * T) throw new Error(`mask has ${opts.mask!.length} values, needs ${B * T}`);
  let realCount = B * T;
  if (masked) {
    realCount = 0;
    for (const m of opts.mask!) realCount += m ? 1 : 0;
  }

  const packed = tf.tidy(() => {
    const { y, mean, variance } = normalizeOps(tf.tensor3d(x, [B, T, C]), mode, { ...opts, eps });
    return tf.concat([tf.reshape(y, [-1]), tf.reshape(mean, [-1]), tf.reshape(variance, [-1])]);
  });
  const all = packed.dataSync() as Float32Array;
  packed.dispose();

  const n = B * T * C;
  return {
    y: all.slice(0, n),
    mean: all.slice(n, n + groupCount),
    variance: all.slice(n + groupCount, n + 2 * groupCount),
    groupOf,
    groupCount,
    groupSize: mode === 'bn' ? realCount : mode === 'in' ? T : C,
  };
}

/**
 * The tensor graph of {@link normalize} (call inside `tf.tidy`): xt [B, T, C] → y [B, T, C], and the
 * group statistics mean / variance with kept dims (bn [1,1,C], ln/rms [B,T,1], in [B,1,C]).
 */
export function normalizeOps(
  xt: tf.Tensor3D,
  mode: NormMode,
  opts: NormalizeOptions = {},
): { y: tf.Tensor; mean: tf.Tensor; variance: tf.Tensor } {
  const [B, T] = xt.shape;
  const eps = opts.eps ?? DEFAULT_EPS;
  if (mode === 'rms') {
    const variance = tf.mean(tf.square(xt), 2, true); // [B, T, 1]
    return { y: tf.mul(xt, tf.rsqrt(tf.add(variance, eps))), mean: tf.zerosLike(variance), variance };
  }
  let mean: tf.Tensor;
  let variance: tf.Tensor;
  if (mode === 'bn' && opts.excludePad && opts.mask) {
    let realCount = 0;
    for (const m of opts.mask) realCount += m ? 1 : 0;
    const w = tf.tensor3d(Float32Array.from(opts.mask, (m) => (m ? 1 : 0)), [B, T, 1]);
    const n = Math.max(1, realCount);
    mean = tf.div(tf.sum(tf.mul(xt, w), [0, 1], true), n); // [1, 1, C]
    variance = tf.div(tf.sum(tf.mul(tf.square(tf.sub(xt, mean)), w), [0, 1], true), n);
  } else {
    const axes = mode === 'bn' ? [0, 1] : mode === 'ln' ? [2] : [1];
    ({ mean, variance } = tf.moments(xt, axes, true));
  }
  return { y: tf.div(tf.sub(xt, mean), tf.sqrt(tf.add(variance, eps))), mean, variance };
}

/** Options of {@link batchNormRunning}. */
export interface RunningOptions {
  /** Weight of the new batch statistic, default 0.1 (torch). */
  momentum?: number;
  /** Unused by the running statistics themselves; accepted for symmetry with {@link batchNormEval}. */
  eps?: number;
  /** Statistics to continue from (e.g. after batches of another shape). Default mean 0, var 1 (torch init). */
  init?: RunningStats;
}

/** Running statistics of BatchNorm. runningMean, runningVar: [C]. */
export interface RunningStats {
  runningMean: Float32Array;
  runningVar: Float32Array;
}

/**
 * BatchNorm running statistics after training on `batches` (each x: [B, T, C], same shape), as torch
 * BatchNorm1d(C, momentum) does: start mean 0, var 1 (or `opts.init`); after each batch with n = B·T values per channel,
 * mean ← (1 − m)·mean + m·μ_batch, var ← (1 − m)·var + m·σ²_batch·n/(n − 1) (UNBIASED variance).
 * A batch with n = 1 is skipped (stats unchanged): torch raises "Expected more than 1 value per channel
 * when training" and never updates. → final runningMean, runningVar: [C], and `history` after each batch.
 */
export function batchNormRunning(
  batches: Float32Array[],
  shape: Shape3,
  opts: RunningOptions = {},
): RunningStats & { history: RunningStats[] } {
  const C = shape[2];
  const m = opts.momentum ?? DEFAULT_MOMENTUM;
  if (opts.init && (opts.init.runningMean.length !== C || opts.init.runningVar.length !== C)) {
    throw new Error(`init stats need ${C} values`);
  }
  const runningMean = opts.init ? opts.init.runningMean.slice() : new Float32Array(C);
  const runningVar = opts.init ? opts.init.runningVar.slice() : new Float32Array(C).fill(1);
  const history: RunningStats[] = [];
  if (batches.length === 0) return { runningMean, runningVar, history };
  for (const xb of batches) checkShape(xb, shape);

  // Batch statistics of all batches in one read-back: [nb, 2, C] = (mean, biased variance).
  const packed = tf.tidy(() => batchStatsOps(batches, shape));
  const stats = packed.dataSync() as Float32Array;
  packed.dispose();
  return runningUpdate(stats, batches.length, shape, { ...opts, momentum: m });
}

/**
 * Batch statistics of several batches (call inside `tf.tidy`): [nb, 2, C] = per batch (mean, biased
 * var) over (B, T). All batches go up as one [nb, B·T, C] tensor, so the work is a few ops, not a few
 * per batch.
 */
export function batchStatsOps(batches: Float32Array[], shape: Shape3): tf.Tensor {
  const [B, T, C] = shape;
  const all = new Float32Array(batches.length * B * T * C);
  batches.forEach((xb, i) => all.set(xb, i * B * T * C));
  const { mean, variance } = tf.moments(tf.tensor3d(all, [batches.length, B * T, C]), [1]); // [nb, C] each
  return tf.stack([mean, variance], 1);
}

/**
 * The running-statistics recurrence of {@link batchNormRunning} on batch statistics already read back
 * (stats: [nb, 2, C] from {@link batchStatsOps}). Pure JS.
 */
export function runningUpdate(
  stats: Float32Array,
  nb: number,
  shape: Shape3,
  opts: RunningOptions = {},
): RunningStats & { history: RunningStats[] } {
  const [B, T, C] = shape;
  const m = opts.momentum ?? DEFAULT_MOMENTUM;
  const nPer = B * T;
  const runningMean = opts.init ? opts.init.runningMean.slice() : new Float32Array(C);
  const runningVar = opts.init ? opts.init.runningVar.slice() : new Float32Array(C).fill(1);
  const history: RunningStats[] = [];
  const unbias = nPer > 1 ? nPer / (nPer - 1) : 0;
  for (let i = 0; i < nb; i++) {
    if (nPer > 1) {
      for (let c = 0; c < C; c++) {
        const mu = stats[i * 2 * C + c];
        const v = stats[i * 2 * C + C + c] * unbias;
        runningMean[c] = (1 - m) * runningMean[c] + m * mu;
        runningVar[c] = (1 - m) * runningVar[c] + m * v;
      }
    }
    history.push({ runningMean: runningMean.slice(), runningVar: runningVar.slice() });
  }
  return { runningMean, runningVar, history };
}

/**
 * Eval-mode BatchNorm with stored statistics: y[b,t,c] = (x[b,t,c] − runningMean[c]) / √(runningVar[c] + eps).
 * x: [B, T, C], runningMean/runningVar: [C] → y: [B·T·C].
 */
export function batchNormEval(
  x: Float32Array,
  shape: Shape3,
  runningMean: Float32Array,
  runningVar: Float32Array,
  eps: number = DEFAULT_EPS,
): Float32Array {
  checkShape(x, shape);
  const [B, T, C] = shape;
  if (runningMean.length !== C || runningVar.length !== C) throw new Error(`running stats need ${C} values`);
  const y = tf.tidy(() => tf.reshape(batchNormEvalOps(tf.tensor3d(x, [B, T, C]), runningMean, runningVar, eps), [-1]));
  const out = y.dataSync() as Float32Array;
  y.dispose();
  return out.slice();
}

/** The tensor graph of {@link batchNormEval} (call inside `tf.tidy`): xt [B, T, C] → y [B, T, C]. */
export function batchNormEvalOps(
  xt: tf.Tensor3D,
  runningMean: Float32Array | tf.Tensor,
  runningVar: Float32Array | tf.Tensor,
  eps: number = DEFAULT_EPS,
): tf.Tensor {
  const rm = runningMean instanceof Float32Array ? tf.tensor1d(runningMean) : runningMean;
  const rv = runningVar instanceof Float32Array ? tf.tensor1d(runningVar) : runningVar;
  return tf.div(tf.sub(xt, rm), tf.sqrt(tf.add(rv, eps)));
}

/**
 * {@link batchNormRunning}'s result as a tensor graph (call inside `tf.tidy`), so it can share one
 * read-back with the rest of a computation. The recurrence s ← (1 − m)·s + m·x_i unrolls to
 * s_nb = (1 − m)^nb · s_0 + Σ_i m(1 − m)^(nb−1−i) · x_i, one weighted sum over the batch statistics
 * (x_i = batch mean, or unbiased batch variance). With B·T = 1 nothing updates (torch refuses).
 * → runningMean, runningVar: [C].
 */
export function runningStatsOps(
  batches: Float32Array[],
  shape: Shape3,
  opts: RunningOptions = {},
): { runningMean: tf.Tensor; runningVar: tf.Tensor } {
  const [B, T, C] = shape;
  const m = opts.momentum ?? DEFAULT_MOMENTUM;
  const nPer = B * T;
  const mean0 = tf.tensor1d(opts.init ? opts.init.runningMean : new Float32Array(C));
  const var0 = tf.tensor1d(opts.init ? opts.init.runningVar : new Float32Array(C).fill(1));
  const nb = batches.length;
  if (nb === 0 || nPer <= 1) return { runningMean: mean0, runningVar: var0 };
  const stats = batchStatsOps(batches, shape); // [nb, 2, C]
  const w = tf.tensor2d(Float32Array.from({ length: nb }, (_, i) => m * (1 - m) ** (nb - 1 - i)), [1, nb]);
  const decay = (1 - m) ** nb;
  const pick = (k: number) => tf.reshape(tf.slice(stats, [0, k, 0], [nb, 1, C]), [nb, C]);
  const meanSum = tf.reshape(tf.matMul(w, pick(0)), [C]);
  const varSum = tf.reshape(tf.matMul(w, tf.mul(pick(1), nPer / (nPer - 1))), [C]);
  return { runningMean: tf.add(tf.mul(mean0, decay), meanSum), runningVar: tf.add(tf.mul(var0, decay), varSum) };
}
