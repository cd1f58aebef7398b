import { mulberry32, normalSampler } from '../../../compute/rng';

/** Spread of the per-feature offsets μ_c ~ N(0, OFFSET_STD²). */
export const OFFSET_STD = 1.5;
/** Per-feature scales σ_c ~ U[SCALE_MIN, SCALE_MAX]. */
export const SCALE_MIN = 0.4;
export const SCALE_MAX = 2.2;
/** Std of the token-level shift s_{b,t} ~ N(0, TOKEN_SHIFT_STD²), shared by all features of a token. */
export const TOKEN_SHIFT_STD = 0.3;

/** Per-feature statistics of the activation distribution. mu, sigma: [C]. */
export interface FeatureStats {
  mu: Float32Array;
  sigma: Float32Array;
}

/** A batch of activations x: [B, T, C] row-major (index (b·T + t)·C + c) with its padding. */
export interface Activations {
  /** [B·T·C]; padded positions are exactly 0. */
  x: Float32Array;
  /** [B] valid tokens per sample, 1 ≤ lengths[b] ≤ T. */
  lengths: Int32Array;
  /** [B·T], 1 = real token, 0 = padding (at the end of each sequence). */
  mask: Uint8Array;
}

/** Options of {@link makeActivations}. */
export interface ActivationOptions {
  B: number;
  T: number;
  C: number;
  seed: number;
  /** Mean fraction of padded positions per sample, in [0, 0.8]. */
  pad: number;
  /** ≥ 1: multiplies the real tokens of sample 0. */
  outlier: number;
}

/** A derived 32-bit seed for sub-stream `k` of `seed` (so streams never overlap by accident). */
export function subSeed(seed: number, k: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Per-feature offset and scale, seeded: μ_c = OFFSET_STD·n, σ_c = SCALE_MIN + (SCALE_MAX − SCALE_MIN)·u.
 * Drawn per feature in order, so feature c does not change when C grows. → mu, sigma: [C].
 */
export function featureStats(C: number, seed: number): FeatureStats {
  const u = mulberry32(subSeed(seed, 0));
  const n = normalSampler(u);
  const mu = new Float32Array(C);
  const sigma = new Float32Array(C);
  for (let c = 0; c < C; c++) {
    mu[c] = OFFSET_STD * n();
    sigma[c] = SCALE_MIN + (SCALE_MAX - SCALE_MIN) * u();
  }
  return { mu, sigma };
}

/**
 * Population std of feature c over all tokens: √(σ_c² + TOKEN_SHIFT_STD²) (the token shift adds variance).
 * → [C].
 */
export function populationStd(stats: FeatureStats): Float32Array {
  return stats.sigma.map((s) => Math.sqrt(s * s + TOKEN_SHIFT_STD * TOKEN_SHIFT_STD));
}

/**
 * Base (unpadded, no outlier) samples, drawn per sample in order from sub-stream `stream` of `seed`:
 * for each b, one uniform u_b (→ its padding), then per token t a shift s ~ N(0, TOKEN_SHIFT_STD²) and
 * x[b,t,c] = μ_c + s + σ_c·z, z ~ N(0,1). Sample b does not change when B grows.
 * → x: [B·T·C], lengthU: [B] uniforms in [0, 1).
 */
export function sampleBase(
  B: number,
  T: number,
  C: number,
  stats: FeatureStats,
  seed: number,
  stream = 1,
): { x: Float32Array; lengthU: Float32Array } {
  const u = mulberry32(subSeed(seed, stream));
  const n = normalSampler(u);
  const x = new Float32Array(B * T * C);
  const lengthU = new Float32Array(B);
  for (let b = 0; b < B; b++) {
    lengthU[b] = u();
    for (let t = 0; t < T; t++) {
      const s = TOKEN_SHIFT_STD * n();
      const row = (b * T + t) * C;
      for (let c = 0; c < C; c++) x[row + c] = stats.mu[c] + s + stats.sigma[c] * n();
    }
  }
  return { x, lengthU };
}

/**
 * Valid length of a sample from its uniform u and the mean pad fraction p ∈ [0, 0.8]:
 * padded fraction f = p + (u − ½)·2·min(p, 1 − p) (mean p, stays in [0, 1]), L = clamp(round(T·(1 − f)), 1, T).
 */
export function sampleLength(T: number, pad: number, u: number): number {
  const p = Math.min(0.8, Math.max(0, pad));
  const f = p + (u - 0.5) * 2 * Math.min(p, 1 - p);
  return Math.min(T, Math.max(1, Math.round(T * (1 - f))));
}

/**
 * Transformer-like activations x: [B, T, C], x[b,t,c] = μ_c + s_{b,t} + σ_c·z (see {@link sampleBase}),
 * padded at the end of each sequence with exact zero vectors (mean pad fraction `pad`), and the real
 * tokens of sample 0 multiplied by `outlier`. All random numbers depend only on (B, T, C, seed), so
 * `pad` and `outlier` never change the base values; sample b is the same for every B > b.
 */
export function makeActivations(opts: ActivationOptions): Activations {
  const { B, T, C, seed } = opts;
  const stats = featureStats(C, seed);
  const { x, lengthU } = sampleBase(B, T, C, stats, seed);
  const lengths = new Int32Array(B);
  const mask = new Uint8Array(B * T);
  const k = Math.max(1, opts.outlier);
  for (let b = 0; b < B; b++) {
    const L = sampleLength(T, opts.pad, lengthU[b]);
    lengths[b] = L;
    for (let t = 0; t < T; t++) {
      const row = (b * T + t) * C;
      if (t < L) {
        mask[b * T + t] = 1;
        if (b === 0 && k !== 1) for (let c = 0; c < C; c++) x[row + c] *= k;
      } else {
        x.fill(0, row, row + C);
      }
    }
  }
  return { x, lengths, mask };
}
