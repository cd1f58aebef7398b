/**
 * Plain arithmetic of the scene: allowed attention pairs per mask, targets per sequence, KV-cache work
 * and memory. Sources: BERT create_pretraining_data.py (num_to_predict), LLaMA paper Table 2 / params.json
 * (facts.md §c).
 */

/** Allowed (query, key) pairs of an n-token mask: bi n², causal n(n+1)/2, prefix-LM p² + (n(n+1) − p(p+1))/2. */
export function allowedPairs(mask: 'bi' | 'causal' | 'prefix', n: number, prefix: number): number {
  if (mask === 'bi') return n * n;
  if (mask === 'causal') return (n * (n + 1)) / 2;
  const p = Math.max(0, Math.min(n, prefix));
  return p * p + (n * (n + 1) - p * (p + 1)) / 2;
}

/** Positions that produce a loss in one n-token sequence. */
export interface TargetCounts {
  /** next-token prediction: every position but the last predicts its successor (n − 1). */
  causal: number;
  /** BERT MLM: min(maxPred, max(1, round(0.15·n))) (create_pretraining_data.py). */
  mlm: number;
  /** prefix-LM (UniLM / GLM-style): only the part after the prefix is predicted: n − max(p, 1). */
  prefix: number;
}

/** Python-style round half to even, as BERT's `int(round(x))` does. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (Math.abs(d - 0.5) < 1e-12) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

export function targetCounts(n: number, prefix: number, maskProb = 0.15, maxPred = Infinity): TargetCounts {
  const p = Math.max(0, Math.min(n, prefix));
  return {
    causal: Math.max(0, n - 1),
    mlm: Math.min(maxPred, Math.max(1, roundHalfEven(n * maskProb))),
    prefix: Math.max(0, n - Math.max(p, 1)),
  };
}

/** Decoder config for the KV-cache arithmetic. */
export interface KvConfig {
  layers: number;
  dModel: number;
  kvHeads: number;
  headDim: number;
  ffn: number;
  vocab: number;
  /** FFN matrices: 3 for SwiGLU, 2 for a plain MLP. */
  ffnMats: number;
  bytes: number;
}

/** LLaMA-7B (v1): 32 layers, d 4096, 32 heads × 128 (no GQA), SwiGLU 11008, vocab 32000, fp16 cache. */
export const LLAMA_7B: KvConfig = { layers: 32, dModel: 4096, kvHeads: 32, headDim: 128, ffn: 11008, vocab: 32000, ffnMats: 3, bytes: 2 };

/** KV-cache bytes per token: 2 (K and V) · L · n_kv · d_head · bytes. */
export function kvBytesPerToken(c: KvConfig): number {
  return 2 * c.layers * c.kvHeads * c.headDim * c.bytes;
}

/** Work to produce the t-th token (t tokens in the context, including the new one). */
export interface StepWork {
  /** q·k scores computed (per layer, per head). */
  scoresCached: number;
  scoresRecompute: number;
  /** Multiply-adds of the whole model (projections, attention, FFN, LM head once). */
  macsCached: number;
  macsRecompute: number;
}

/**
 * With a cache only the new token runs: per layer 4d² (Q,K,V,O) + ffnMats·d·d_ff + 2·t·d (scores and
 * weighted sum over t keys). Without a cache the whole prefix runs again: t·(4d² + ffnMats·d·d_ff) +
 * 2d·t(t+1)/2 (causal). Both add the LM head d·V once.
 */
export function stepWork(c: KvConfig, t: number): StepWork {
  const dense = 4 * c.dModel * c.dModel + c.ffnMats * c.dModel * c.ffn;
  const head = c.dModel * c.vocab;
  const causalPairs = (t * (t + 1)) / 2;
  return {
    scoresCached: t,
    scoresRecompute: causalPairs,
    macsCached: c.layers * (dense + 2 * t * c.dModel) + head,
    macsRecompute: c.layers * (t * dense + 2 * c.dModel * causalPairs) + head,
  };
}
