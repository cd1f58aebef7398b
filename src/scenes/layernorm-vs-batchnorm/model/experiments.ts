import { mulberry32, normalSampler } from '../../../compute/rng';
import { featureStats, populationStd, sampleBase, subSeed } from './activations';

/** LayerNorm eps of the toy stack (torch default). */
const LN_EPS = 1e-5;

/** Options of {@link batchMeanSpread}. */
export interface SpreadOptions {
  /** Batch sizes to measure. */
  Bs: number[];
  T: number;
  C: number;
  seed: number;
  /** Independent batches drawn per batch size (e.g. 64). */
  draws: number;
}

/**
 * How noisy BatchNorm's batch mean is. For each B: draw `draws` unpadded batches [B, T, C] from the same
 * activation distribution (same μ_c, σ_c; draw d uses sub-stream 1000 + d of `seed`), take each batch's
 * per-feature mean μ̂_c = mean over (B, T), and return
 * spread(B) = mean_c [ std_d(μ̂_c) / σ_pop,c ] ≈ 1/√(B·T)   (std over draws with the n − 1 divisor,
 * σ_pop,c = √(σ_c² + s²) the feature's population std). Pure JS. → [{ B, spread }] in the order of Bs.
 */
export function batchMeanSpread(opts: SpreadOptions): { B: number; spread: number }[] {
  const { T, C, seed, draws } = opts;
  const stats = featureStats(C, seed);
  const pop = populationStd(stats);
  return opts.Bs.map((B) => {
    const means = new Float64Array(draws * C); // [draws, C]
    for (let d = 0; d < draws; d++) {
      const { x } = sampleBase(B, T, C, stats, seed, 1000 + d);
      for (let i = 0; i < B * T; i++) for (let c = 0; c < C; c++) means[d * C + c] += x[i * C + c];
      for (let c = 0; c < C; c++) means[d * C + c] /= B * T;
    }
    let acc = 0;
    for (let c = 0; c < C; c++) {
      let m = 0;
      for (let d = 0; d < draws; d++) m += means[d * C + c];
      m /= draws;
      let ss = 0;
      for (let d = 0; d < draws; d++) ss += (means[d * C + c] - m) ** 2;
      acc += Math.sqrt(ss / Math.max(1, draws - 1)) / pop[c];
    }
    return { B, spread: acc / C };
  });
}

/** Options of {@link residualDepthNorms}. */
export interface DepthOptions {
  layers: number;
  /** Width of the residual stream (keep ≤ 64). */
  C: number;
  seed: number;
  placement: 'pre' | 'post';
  /** Token vectors in the toy batch, default 16. */
  tokens?: number;
}

/** LayerNorm of one token vector in place (no affine): v ← (v − mean) / √(var + eps), biased var. */
function layerNormInPlace(v: Float64Array, eps: number): void {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i];
  m /= v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] - m) ** 2;
  const k = 1 / Math.sqrt(s / v.length + eps);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] - m) * k;
}

/**
 * RMS of the residual stream through a toy stack of random linear sub-layers f(h) = W_l h
 * (W_l: [C, C], entries N(0, 1/C), fresh per layer, drawn in order from sub-stream 2 of `seed`) on
 * `tokens` random vectors h₀ ~ N(0, I_C) (sub-stream 3):
 *   pre:  x ← x + W_l·LN(x)      (RMS grows ≈ √(1 + l))
 *   post: x ← LN(x + W_l·x)      (RMS stays ≈ 1)
 * LN without affine, eps 1e-5, per token. The same seed gives the same h₀ and W_l for both placements.
 * Pure JS, O(layers·tokens·C²). → [layers + 1]: out[l] = √(mean over tokens and features of x²) after l layers.
 */
export function residualDepthNorms(opts: DepthOptions): Float32Array {
  const { layers, C, seed, placement } = opts;
  const N = opts.tokens ?? 16;
  const nx = normalSampler(mulberry32(subSeed(seed, 3)));
  const nw = normalSampler(mulberry32(subSeed(seed, 2)));
  const xs = Array.from({ length: N }, () => Float64Array.from({ length: C }, () => nx()));
  const W = new Float64Array(C * C);
  const tmp = new Float64Array(C);
  const out = new Float32Array(layers + 1);
  const rms = () => {
    let s = 0;
    for (const v of xs) for (let i = 0; i < C; i++) s += v[i] * v[i];
    return Math.sqrt(s / (N * C));
  };
  out[0] = rms();
  const wStd = 1 / Math.sqrt(C);
  for (let l = 1; l <= layers; l++) {
    for (let i = 0; i < C * C; i++) W[i] = wStd * nw();
    for (const v of xs) {
      tmp.set(v);
      if (placement === 'pre') layerNormInPlace(tmp, LN_EPS);
      // v ← v + W·tmp   (tmp = LN(v) for pre, v for post)
      for (let i = 0; i < C; i++) {
        let acc = 0;
        for (let j = 0; j < C; j++) acc += W[i * C + j] * tmp[j];
        v[i] += acc;
      }
      if (placement === 'post') layerNormInPlace(v, LN_EPS);
    }
    out[l] = rms();
  }
  return out;
}
