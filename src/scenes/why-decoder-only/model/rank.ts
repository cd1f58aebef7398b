/** Relative tolerance of the numerical rank: σᵢ counts when σᵢ > TOL·σ₁ (far above float32 round-off ≈ 1e-7). */
export const RANK_TOL = 1e-3;

/** Numerical rank: #{i : σᵢ > tol·σ₁} (0 for a zero matrix). S descending. */
export function numericalRank(S: ArrayLike<number>, tol = RANK_TOL): number {
  if (!S.length || !(S[0] > 0)) return 0;
  let r = 0;
  for (let i = 0; i < S.length; i++) if (S[i] > tol * S[0]) r++;
  return r;
}

/**
 * Effective rank (Roy & Vetterli 2007): exp(H(p)), pᵢ = σᵢ / Σσ, H = −Σ pᵢ ln pᵢ. Between 1 and rank;
 * 0 for a zero matrix.
 */
export function effectiveRank(S: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < S.length; i++) sum += Math.max(0, S[i]);
  if (!(sum > 0)) return 0;
  let h = 0;
  for (let i = 0; i < S.length; i++) {
    const p = Math.max(0, S[i]) / sum;
    if (p > 0) h -= p * Math.log(p);
  }
  return Math.exp(h);
}

/** Product of the diagonal of a row-major [n×n] matrix (= det for a triangular one). Returned as log10. */
export function log10DiagProduct(a: ArrayLike<number>, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.log10(a[i * n + i]);
  return s;
}
