/**
 * The decoding pipeline of question 6, as plain functions on a logits vector [V].
 *
 * Order (Hugging Face `generate`: logits processors first, then the warpers in this order):
 *   logits → repetition penalty → presence/frequency penalty → no-repeat n-gram
 *          → temperature → top-k → top-p → min-p → softmax (renormalise) → seeded sample.
 * Temperature 0 means greedy: argmax of the processed logits, no warper (HF `do_sample=False`).
 * Presence/frequency are OpenAI-API parameters (not HF `generate` ones): they count only the
 * generated tokens. Filtered logits are −∞. Every function returns a new array.
 */

/** Sampling settings; "off" values: repetitionPenalty 1, presence/frequency 0, noRepeatNgram 0, topK 0, topP 1, minP 0. */
export interface SamplingSettings {
  temperature: number;
  topK: number;
  topP: number;
  minP: number;
  repetitionPenalty: number;
  presencePenalty: number;
  frequencyPenalty: number;
  noRepeatNgram: number;
}

/** Neutral settings: plain sampling at temperature 1. */
export const OFF: SamplingSettings = {
  temperature: 1,
  topK: 0,
  topP: 1,
  minP: 0,
  repetitionPenalty: 1,
  presencePenalty: 0,
  frequencyPenalty: 0,
  noRepeatNgram: 0,
};

/** Pipeline stage ids, in order of application. */
export const STAGES = ['logits', 'repetition', 'presence-frequency', 'no-repeat', 'temperature', 'top-k', 'top-p', 'min-p'] as const;
export type StageId = (typeof STAGES)[number];

/**
 * CTRL repetition penalty (HF RepetitionPenaltyLogitsProcessor): for each id present in `context`
 * (once, however often it occurs) logit < 0 → logit·θ, else logit/θ.
 */
export function repetitionPenalty(logits: ArrayLike<number>, context: readonly number[], penalty: number): Float32Array {
  const out = Float32Array.from(logits);
  if (penalty === 1) return out;
  const seen = new Set(context);
  for (const id of seen) {
    if (id < 0 || id >= out.length) continue;
    const v = logits[id];
    out[id] = v < 0 ? v * penalty : v / penalty;
  }
  return out;
}

/** Token counts c[j] of `ids` over a vocabulary of size V. */
export function tokenCounts(ids: readonly number[], V: number): Int32Array {
  const c = new Int32Array(V);
  for (const id of ids) if (id >= 0 && id < V) c[id]++;
  return c;
}

/** OpenAI presence/frequency penalty: logit[j] − frequency·c[j] − presence·[c[j] > 0], c = counts in `generated`. */
export function presenceFrequency(logits: ArrayLike<number>, generated: readonly number[], presence: number, frequency: number): Float32Array {
  const out = Float32Array.from(logits);
  if (presence === 0 && frequency === 0) return out;
  const c = tokenCounts(generated, out.length);
  for (let j = 0; j < out.length; j++) if (c[j] > 0) out[j] = logits[j] - frequency * c[j] - presence;
  return out;
}

/**
 * Ids that would complete an n-gram already present in `context` (HF NoRepeatNGramLogitsProcessor):
 * every window w of n ids whose first n−1 equal the last n−1 ids of the context bans w[n−1].
 */
export function bannedByNgram(context: readonly number[], n: number): number[] {
  const T = context.length;
  if (n <= 0 || T + 1 < n) return [];
  const banned = new Set<number>();
  const start = T - (n - 1);
  for (let i = 0; i + n <= T; i++) {
    let match = true;
    for (let j = 0; j < n - 1; j++) {
      if (context[i + j] !== context[start + j]) {
        match = false;
        break;
      }
    }
    if (match) banned.add(context[i + n - 1]);
  }
  return [...banned];
}

/** No-repeat n-gram: banned ids get −∞. n = 0 is off. */
export function noRepeatNgram(logits: ArrayLike<number>, context: readonly number[], n: number): Float32Array {
  const out = Float32Array.from(logits);
  for (const id of bannedByNgram(context, n)) if (id >= 0 && id < out.length) out[id] = -Infinity;
  return out;
}

/** logits / T (T > 0). */
export function applyTemperature(logits: ArrayLike<number>, t: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let i = 0; i < out.length; i++) out[i] = logits[i] / t;
  return out;
}

/** Top-k (HF TopKLogitsWarper): remove logits strictly below the k-th largest (ties at the k-th value kept). k ≤ 0 is off. */
export function topK(logits: ArrayLike<number>, k: number): Float32Array {
  const out = Float32Array.from(logits);
  if (k <= 0 || k >= out.length) return out;
  const sorted = Float32Array.from(logits).sort(); // ascending, −∞ first
  const kth = sorted[sorted.length - k];
  for (let i = 0; i < out.length; i++) if (out[i] < kth) out[i] = -Infinity;
  return out;
}

/** Numerically stable softmax in float64; all −∞ → all 0. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  const n = logits.length;
  const p = new Float64Array(n);
  let m = -Infinity;
  for (let i = 0; i < n; i++) if (logits[i] > m) m = logits[i];
  if (m === -Infinity) return p;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = logits[i] === -Infinity ? 0 : Math.exp(logits[i] - m);
    p[i] = e;
    s += e;
  }
  for (let i = 0; i < n; i++) p[i] /= s;
  return p;
}

/** Indices sorted by ascending value, ties by ascending index (a stable ascending sort, as torch.sort(stable=True)). */
function ascendingOrder(values: ArrayLike<number>): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  idx.sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b));
  return idx;
}

