import type { LnBnParams, NormMode } from '../params';
import { featureStats, makeActivations, sampleBase, sampleLength } from './activations';
import { batchMeanSpread, residualDepthNorms } from './experiments';
import * as tf from '@tensorflow/tfjs-core';
import { batchNormEvalOps, groupIndex, normalizeOps, runningStatsOps, type RunningStats, type Shape3 } from './norms';

/** Training batches seen before "inference": enough for momentum 0.1 to forget the init (0.9⁶⁰ ≈ 0.2%). */
export const RUNNING_BATCHES = 60;
/** Batch sizes on the small-batch plot. */
export const SPREAD_BS = [1, 2, 4, 8, 16, 32] as const;
/** Draws per batch size for the spread estimate. */
export const SPREAD_DRAWS = 48;
/** Histogram bins. */
export const BINS = 24;

/** A histogram over [lo, hi) with equal bins. counts: [BINS]. */
export interface Histogram {
  lo: number;
  hi: number;
  counts: Uint32Array;
}

/** Everything the scene draws for one set of params, as plain arrays. */
export interface SceneData {
  shape: Shape3;
  mode: NormMode;
  /** Which statistics the output used: this batch's, or BatchNorm's running ones (bn + eval). */
  usesRunning: boolean;
  x: Float32Array;
  y: Float32Array;
  mask: Uint8Array;
  groupOf: Int32Array;
  groupCount: number;
  groupSize: number;
  /** Per-group mean and variance (rms: 0 and mean square). For bn+eval: the running statistics. */
  mean: Float32Array;
  variance: Float32Array;
  /** Max |x| over the tensor (colour scale of the input). */
  xAbsMax: number;
  histX: Histogram;
  histY: Histogram;
  /** Output mean and std over real tokens. */
  outMean: number;
  outStd: number;
  /** BN's per-feature batch mean as BN computes it (padded zeros included) vs over real tokens only. [C] each. */
  bnMean: Float32Array;
  bnMeanReal: Float32Array;
  /** max_c |bnMean − bnMeanReal|. */
  padShift: number;
  /** Max |y − y_without_outlier| over the real tokens of samples b ≥ 1 (0 when B = 1). */
  outlierEffect: number;
  /** BatchNorm's running statistics (what eval mode uses). [C] each. */
  runningMean: Float32Array;
  runningVar: Float32Array;
  /** Max |y_train − y_eval| over real tokens for the current mode (0 for modes without running stats). */
  trainEvalGap: number;
}

/** Residual-stream RMS per layer, Pre-LN and Post-LN. [layers + 1] each. */
export interface DepthData {
  pre: Float32Array;
  post: Float32Array;
}

function histogram(values: Float32Array, keep: (i: number) => boolean, lo: number, hi: number): Histogram {
  const counts = new Uint32Array(BINS);
  const w = (hi - lo) / BINS;
  for (let i = 0; i < values.length; i++) {
    if (!keep(i)) continue;
    const k = Math.min(BINS - 1, Math.max(0, Math.floor((values[i] - lo) / w)));
    counts[k]++;
  }
  return { lo, hi, counts };
}

/** Real-token mean and std of y (mask per token, C features per token). */
function maskedMoments(y: Float32Array, mask: Uint8Array, C: number): { mean: number; std: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < y.length; i++) if (mask[Math.floor(i / C)]) (s += y[i]), n++;
  const mean = n ? s / n : 0;
  let ss = 0;
  for (let i = 0; i < y.length; i++) if (mask[Math.floor(i / C)]) ss += (y[i] - mean) ** 2;
  return { mean, std: n ? Math.sqrt(ss / n) : 0 };
}

/** Zero the padded tokens of a batch in place (same rule as makeActivations). */
function padInPlace(x: Float32Array, lengthU: Float32Array, shape: Shape3, pad: number): void {
  const [B, T, C] = shape;
  for (let b = 0; b < B; b++) {
    const L = sampleLength(T, pad, lengthU[b]);
    x.fill(0, (b * T + L) * C, (b + 1) * T * C);
  }
}

