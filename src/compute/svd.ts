/**
 * Thin singular value decomposition by one-sided Jacobi (Hestenes 1958) on plain Float64Arrays.
 * tfjs has no SVD; the matrices the scenes decompose are small (≤ 256 on a side), where this is fast
 * (a 64×256 matrix takes a few milliseconds) and accurate to ~1e-13 relative.
 *
 * A = U · diag(S) · Vᵀ with A [m×n] row-major, p = min(m, n), U [m×p], S [p] descending (≥ 0),
 * Vt [p×n]; U and V have orthonormal columns (for zero singular values U's columns are completed to an
 * orthonormal set).
 */

/** A thin SVD: all arrays row-major. */
export interface Svd {
  m: number;
  n: number;
  /** p = min(m, n) */
  p: number;
  /** [m×p] left singular vectors (columns). */
  U: Float64Array;
  /** [p] singular values, descending. */
  S: Float64Array;
  /** [p×n] right singular vectors (rows). */
  Vt: Float64Array;
  /** Jacobi sweeps used. */
  sweeps: number;
}

/** Options: convergence tolerance on |aᵢ·aⱼ| / (‖aᵢ‖‖aⱼ‖) and the sweep limit. */
export interface SvdOptions {
  tol?: number;
  maxSweeps?: number;
}

/**
 * Thin SVD of A [m×n] (row-major). Works for any shape, including 1×n, n×1, rank-deficient and zero
 * matrices. One-sided Jacobi on the columns of A (or of Aᵀ when m < n): rotate column pairs until all are
 * mutually orthogonal; then σᵢ = ‖aᵢ‖, uᵢ = aᵢ/σᵢ, V = product of the rotations.
 */
