/**
 * Repetition metrics of a token sequence (plain arrays of ids).
 *  distinct-n  = |unique n-grams| / |n-grams|           (Li et al. 2016, NAACL, §4.3)
 *  seq-rep-n   = 1 − distinct-n over one continuation    (Welleck et al. 2020, ICLR, §5 "seq-rep-n")
 *  repeatedMask marks tokens that complete an n-gram seen earlier in the sequence (for highlighting).
 */

function gramKey(ids: readonly number[], i: number, n: number): string {
  let k = '';
  for (let j = 0; j < n; j++) k += `${ids[i + j]},`;
  return k;
}

/** distinct-n of `ids`; NaN when there is no n-gram. */
export function distinctN(ids: readonly number[], n: number): number {
  const total = ids.length - n + 1;
  if (total <= 0) return NaN;
  const seen = new Set<string>();
  for (let i = 0; i < total; i++) seen.add(gramKey(ids, i, n));
  return seen.size / total;
}

/** seq-rep-n = share of n-gram occurrences that are repeats = 1 − distinct-n; NaN when there is no n-gram. */
export function seqRepN(ids: readonly number[], n: number): number {
  const d = distinctN(ids, n);
  return Number.isNaN(d) ? NaN : 1 - d;
}

/**
 * For each position i of `ids`, whether ids[i-n+1..i] is an n-gram that already occurred (ending
 * earlier) in `context ++ ids`. Marks every token of such an n-gram (so a loop is highlighted whole).
 */
export function repeatedMask(context: readonly number[], ids: readonly number[], n: number): boolean[] {
  const all = [...context, ...ids];
  const off = context.length;
  const mask = new Array<boolean>(ids.length).fill(false);
  const seen = new Set<string>();
  for (let end = n - 1; end < all.length; end++) {
    const k = gramKey(all, end - n + 1, n);
    if (seen.has(k)) {
      for (let j = end - n + 1; j <= end; j++) if (j >= off) mask[j - off] = true;
    } else seen.add(k);
  }
  return mask;
}

/** A loop at the end of a sequence: the suffix from `start` repeats with `period`, covering ≥ 2 periods. */
export interface Loop {
  period: number;
  start: number;
  /** How many times the period occurs (may be fractional at the end). */
  repeats: number;
}

/**
 * Finds the longest periodic suffix of `ids` (period ≤ maxPeriod) that covers at least two full
 * periods and `minLength` tokens; null if none. Ties in length go to the shorter period.
 */
export function detectLoop(ids: readonly number[], maxPeriod = 32, minLength = 6): Loop | null {
  const T = ids.length;
  let best: Loop | null = null;
  for (let p = 1; p <= Math.min(maxPeriod, Math.floor(T / 2)); p++) {
    let start = T - p;
    while (start - 1 >= 0 && ids[start - 1] === ids[start - 1 + p]) start--;
    const len = T - start;
    if (len >= 2 * p && len >= minLength && (!best || len > T - best.start)) best = { period: p, start, repeats: len / p };
  }
  return best;
}

/** The longest run of tokens that occurs at least twice in `ids` (occurrences may overlap); null if none. */
export function longestRepeat(ids: readonly number[]): { start: number; length: number; again: number } | null {
  const n = ids.length;
  let best: { start: number; length: number; again: number } | null = null;
  // dp over pairs (i < j): length of the common run ending at i and j
  let prev = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const cur = new Int32Array(n + 1);
    for (let j = i + 1; j <= n; j++) {
      if (ids[i - 1] === ids[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (!best || cur[j] > best.length) best = { start: i - cur[j], length: cur[j], again: j - cur[j] };
      }
    }
    prev = cur;
  }
  return best;
}
