/**
 * The real fine-tuning update of the tiny transformer, ΔW = W_ft − W₀, and what the scene compares it
 * with. Plain arrays; the two weight files are parsed by src/model/format.ts (no tfjs).
 */
import { mulberry32, normalSampler } from '../../../compute/rng';
import { fromHalf, toHalf, type ParsedModelFile } from '../../../model/format';

export const MATRICES = ['q', 'k', 'v', 'o', 'ffn1', 'ffn2'] as const;
export type MatrixId = (typeof MATRICES)[number];

const NAMES: Record<MatrixId, string> = { q: 'attn.wq', k: 'attn.wk', v: 'attn.wv', o: 'attn.wo', ffn1: 'ffn.w1', ffn2: 'ffn.w2' };

/** Weight name of a matrix in the file: `layers.{layer}.attn.wq` … */
export function weightName(layer: number, m: MatrixId): string {
  return `layers.${layer}.${NAMES[m]}`;
}

/** A matrix [rows×cols] row-major in float64. */
export interface Mat {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** W₀, W_ft and ΔW = W_ft − W₀ of one weight (as stored: both fp16). */
export function deltaOf(base: ParsedModelFile, ft: ParsedModelFile, name: string): { W0: Mat; Wft: Mat; dW: Mat } {
  const a = base.weights.get(name);
  const b = ft.weights.get(name);
  if (!a || !b) throw new Error(`lora-low-rank-why: weight ${name} missing in a weights file`);
  if (a.shape.join('x') !== b.shape.join('x') || a.shape.length !== 2) throw new Error(`lora-low-rank-why: ${name} shapes differ`);
  const [rows, cols] = a.shape;
  const W0 = Float64Array.from(a.data);
  const Wft = Float64Array.from(b.data);
  const dW = new Float64Array(rows * cols);
  for (let i = 0; i < dW.length; i++) dW[i] = Wft[i] - W0[i];
  return { W0: { rows, cols, data: W0 }, Wft: { rows, cols, data: Wft }, dW: { rows, cols, data: dW } };
}

/** A seeded Gaussian matrix [rows×cols] scaled to Frobenius norm `fro` (the "random update" baseline). */
export function gaussianLike(rows: number, cols: number, fro: number, seed: number): Float64Array {
  const n = normalSampler(mulberry32(seed >>> 0));
  const g = new Float64Array(rows * cols);
  let s = 0;
  for (let i = 0; i < g.length; i++) {
    g[i] = n();
    s += g[i] * g[i];
  }
  const k = s > 0 ? fro / Math.sqrt(s) : 0;
  for (let i = 0; i < g.length; i++) g[i] *= k;
  return g;
}

/** Spacing of fp16 numbers around v (one unit in the last place). */
export function halfUlp(v: number): number {
  const h = toHalf(Math.abs(v)) & 0x7fff;
  if (h >= 0x7c00) return Infinity;
  return fromHalf(h + 1) - fromHalf(h);
}

/**
 * fp16 storage noise of ΔW, estimated from the stored W_ft: rounding to fp16 adds an error of at most
 * half an ulp per entry, ≈ uniform, variance ulp²/12. W₀ is the stored base (exact), so this is the
 * whole quantisation error of ΔW. Returns its expected Frobenius norm and the expected top singular value
 * of such an iid noise matrix, σ·(√rows + √cols) (Marchenko–Pastur edge).
 */
export function fp16NoiseFloor(Wft: Mat): { fro: number; topSigma: number } {
  let v = 0;
  for (let i = 0; i < Wft.data.length; i++) v += halfUlp(Wft.data[i]) ** 2 / 12;
  const sigma = Math.sqrt(v / Wft.data.length);
  return { fro: Math.sqrt(v), topSigma: sigma * (Math.sqrt(Wft.rows) + Math.sqrt(Wft.cols)) };
}

/**
 * ‖Uᵀ W V‖_F for orthonormal U [rows×r] (columns of a p-column array) and V given as r rows of Vt
 * [r×cols] — LoRA §7.3's projection of W onto an r-dimensional pair of subspaces.
 */
export function projectedNorm(W: Mat, U: Float64Array, uCols: number, Vt: Float64Array, r: number): number {
  const { rows, cols, data } = W;
  // WV: [rows×r]
  const WV = new Float64Array(rows * r);
  for (let i = 0; i < rows; i++)
    for (let k = 0; k < r; k++) {
      let s = 0;
      for (let j = 0; j < cols; j++) s += data[i * cols + j] * Vt[k * cols + j];
      WV[i * r + k] = s;
    }
  let tot = 0;
  for (let a = 0; a < r; a++)
    for (let k = 0; k < r; k++) {
      let s = 0;
      for (let i = 0; i < rows; i++) s += U[i * uCols + a] * WV[i * r + k];
      tot += s * s;
    }
  return Math.sqrt(tot);
}

/** r orthonormal random directions: Gram–Schmidt on seeded Gaussian columns. [n×r] row-major. */
export function randomOrthonormal(n: number, r: number, seed: number): Float64Array {
  const g = normalSampler(mulberry32(seed >>> 0));
  const Q = new Float64Array(n * r);
  for (let k = 0; k < r; k++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = g();
    for (let pass = 0; pass < 2; pass++)
      for (let q = 0; q < k; q++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += Q[i * r + q] * v[i];
        for (let i = 0; i < n; i++) v[i] -= d * Q[i * r + q];
      }
    let nv = 0;
    for (let i = 0; i < n; i++) nv += v[i] * v[i];
    nv = Math.sqrt(nv) || 1;
    for (let i = 0; i < n; i++) Q[i * r + k] = v[i] / nv;
  }
  return Q;
}