export function svd(a: ArrayLike<number>, m: number, n: number, opts: SvdOptions = {}): Svd {
  if (a.length !== m * n) throw new Error(`svd: ${a.length} values for a ${m}×${n} matrix`);
  if (m < n) {
    // A = U S Vᵀ  ⇔  Aᵀ = V S Uᵀ
    const at = new Float64Array(m * n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) at[j * m + i] = a[i * n + j];
    const t = svd(at, n, m, opts);
    // t.U [n×p] = V, t.Vt [p×m] = Uᵀ
    const p = t.p;
    const U = new Float64Array(m * p);
    for (let k = 0; k < p; k++) for (let i = 0; i < m; i++) U[i * p + k] = t.Vt[k * m + i];
    const Vt = new Float64Array(p * n);
    for (let k = 0; k < p; k++) for (let j = 0; j < n; j++) Vt[k * n + j] = t.U[j * p + k];
    return { m, n, p, U, S: t.S, Vt, sweeps: t.sweeps };
  }
  const tol = opts.tol ?? 1e-15;
  const maxSweeps = opts.maxSweeps ?? 60;
  const p = n; // m ≥ n
  // columns of A, each contiguous (column-major copy), and V (n×n, columns contiguous)
  const cols = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) cols[j * m + i] = a[i * n + j];
  const V = new Float64Array(n * n);
  for (let j = 0; j < n; j++) V[j * n + j] = 1;
  const norms = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += cols[j * m + i] ** 2;
    norms[j] = s;
  }
  let sweeps = 0;
  for (; sweeps < maxSweeps; sweeps++) {
    let rotated = false;
    for (let i = 0; i < n - 1; i++) {
      const oi = i * m;
      for (let j = i + 1; j < n; j++) {
        const oj = j * m;
        const alpha = norms[i];
        const beta = norms[j];
        let gamma = 0;
        for (let k = 0; k < m; k++) gamma += cols[oi + k] * cols[oj + k];
        if (gamma === 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        let ni = 0;
        let nj = 0;
        for (let k = 0; k < m; k++) {
          const x = cols[oi + k];
          const y = cols[oj + k];
          const xi = c * x - s * y;
          const yj = s * x + c * y;
          cols[oi + k] = xi;
          cols[oj + k] = yj;
          ni += xi * xi;
          nj += yj * yj;
        }
        norms[i] = ni;
        norms[j] = nj;
        const vi = i * n;
        const vj = j * n;
        for (let k = 0; k < n; k++) {
          const x = V[vi + k];
          const y = V[vj + k];
          V[vi + k] = c * x - s * y;
          V[vj + k] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  // singular values, sorted descending
  const sig = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s += cols[j * m + k] ** 2;
    sig[j] = Math.sqrt(s);
  }
  const order = Array.from({ length: n }, (_, j) => j).sort((x, y) => sig[y] - sig[x]);
  const S = new Float64Array(p);
  const U = new Float64Array(m * p);
  const Vt = new Float64Array(p * n);
  const smax = order.length ? sig[order[0]] : 0;
  const tiny = Math.max(smax * m * 1e-15, Number.MIN_VALUE);
  const filled: number[] = []; // U columns already set (for completing the null part)
  for (let k = 0; k < p; k++) {
    const j = order[k];
    S[k] = sig[j];
    for (let c = 0; c < n; c++) Vt[k * n + c] = V[j * n + c];
    if (sig[j] > tiny) {
      for (let r = 0; r < m; r++) U[r * p + k] = cols[j * m + r] / sig[j];
      filled.push(k);
    }
  }
  // zero singular values: complete U with orthonormal vectors (Gram–Schmidt on the standard basis)
  if (filled.length < p) {
    let e = 0;
    for (let k = 0; k < p; k++) {
      if (filled.includes(k)) continue;
      for (; e < m; e++) {
        const v = new Float64Array(m);
        v[e] = 1;
        for (let pass = 0; pass < 2; pass++) {
          for (const q of filled) {
            let d = 0;
            for (let r = 0; r < m; r++) d += U[r * p + q] * v[r];
            for (let r = 0; r < m; r++) v[r] -= d * U[r * p + q];
          }
        }
        let nv = 0;
        for (let r = 0; r < m; r++) nv += v[r] * v[r];
        nv = Math.sqrt(nv);
        if (nv > 1e-8) {
          for (let r = 0; r < m; r++) U[r * p + k] = v[r] / nv;
          filled.push(k);
          e++;
          break;
        }
      }
    }
  }
  return { m, n, p, U, S, Vt, sweeps };
}

/** Best rank-r approximation (Eckart–Young): A_r = Σ_{i<r} σᵢ uᵢ vᵢᵀ, [m×n] row-major. r is clamped to [0, p]. */
export function lowRank(d: Svd, r: number): Float64Array {
  const { m, n, p, U, S, Vt } = d;
  const rr = Math.max(0, Math.min(p, Math.floor(r)));
  const out = new Float64Array(m * n);
  for (let k = 0; k < rr; k++) {
    const s = S[k];
    if (s === 0) continue;
    for (let i = 0; i < m; i++) {
      const u = U[i * p + k] * s;
      if (u === 0) continue;
      const o = i * n;
      const vo = k * n;
      for (let j = 0; j < n; j++) out[o + j] += u * Vt[vo + j];
    }
  }
  return out;
}

/**
 * Cumulative energy E(r) = Σ_{i≤r} σᵢ² / Σ σᵢ² for r = 0..p (E(0) = 0, E(p) = 1; all zeros for a zero
 * matrix).
 */
export function cumulativeEnergy(S: ArrayLike<number>): Float64Array {
  const out = new Float64Array(S.length + 1);
  let total = 0;
  for (let i = 0; i < S.length; i++) total += S[i] * S[i];
  if (total === 0) return out;
  let acc = 0;
  for (let i = 0; i < S.length; i++) {
    acc += S[i] * S[i];
    out[i + 1] = Math.min(1, acc / total);
  }
  return out;
}

/**
 * Relative Frobenius error of the rank-r truncation from the spectrum alone (Eckart–Young–Mirsky):
 * ‖A − A_r‖_F / ‖A‖_F = √(Σ_{i>r} σᵢ²) / √(Σ σᵢ²). 0 for a zero matrix.
 */
export function truncationError(S: ArrayLike<number>, r: number): number {
  let total = 0;
  let tail = 0;
  for (let i = 0; i < S.length; i++) {
    const s2 = S[i] * S[i];
    total += s2;
    if (i >= r) tail += s2;
  }
  return total === 0 ? 0 : Math.sqrt(tail / total);
}

/** Smallest r with cumulative energy ≥ `fraction` (e.g. 0.9): an "effective rank" at that energy level. */
export function rankForEnergy(S: ArrayLike<number>, fraction: number): number {
  const e = cumulativeEnergy(S);
  if (e[e.length - 1] === 0) return 0; // zero matrix
  for (let r = 0; r < e.length; r++) if (e[r] >= fraction - 1e-12) return r;
  return S.length;
}

/** Frobenius norm of a flat array. */
export function frobenius(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}
