import { mulberry32, normalSampler } from '../../../compute/rng';
import { svd } from '../../../compute/svd';
import { attentionMatrices, MASKS, type MaskId } from './attention';
import { effectiveRank, log10DiagProduct, numericalRank } from './rank';

/** Columns generated for Q and K; d_head uses the first d of them (so the d slider keeps the same tokens). */
export const D_MAX = 64;
/** d_head values of the rank sweep. */
export const SWEEP_D = [1, 2, 4, 8, 16, 32, 64] as const;

/** Seeded standard-normal Q and K, each [n×D_MAX] row-major. */
export function makeQK(n: number, seed: number): { q: Float32Array; k: Float32Array } {
  const g = normalSampler(mulberry32(seed));
  const q = new Float32Array(n * D_MAX);
  const k = new Float32Array(n * D_MAX);
  for (let i = 0; i < q.length; i++) q[i] = g();
  for (let i = 0; i < k.length; i++) k[i] = g();
  return { q, k };
}

/** Spectrum and ranks of one attention matrix. */
export interface RankInfo {
  S: Float64Array;
  numRank: number;
  effRank: number;
  /** σ_min / σ_max */
  inverseCond: number;
}

export function rankInfo(a: ArrayLike<number>, n: number): RankInfo {
  const { S } = svd(a, n, n);
  return { S, numRank: numericalRank(S), effRank: effectiveRank(S), inverseCond: S[0] > 0 ? S[n - 1] / S[0] : 0 };
}

/** Everything the figure needs for (n, d, prefix, seed). */
export interface SceneData {
  n: number;
  d: number;
  prefix: number;
  /** softmax weights [n×n] per mask at the chosen d. */
  attn: Record<MaskId, Float32Array>;
  rank: Record<MaskId, RankInfo>;
  /** log10 of the causal matrix's diagonal product (its determinant). */
  causalLogDet: number;
  /** Numerical and effective rank per sweep d (only d ≤ D_MAX), bidirectional and causal. */
  sweep: { d: number; bi: RankInfo; causal: RankInfo }[];
}

/** Computes the attention matrices with tfjs (one read-back) and their SVDs in plain JS. */
export async function computeSceneData(n: number, d: number, prefix: number, seed: number): Promise<SceneData> {
  const { q, k } = makeQK(n, seed);
  const ds = [d, ...SWEEP_D.filter((x) => x !== d)];
  const mats = await attentionMatrices(q, k, n, D_MAX, ds, MASKS, prefix);
  const at = (di: number, m: MaskId) => mats[di * MASKS.length + MASKS.indexOf(m)];
  const attn = { bi: at(0, 'bi'), causal: at(0, 'causal'), prefix: at(0, 'prefix') };
  const rank = { bi: rankInfo(attn.bi, n), causal: rankInfo(attn.causal, n), prefix: rankInfo(attn.prefix, n) };
  const sweep = SWEEP_D.map((x) => {
    const di = ds.indexOf(x);
    return { d: x, bi: di === 0 ? rank.bi : rankInfo(at(di, 'bi'), n), causal: di === 0 ? rank.causal : rankInfo(at(di, 'causal'), n) };
  });
  return { n, d, prefix, attn, rank, causalLogDet: log10DiagProduct(attn.causal, n), sweep };
}

/** BERT's masking of one sequence: which positions are predicted, and how their input was corrupted. */
export type MlmKind = 'mask' | 'random' | 'keep';

/**
 * Seeded BERT-style selection (create_pretraining_data.py): shuffle positions, take the first
 * `count`; each is [MASK] with p 0.8, else kept or a random token with p 0.5 each.
 */
export function mlmSelection(n: number, count: number, seed: number): (MlmKind | null)[] {
  const u = mulberry32(seed * 7919 + 13);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  const out: (MlmKind | null)[] = Array(n).fill(null);
  for (const i of idx.slice(0, count)) out[i] = u() < 0.8 ? 'mask' : u() < 0.5 ? 'keep' : 'random';
  return out;
}