let runningCache: { key: string; value: RunningStats } | null = null;

/** Earlier training batches drawn from the same features (fresh samples, same padding rule). */
function trainingBatches(p: Pick<LnBnParams, 'B' | 'T' | 'C' | 'pad' | 'seed'>): Float32Array[] {
  const shape: Shape3 = [p.B, p.T, p.C];
  const stats = featureStats(p.C, p.seed);
  const batches: Float32Array[] = [];
  for (let k = 0; k < RUNNING_BATCHES; k++) {
    const { x, lengthU } = sampleBase(p.B, p.T, p.C, stats, p.seed, 100 + k);
    padInPlace(x, lengthU, shape, p.pad);
    batches.push(x);
  }
  return batches;
}

/**
 * The main computation of question 3 (tfjs, one asynchronous read-back): seeded activations [B,T,C];
 * the chosen norm's groups, statistics and output; BN with padded zeros included and over real tokens
 * only; the same norm without the outlier (its effect on the other samples); and training-mode vs
 * inference-mode BatchNorm (running statistics, momentum 0.1, unbiased variance).
 */
export async function computeSceneData(p: LnBnParams): Promise<SceneData> {
  const shape: Shape3 = [p.B, p.T, p.C];
  const [B, T, C] = shape;
  const n = B * T * C;
  const act = makeActivations({ B, T, C, seed: p.seed, pad: p.pad, outlier: p.outlier });
  const clean = B > 1 && p.outlier !== 1 ? makeActivations({ B, T, C, seed: p.seed, pad: p.pad, outlier: 1 }) : null;
  const real = (i: number) => act.mask[Math.floor(i / C)] === 1;
  // Running statistics: cached on (B, T, C, pad, seed) — they don't depend on mode, outlier or phase;
  // on a miss they are computed inside the same graph and come back with the same read-back.
  const runKey = `${B},${T},${C},${p.pad},${p.seed}`;
  const cached = runningCache?.key === runKey ? runningCache.value : null;
  const usesRunning = p.mode === 'bn' && p.phase === 'eval';
  const { groupOf, groupCount } = groupIndex(shape, p.mode);

  // Everything in one graph and one read-back (every read-back is a GPU sync), and only what this state
  // needs: [main y | main mean | main var | bn mean | bn-real mean (if padded) | eval y (if bn) |
  // clean y (if an outlier) | running mean, running var (if not cached)].
  const padded = act.mask.some((m) => m === 0);
  const isBn = p.mode === 'bn';
  const packed = tf.tidy(() => {
    const xt = tf.tensor3d(act.x, [B, T, C]);
    const flat = (t: tf.Tensor) => tf.reshape(t, [-1]);
    const running = cached
      ? { runningMean: tf.tensor1d(cached.runningMean), runningVar: tf.tensor1d(cached.runningVar) }
      : runningStatsOps(trainingBatches(p), shape);
    const main = normalizeOps(xt, p.mode);
    const bnMeanT = isBn ? main.mean : tf.mean(xt, [0, 1]);
    const parts = [flat(main.y), flat(main.mean), flat(main.variance), flat(bnMeanT)];
    if (padded) parts.push(flat(normalizeOps(xt, 'bn', { mask: act.mask, excludePad: true }).mean));
    if (isBn) parts.push(flat(batchNormEvalOps(xt, running.runningMean, running.runningVar)));
    if (clean) {
      const ct = tf.tensor3d(clean.x, [B, T, C]);
      parts.push(flat(usesRunning ? batchNormEvalOps(ct, running.runningMean, running.runningVar) : normalizeOps(ct, p.mode).y));
    }
    if (!cached) parts.push(running.runningMean, running.runningVar);
    return tf.concat(parts);
  });
  let all: Float32Array;
  try {
    all = (await packed.data()) as Float32Array;
  } finally {
    packed.dispose();
  }
  let o = 0;
  const take = (k: number) => all.subarray(o, (o += k));
  const mainY = take(n);
  const mainMean = take(groupCount).slice();
  const mainVar = take(groupCount).slice();
  const bnMean = take(C).slice();
  const bnRealMean = padded ? take(C).slice() : bnMean;
  const yEval = isBn ? take(n) : null;
  const yClean = clean ? take(n) : null;
  if (!cached) runningCache = { key: runKey, value: { runningMean: take(C).slice(), runningVar: take(C).slice() } };
  const running = runningCache!.value;
  const y = (usesRunning && yEval ? yEval : mainY).slice();

  // Train vs eval: only BatchNorm has running statistics; every other mode computes the same in both.
  let trainEvalGap = 0;
  if (yEval) for (let i = 0; i < n; i++) if (real(i)) trainEvalGap = Math.max(trainEvalGap, Math.abs(mainY[i] - yEval[i]));

  let outlierEffect = 0;
  if (yClean) for (let i = T * C; i < n; i++) if (real(i)) outlierEffect = Math.max(outlierEffect, Math.abs(y[i] - yClean[i]));

  let padShift = 0;
  for (let c = 0; c < C; c++) padShift = Math.max(padShift, Math.abs(bnMean[c] - bnRealMean[c]));

  let xAbsMax = 0;
  for (let i = 0; i < n; i++) xAbsMax = Math.max(xAbsMax, Math.abs(act.x[i]));
  const hx = Math.max(1, Math.ceil(xAbsMax));
  const { mean: outMean, std: outStd } = maskedMoments(y, act.mask, C);
  let yAbs = 0;
  for (let i = 0; i < n; i++) if (real(i)) yAbs = Math.max(yAbs, Math.abs(y[i]));
  const hy = Math.max(3, Math.ceil(yAbs));

  return {
    shape,
    mode: p.mode,
    usesRunning,
    x: act.x,
    y,
    mask: act.mask,
    groupOf,
    groupCount,
    groupSize: p.mode === 'bn' ? B * T : p.mode === 'in' ? T : C,
    mean: usesRunning ? running.runningMean : mainMean,
    variance: usesRunning ? running.runningVar : mainVar,
    xAbsMax,
    histX: histogram(act.x, real, -hx, hx),
    histY: histogram(y, real, -hy, hy),
    outMean,
    outStd,
    bnMean,
    bnMeanReal: bnRealMean,
    padShift,
    outlierEffect,
    runningMean: running.runningMean,
    runningVar: running.runningVar,
    trainEvalGap,
  };
}

