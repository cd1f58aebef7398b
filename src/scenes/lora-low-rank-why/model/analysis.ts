/**
 * Everything the scene shows, as pure functions of the two parsed weight files and the params.
 * The SVDs (the only expensive part, ~10–60 ms) depend on (layer, matrix, seed); the rank slider only
 * re-slices them.
 */
import { svd, lowRank, cumulativeEnergy, truncationError, rankForEnergy, frobenius, type Svd } from '../../../compute/svd';
import type { ParsedModelFile } from '../../../model/format';
import { deltaOf, fp16NoiseFloor, gaussianLike, projectedNorm, randomOrthonormal, weightName, type Mat, type MatrixId } from './delta';
import { makePicture, PIC_COLS, PIC_ROWS } from './picture';

/** Energy level that defines the "effective rank" readouts. */
export const EFFECTIVE_ENERGY = 0.9;

/** The SVD-level analysis of one weight's update (independent of r). */
export interface MatrixAnalysis {
  name: string;
  rows: number;
  cols: number;
  W0: Mat;
  dW: Mat;
  /** Seeded Gaussian matrix, same shape and Frobenius norm as ΔW. */
  random: Float64Array;
  svdDelta: Svd;
  svdRandom: Svd;
  svdW0: Svd;
  energyDelta: Float64Array;
  energyRandom: Float64Array;
  fro: number;
  w0Fro: number;
  noise: { fro: number; topSigma: number };
  effDelta: number;
  effRandom: number;
}

/** ΔW of `layers.{layer}.{matrix}`, its SVD and the random baseline's. */
export function analyseMatrix(base: ParsedModelFile, ft: ParsedModelFile, layer: number, matrix: MatrixId, seed: number): MatrixAnalysis {
  const name = weightName(layer, matrix);
  const { W0, Wft, dW } = deltaOf(base, ft, name);
  const { rows, cols } = dW;
  const fro = frobenius(dW.data);
  const random = gaussianLike(rows, cols, fro, seed);
  const svdDelta = svd(dW.data, rows, cols);
  const svdRandom = svd(random, rows, cols);
  const svdW0 = svd(W0.data, rows, cols);
  return {
    name,
    rows,
    cols,
    W0,
    dW,
    random,
    svdDelta,
    svdRandom,
    svdW0,
    energyDelta: cumulativeEnergy(svdDelta.S),
    energyRandom: cumulativeEnergy(svdRandom.S),
    fro,
    w0Fro: frobenius(W0.data),
    noise: fp16NoiseFloor(Wft),
    effDelta: rankForEnergy(svdDelta.S, EFFECTIVE_ENERGY),
    effRandom: rankForEnergy(svdRandom.S, EFFECTIVE_ENERGY),
  };
}

/** The rank-r view of a decomposed matrix: approximation, residual and error. */
export interface RankView {
  r: number;
  approx: Float64Array;
  residual: Float64Array;
  /** ‖A − A_r‖_F / ‖A‖_F (Eckart–Young, from the spectrum). */
  relError: number;
  /** Σ_{i≤r} σᵢ² / Σ σᵢ². */
  energy: number;
}

/** A_r and A − A_r for r clamped to [0, min(rows, cols)]. */
export function rankView(d: Svd, a: ArrayLike<number>, r: number): RankView {
  const rr = Math.max(0, Math.min(d.p, Math.round(r)));
  const approx = lowRank(d, rr);
  const residual = new Float64Array(approx.length);
  for (let i = 0; i < approx.length; i++) residual[i] = a[i] - approx[i];
  return { r: rr, approx, residual, relError: truncationError(d.S, rr), energy: cumulativeEnergy(d.S)[rr] };
}

/** LoRA §7.3 / Table 7 on the tiny model: ‖UᵀW₀V‖_F for the top-r directions of ΔW, of W₀, of random. */
export interface Amplification {
  r: number;
  fromDelta: number;
  fromW0: number;
  fromRandom: number;
  /** ‖ΔW_r‖_F = √(Σ_{i≤r} σᵢ²(ΔW)): the part of ΔW in those directions. */
  deltaTopR: number;
  /** deltaTopR / fromDelta (the paper's 21.5 ≈ 6.91/0.32 for r = 4 on GPT-3 layer 48, W_q). */
  factor: number;
}

export function amplification(a: MatrixAnalysis, r: number, seed: number): Amplification {
  const rr = Math.max(1, Math.min(a.svdDelta.p, Math.round(r)));
  const { svdDelta: D, svdW0: W } = a;
  const fromDelta = projectedNorm(a.W0, D.U, D.p, D.Vt, rr);
  const fromW0 = projectedNorm(a.W0, W.U, W.p, W.Vt, rr);
  const Ur = randomOrthonormal(a.rows, rr, seed + 11);
  const Vr = randomOrthonormal(a.cols, rr, seed + 23);
  // Vt rows = columns of Vr
  const Vt = new Float64Array(rr * a.cols);
  for (let k = 0; k < rr; k++) for (let j = 0; j < a.cols; j++) Vt[k * a.cols + j] = Vr[j * rr + k];
  const fromRandom = projectedNorm(a.W0, Ur, rr, Vt, rr);
  let s2 = 0;
  for (let i = 0; i < rr; i++) s2 += D.S[i] ** 2;
  const deltaTopR = Math.sqrt(s2);
  return { r: rr, fromDelta, fromW0, fromRandom, deltaTopR, factor: fromDelta > 0 ? deltaTopR / fromDelta : Infinity };
}

/** The procedural picture and its SVD. */
export interface PictureAnalysis {
  rows: number;
  cols: number;
  pic: Float64Array;
  svd: Svd;
  energy: Float64Array;
  /** Smallest r whose relative error is ≤ 5%. */
  rank5: number;
}

export function analysePicture(seed: number): PictureAnalysis {
  const pic = makePicture(seed);
  const d = svd(pic, PIC_ROWS, PIC_COLS);
  let rank5 = 0;
  while (rank5 < d.p && truncationError(d.S, rank5) > 0.05) rank5++;
  return { rows: PIC_ROWS, cols: PIC_COLS, pic, svd: d, energy: cumulativeEnergy(d.S), rank5 };
}

/** LoRA's parameter arithmetic for one d×k matrix at rank r. */
export function loraCounts(d: number, k: number, r: number): { lora: number; dense: number; ratio: number } {
  const lora = r * (d + k);
  const dense = d * k;
  return { lora, dense, ratio: lora / dense };
}