/**
 * Top-p / nucleus (HF TopPLogitsWarper): sort ascending, cumulative softmax, remove entries whose
 * cumulative probability ≤ 1 − p, always keep the largest one. Keeps the smallest set of top tokens whose
 * mass reaches p (among tied logits, the lower index is removed first). p ≥ 1 is off.
 */
export function topP(logits: ArrayLike<number>, p: number): Float32Array {
  const out = Float32Array.from(logits);
  if (p >= 1) {
    // HF generate skips the warper at p = 1; the warper itself would drop only zero-probability entries (already −∞)
    return out;
  }
  const probs = softmax(logits);
  const order = ascendingOrder(logits);
  let cum = 0;
  const threshold = 1 - p;
  for (let r = 0; r < order.length - 1; r++) {
    cum += probs[order[r]];
    if (cum <= threshold) out[order[r]] = -Infinity;
  }
  return out;
}

/** Min-p (HF MinPLogitsWarper): remove tokens with prob < minP · max prob; the top token always stays. minP ≤ 0 is off. */
export function minP(logits: ArrayLike<number>, mp: number): Float32Array {
  const out = Float32Array.from(logits);
  if (mp <= 0) return out;
  const probs = softmax(logits);
  let top = 0;
  let arg = 0;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] > top) {
      top = probs[i];
      arg = i;
    }
  }
  const cut = mp * top;
  for (let i = 0; i < out.length; i++) if (probs[i] < cut && i !== arg) out[i] = -Infinity;
  return out;
}

/** Index of the largest value (first one on ties, as torch.argmax); −1 if all are −∞. */
export function argmax(values: ArrayLike<number>): number {
  let best = -1;
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > m) {
      m = values[i];
      best = i;
    }
  }
  return best;
}

/** Shannon entropy in nats of a probability vector. */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log(p[i]);
  return h;
}

/** One stage of the pipeline: its logits, their softmax, and how many tokens are still allowed. */
export interface Stage {
  id: StageId;
  /** Whether the stage changes anything with these settings (an off stage is the identity). */
  active: boolean;
  logits: Float32Array;
  probs: Float64Array;
  kept: number;
}

/** The whole pipeline for one next-token decision. */
export interface PipelineResult {
  stages: Stage[];
  /** Temperature 0: argmax, the warpers are skipped (and shown as inactive). */
  greedy: boolean;
  /** Final distribution the token is drawn from (one-hot at the argmax when greedy). All 0 if allFiltered. */
  probs: Float64Array;
  /** Every token was removed (e.g. no-repeat n-gram banned them all): nothing can be sampled. */
  allFiltered: boolean;
  /** Entropy (nats) of the final distribution. */
  entropy: number;
}

function countFinite(l: Float32Array): number {
  let k = 0;
  for (let i = 0; i < l.length; i++) if (l[i] !== -Infinity) k++;
  return k;
}

/**
 * Runs every stage. `context` = prompt + generated ids (the repetition penalty and the n-gram ban see
 * both, as in HF); `promptLength` marks where the generated part (counted by presence/frequency) starts.
 */
export function runPipeline(logits: ArrayLike<number>, context: readonly number[], promptLength: number, s: SamplingSettings): PipelineResult {
  const stages: Stage[] = [];
  const push = (id: StageId, l: Float32Array, active: boolean) => stages.push({ id, active, logits: l, probs: softmax(l), kept: countFinite(l) });
  let x: Float32Array = Float32Array.from(logits);
  push('logits', x, true);
  x = repetitionPenalty(x, context, s.repetitionPenalty);
  push('repetition', x, s.repetitionPenalty !== 1);
  x = presenceFrequency(x, context.slice(promptLength), s.presencePenalty, s.frequencyPenalty);
  push('presence-frequency', x, s.presencePenalty !== 0 || s.frequencyPenalty !== 0);
  x = noRepeatNgram(x, context, s.noRepeatNgram);
  push('no-repeat', x, s.noRepeatNgram > 0);
  const greedy = s.temperature <= 0;
  if (greedy) {
    for (const id of ['temperature', 'top-k', 'top-p', 'min-p'] as const) push(id, x, false);
    const probs = new Float64Array(x.length);
    const a = argmax(x);
    if (a >= 0) probs[a] = 1;
    return { stages, greedy, probs, allFiltered: a < 0, entropy: 0 };
  }
  x = applyTemperature(x, s.temperature);
  push('temperature', x, s.temperature !== 1);
  x = topK(x, s.topK);
  push('top-k', x, s.topK > 0 && s.topK < x.length);
  x = topP(x, s.topP);
  push('top-p', x, s.topP < 1);
  x = minP(x, s.minP);
  push('min-p', x, s.minP > 0);
  const last = stages[stages.length - 1];
  const allFiltered = last.kept === 0;
  return { stages, greedy, probs: last.probs, allFiltered, entropy: entropy(last.probs) };
}

/** Inverse-CDF draw from `probs` with a uniform u ∈ [0, 1); −1 if probs are all 0. */
export function sampleIndex(probs: ArrayLike<number>, u: number): number {
  let total = 0;
  for (let i = 0; i < probs.length; i++) total += probs[i];
  if (!(total > 0)) return -1;
  const target = u * total;
  let cum = 0;
  let lastPositive = -1;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] <= 0) continue;
    cum += probs[i];
    lastPositive = i;
    if (target < cum) return i;
  }
  return lastPositive;
}

/** The next token: argmax when greedy, else a draw with uniform `u`. −1 when everything was filtered. */
export function chooseToken(r: PipelineResult, u: number): number {
  if (r.allFiltered) return -1;
  return r.greedy ? argmax(r.probs) : sampleIndex(r.probs, u);
}
