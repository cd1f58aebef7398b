import { mulberry32 } from '../../../compute/rng';

/** Special tokens shown in the figure. */
export const MASK = '[MASK]';

/** Words a BERT "random token" replacement may draw from besides the sentence's own words (a stand-in vocabulary). */
export const FILLER = ['apple', 'river', 'blue', 'seven', 'quickly', 'house', 'music', 'green', 'under', 'paper', 'stone', 'light'];

/** Longest token sequence the scene works on (longer input is cut, with a notice). */
export const MAX_TOKENS = 28;

/**
 * Word-level tokenisation: words and punctuation marks are separate tokens; a CJK character is one token.
 * text → tokens (at most MAX_TOKENS; `cut` says whether more were dropped).
 */
export function tokenize(text: string): { tokens: string[]; cut: boolean } {
  const all = text.match(/[\u3400-\u9fff]|[A-Za-z0-9\u00c0-\u024f'’-]+|[^\s\w]/gu) ?? [];
  return { tokens: all.slice(0, MAX_TOKENS), cut: all.length > MAX_TOKENS };
}

/** A seeded stream for one (seed, purpose, index): independent draws that do not shift when other positions change. */
export function streamFor(seed: number, salt: number, index = 0): () => number {
  let h = (seed >>> 0) ^ Math.imul(salt + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}

/** Fisher–Yates shuffle of 0..n-1 with a uniform source. */
export function permutation(n: number, u: () => number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

/** Number of positions a rate selects: max(1, round(n·rate)) for n ≥ 1 (BERT's create_pretraining_data rule), 0 for n = 0. */
export function countFor(n: number, rate: number): number {
  if (n <= 0) return 0;
  return Math.min(n, Math.max(1, Math.round(n * rate)));
}

/** One Poisson(λ) draw (Knuth's product-of-uniforms method; fine for small λ such as 3). */
export function poisson(lambda: number, u: () => number): number {
  const L = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  for (;;) {
    p *= u();
    if (p <= L) return k;
    k++;
    if (k > 1000) return k;
  }
}

/** Exact Poisson pmf P(K = k) = λ^k e^{-λ} / k!. */
export function poissonPmf(k: number, lambda: number): number {
  let logF = 0;
  for (let i = 2; i <= k; i++) logF += Math.log(i);
  return Math.exp(k * Math.log(lambda) - lambda - logF);
}

/** What BERT did to one chosen position. */
export type MlmAction = 'mask' | 'random' | 'keep';

/** BERT masked-LM corruption of one sequence. */
export interface MlmResult {
  /** Corrupted input, same length as the original (BERT's outputs align with its inputs). */
  input: string[];
  /** Per position: the action if the position was chosen (loss is computed there), else null. */
  action: (MlmAction | null)[];
  /** Chosen positions, ascending. */
  chosen: number[];
}

/**
 * BERT MLM (Devlin et al. 2018 §3.1, App. A.1): choose max(1, round(n·rate)) positions uniformly; of the chosen,
 * 80 % → [MASK], 10 % → a random token, 10 % → unchanged; loss only at chosen positions. `toggles` flips
 * positions in or out of the chosen set (a click in the figure). Each position's 80/10/10 draw uses its own
 * seeded stream, so toggling one position leaves the others' fate unchanged.
 */
export function bertMlm(tokens: string[], rate: number, seed: number, toggles: readonly number[] = [], vocab: readonly string[] = FILLER): MlmResult {
  const n = tokens.length;
  const order = permutation(n, streamFor(seed, 1));
  const chosenSet = new Set(order.slice(0, countFor(n, rate)));
  for (const t of toggles) {
    if (t < 0 || t >= n) continue;
    if (chosenSet.has(t)) chosenSet.delete(t);
    else chosenSet.add(t);
  }
  const pool = Array.from(new Set([...vocab, ...tokens]));
  const input = tokens.slice();
  const action: (MlmAction | null)[] = tokens.map(() => null);
  for (const i of chosenSet) {
    const u = streamFor(seed, 2, i);
    const r = u();
    if (r < 0.8) {
      action[i] = 'mask';
      input[i] = MASK;
    } else if (r < 0.9) {
      action[i] = 'random';
      input[i] = pool[Math.floor(u() * pool.length)];
    } else action[i] = 'keep';
  }
  return { input, action, chosen: [...chosenSet].sort((a, b) => a - b) };
}

/** GPT causal LM (Radford et al. 2018 §3.1): inputs x₁…x_{n−1}, targets x₂…x_n, loss at every position. */
export function gptClm(tokens: string[]): { inputs: string[]; targets: string[] } {
  return { inputs: tokens.slice(0, -1), targets: tokens.slice(1) };
}

/** BART's noising functions (Lewis et al. 2019 §2.2, Fig. 2). */
export type Noise = 'mask' | 'delete' | 'infill' | 'permute' | 'rotate';

/** One infilling span: `length` original tokens starting at `start` (0 = an inserted [MASK] before `start`). */
export interface Span {
  start: number;
  length: number;
}

/** A BART corruption: the encoder input and how to read it against the original. */
export interface BartResult {
  /** Corrupted encoder input. */
  input: string[];
  /** For each input token: the original index it came from, or −1 for a [MASK] that stands for a span. */
  source: number[];
  /** Original positions that were removed or replaced (masked, deleted, inside an infilled span). */
  hit: number[];
  /** Infilling spans (text infilling only), in input order. */
  spans: Span[];
  /** Sentence order (permutation) or [k] (rotation start); empty otherwise. */
  order: number[];
}

/** Sentence boundaries: indices of sentences as [start, end) ranges; a sentence ends after . ! ? 。！？ */
export function sentences(tokens: string[]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  tokens.forEach((t, i) => {
    if (/^[.!?。！？]$/.test(t)) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  });
  if (s < tokens.length) out.push([s, tokens.length]);
  return out;
}

/**
 * Text-infilling spans (BART §2.2): draw lengths from Poisson(λ) until they cover m = countFor(n, rate) tokens
 * (the last is cut so the total is exactly m), place them at random non-overlapping positions; 0-length spans
 * are insertion points. Returns spans sorted by start (an insertion before a span at the same start comes first).
 */
export function infillSpans(n: number, rate: number, seed: number, lambda = 3): Span[] {
  if (n === 0) return [];
  const u = streamFor(seed, 3);
  const m = countFor(n, rate);
  const lengths: number[] = [];
  let total = 0;
  for (let guard = 0; total < m && guard < 10000; guard++) {
    const L = Math.min(poisson(lambda, u), m - total);
    lengths.push(L);
    total += L;
  }
  const covered = new Array<boolean>(n).fill(false);
  const spans: Span[] = [];
  const inserts = new Set<number>();
  // longest first: easier to place without overlap
  const byLen = lengths.map((L, i) => [L, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [L0] of byLen) {
    let L = L0;
    let placed = false;
    while (!placed) {
      if (L === 0) {
        // an insertion point k in 0..n that is not strictly inside a span and not already used
        const free = Array.from({ length: n + 1 }, (_, k) => k).filter((k) => !inserts.has(k) && !(k > 0 && k < n && covered[k - 1] && covered[k]));
        if (free.length) {
          const k = free[Math.floor(u() * free.length)];
          inserts.add(k);
          spans.push({ start: k, length: 0 });
        }
        placed = true;
        break;
      }
      const starts = [];
      for (let s = 0; s + L <= n; s++) {
        let ok = true;
        for (let j = s; j < s + L; j++) if (covered[j]) ok = false;
        // keep one untouched token between spans so that they stay separate masks
        if (s > 0 && covered[s - 1]) ok = false;
        if (s + L < n && covered[s + L]) ok = false;
        if (ok) starts.push(s);
      }
      if (starts.length) {
        const s = starts[Math.floor(u() * starts.length)];
        for (let j = s; j < s + L; j++) covered[j] = true;
        spans.push({ start: s, length: L });
        placed = true;
      } else L--; // no room: shrink (only with dense masking on short text)
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.length - b.length);
}

/** BART corruption of `tokens` with one noising function. rate: share of tokens masked / deleted / infilled. */
export function bartNoise(tokens: string[], noise: Noise, rate: number, seed: number, lambda = 3): BartResult {
  const n = tokens.length;
  const idx = tokens.map((_, i) => i);
  if (noise === 'mask' || noise === 'delete') {
    const pick = new Set(permutation(n, streamFor(seed, 4)).slice(0, countFor(n, rate)));
    const hit = idx.filter((i) => pick.has(i));
    if (noise === 'mask') return { input: tokens.map((t, i) => (pick.has(i) ? MASK : t)), source: idx.map((i) => (pick.has(i) ? -1 : i)), hit, spans: [], order: [] };
    const keep = idx.filter((i) => !pick.has(i));
    return { input: keep.map((i) => tokens[i]), source: keep, hit, spans: [], order: [] };
  }
  if (noise === 'infill') {
    const spans = infillSpans(n, rate, seed, lambda);
    const input: string[] = [];
    const source: number[] = [];
    const hit: number[] = [];
    const startAt = new Map<number, Span[]>();
    for (const s of spans) startAt.set(s.start, [...(startAt.get(s.start) ?? []), s]);
    let i = 0;
    while (i <= n) {
      let skip = 0;
      for (const s of startAt.get(i) ?? []) {
        input.push(MASK);
        source.push(-1);
        if (s.length > 0) skip = s.length;
      }
      if (i === n) break;
      if (skip > 0) {
        for (let j = i; j < i + skip; j++) hit.push(j);
        i += skip;
      } else {
        input.push(tokens[i]);
        source.push(i);
        i++;
      }
    }
    return { input, source, hit, spans, order: [] };
  }
  if (noise === 'permute') {
    const sents = sentences(tokens);
    const order = permutation(sents.length, streamFor(seed, 5));
    const source = order.flatMap((k) => idx.slice(sents[k][0], sents[k][1]));
    return { input: source.map((i) => tokens[i]), source, hit: [], spans: [], order };
  }
  // rotation: a token chosen uniformly (not the first, when there is a choice) becomes the start
  const u = streamFor(seed, 6);
  const k = n > 1 ? 1 + Math.floor(u() * (n - 1)) : 0;
  const source = idx.map((i) => (i + k) % Math.max(1, n));
  return { input: source.map((i) => tokens[i]), source, hit: [], spans: [], order: [k] };
}

/** Reconstruct the original from an infilling corruption and its spans (what BART's decoder must learn to do). */
export function fillSpans(input: string[], spans: Span[], original: string[]): string[] {
  const out: string[] = [];
  let s = 0;
  for (const t of input) {
    if (t === MASK && s < spans.length) {
      const sp = spans[s++];
      out.push(...original.slice(sp.start, sp.start + sp.length));
    } else out.push(t);
  }
  return out;
}

/** Which attention pattern a block uses. */
export type MaskKind = 'full' | 'causal';

/** An attention mask [rows][cols] of 0/1: full = all ones, causal = j ≤ i (row i may attend to column j). */
export function attentionMask(rows: number, cols: number, kind: MaskKind): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (kind === 'full' || j <= i ? 1 : 0)));
}

/** Share of allowed entries in a mask (1 for full, (n+1)/(2n) for causal n×n). */
export function density(mask: number[][]): number {
  const cells = mask.reduce((a, r) => a + r.length, 0);
  return cells ? mask.reduce((a, r) => a + r.reduce((b, v) => b + v, 0), 0) / cells : 0;
}

/** Parse a comma list of token positions ("2,5") into ints, ignoring junk and duplicates. */
export function parsePicks(s: string): number[] {
  const out: number[] = [];
  for (const part of String(s).split(/[,\s，]+/)) {
    if (!/^\d+$/.test(part)) continue;
    const v = Number(part);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Toggle position i in a picks list and return the new comma list. */
export function togglePick(s: string, i: number): string {
  const p = parsePicks(s);
  const next = p.includes(i) ? p.filter((v) => v !== i) : [...p, i];
  return next.sort((a, b) => a - b).join(',');
}
