/** Small pure summaries of attention maps for the readouts and the head view. */

/** Entropy (nats) of one attention row, over its non-zero weights. */
export function rowEntropy(row: ArrayLike<number>): number {
  let h = 0;
  for (let j = 0; j < row.length; j++) if (row[j] > 0) h -= row[j] * Math.log(row[j]);
  return h;
}

/** Mean entropy over the rows of one head [T][T]. */
export function meanEntropy(a: readonly ArrayLike<number>[]): number {
  if (!a.length) return 0;
  return a.reduce((s, r) => s + rowEntropy(r), 0) / a.length;
}

/** Index and weight of the largest entry of a row. */
export function argmaxRow(row: ArrayLike<number>): { j: number; w: number } {
  let j = 0;
  for (let i = 1; i < row.length; i++) if (row[i] > row[j]) j = i;
  return { j, w: row.length ? row[j] : 0 };
}

/** Largest absolute difference between two nested arrays of the same shape. */
export function maxAbsDiff(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a[i].length; j++) m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
  return m;
}

/**
 * Lines of the head view: one per (query i, key j) with weight ≥ `min`, optionally only those touching
 * token `focus` (as query, or as key when `side` = 'key').
 */
export function headLines(a: readonly ArrayLike<number>[], min = 0.02, focus: number | null = null, side: 'query' | 'key' = 'query') {
  const out: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a[i].length; j++) {
      const w = a[i][j];
      if (w < min) continue;
      if (focus !== null && (side === 'query' ? i !== focus : j !== focus)) continue;
      out.push({ i, j, w });
    }
  return out;
}

/** RMS of each row, averaged over rows: the typical size of the residual stream. */
export function meanRms(x: readonly ArrayLike<number>[]): number {
  if (!x.length) return 0;
  let s = 0;
  for (const r of x) {
    let q = 0;
    for (let j = 0; j < r.length; j++) q += r[j] * r[j];
    s += Math.sqrt(q / r.length);
  }
  return s / x.length;
}

/** Softmax of logits (stable). */
export function softmax(l: ArrayLike<number>): Float64Array {
  let m = -Infinity;
  for (let i = 0; i < l.length; i++) m = Math.max(m, l[i]);
  const p = new Float64Array(l.length);
  let z = 0;
  for (let i = 0; i < l.length; i++) z += p[i] = Math.exp(l[i] - m);
  for (let i = 0; i < l.length; i++) p[i] /= z;
  return p;
}

/** The k most likely ids with probabilities. */
export function topK(p: ArrayLike<number>, k: number): { id: number; p: number }[] {
  return Array.from({ length: p.length }, (_, id) => ({ id, p: p[id] }))
    .sort((a, b) => b.p - a.p)
    .slice(0, k);
}