/** The small-batch curve: spread of BN's batch mean at SPREAD_BS for the current T, C, seed (pure JS). */
export function computeSpreadCurve(p: Pick<LnBnParams, 'T' | 'C' | 'seed'>): { B: number; spread: number }[] {
  return batchMeanSpread({ Bs: [...SPREAD_BS], T: p.T, C: p.C, seed: p.seed, draws: SPREAD_DRAWS });
}

/** The spread at the current batch size B alone (pure JS). */
export function computeSpreadAt(p: Pick<LnBnParams, 'B' | 'T' | 'C' | 'seed'>): { B: number; spread: number } {
  return batchMeanSpread({ Bs: [p.B], T: p.T, C: p.C, seed: p.seed, draws: SPREAD_DRAWS })[0];
}

/** Pre-LN vs Post-LN residual RMS by layer (pure JS). The toy stack is at least 8 wide: with C = 2 a random
 * 2×2 sub-layer says little about depth. */
export function computeDepth(p: Pick<LnBnParams, 'layers' | 'C' | 'seed'>): DepthData {
  const C = Math.max(8, p.C);
  return {
    pre: residualDepthNorms({ layers: p.layers, C, seed: p.seed, placement: 'pre' }),
    post: residualDepthNorms({ layers: p.layers, C, seed: p.seed, placement: 'post' }),
  };
}
