/** The four architectures of question 8, as plain data (sources: facts.md §c and the configs cited in copy). */

export const MODEL_IDS = ['llama-7b', 'baichuan-7b', 'qwen-7b', 'chatglm-6b'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export interface Architecture {
  id: ModelId;
  name: string;
  layers: number;
  hidden: number;
  heads: number;
  headDim: number;
  /** Inner width of the FFN actually used by the code (Qwen: intermediate_size // 2 = 11008). */
  ffn: number;
  /** Rows of the embedding matrix (padded for Qwen). */
  vocab: number;
  /** Training context length. */
  context: number;
  /** Gated FFN (SwiGLU: three matrices) or plain two-matrix MLP. */
  gated: boolean;
  norm: 'rmsnorm' | 'layernorm';
  /** Bias on Q, K, V projections. */
  qkvBias: boolean;
  /** Bias on every other linear (attention output, FFN). */
  otherBias: boolean;
  /** lm_head a separate matrix in the checkpoint count. */
  separateHead: boolean;
  /** Pre-training tokens, in trillions. */
  tokensT: number;
  /** Officially stated parameter count (null: only a rounded figure is published). */
  official: number | null;
}

export const ARCH: Record<ModelId, Architecture> = {
  'llama-7b': { id: 'llama-7b', name: 'LLaMA-7B', layers: 32, hidden: 4096, heads: 32, headDim: 128, ffn: 11008, vocab: 32000, context: 2048, gated: true, norm: 'rmsnorm', qkvBias: false, otherBias: false, separateHead: true, tokensT: 1.0, official: null },
  'baichuan-7b': { id: 'baichuan-7b', name: 'Baichuan-7B', layers: 32, hidden: 4096, heads: 32, headDim: 128, ffn: 11008, vocab: 64000, context: 4096, gated: true, norm: 'rmsnorm', qkvBias: false, otherBias: false, separateHead: true, tokensT: 1.2, official: 7_000_559_616 },
  'qwen-7b': { id: 'qwen-7b', name: 'Qwen-7B', layers: 32, hidden: 4096, heads: 32, headDim: 128, ffn: 11008, vocab: 151936, context: 8192, gated: true, norm: 'rmsnorm', qkvBias: true, otherBias: false, separateHead: true, tokensT: 2.4, official: null },
  'chatglm-6b': { id: 'chatglm-6b', name: 'ChatGLM-6B', layers: 28, hidden: 4096, heads: 32, headDim: 128, ffn: 16384, vocab: 130528, context: 2048, gated: false, norm: 'layernorm', qkvBias: true, otherBias: true, separateHead: false, tokensT: 1.0, official: null },
};

/** Parameter count split by module. All counts are exact integers. */
export interface ParamBreakdown {
  embedding: number;
  attention: number;
  ffn: number;
  norms: number;
  lmHead: number;
  total: number;
  perLayer: number;
}

/**
 * Parameters from the architecture.
 * attention = L·(4h² + biases), FFN = L·(3hf) gated or L·(2hf + f + h) plain, norms = (2L+1)·h (RMSNorm)
 * or (2L+1)·2h (LayerNorm with bias), embedding = V·h, lm_head = V·h when separate (or `countTiedHead`).
 */
export function countParams(a: Architecture, countTiedHead = false): ParamBreakdown {
  const { hidden: h, ffn: f, layers: L, vocab: V } = a;
  const attnPer = 4 * h * h + (a.qkvBias ? 3 * h : 0) + (a.otherBias ? h : 0);
  const ffnPer = a.gated ? 3 * h * f + (a.otherBias ? 2 * f + h : 0) : 2 * h * f + (a.otherBias ? f + h : 0);
  const normWidth = a.norm === 'layernorm' ? 2 * h : h;
  const embedding = V * h;
  const attention = L * attnPer;
  const ffn = L * ffnPer;
  const norms = (2 * L + 1) * normWidth;
  const lmHead = a.separateHead || countTiedHead ? V * h : 0;
  return { embedding, attention, ffn, norms, lmHead, total: embedding + attention + ffn + norms + lmHead, perLayer: attnPer + ffnPer + 2 * normWidth };
}

/** LLaMA's FFN width: 256·⌈⌊2·4h/3⌋/256⌉ (llama/model.py FeedForward, multiple_of = 256). */
export function llamaFfn(hidden: number, multipleOf = 256): number {
  const inner = Math.floor((2 * 4 * hidden) / 3);
  return multipleOf * Math.ceil(inner / multipleOf);
}

/** The dimensions the per-dimension comparison offers. */
export const DIMENSIONS = ['layers', 'hidden', 'ffn', 'vocab', 'context', 'params', 'tokens'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Value of one dimension for one model (params counted as in `countParams`). */
export function dimensionValue(a: Architecture, d: Dimension, countTiedHead = false): number {
  switch (d) {
    case 'layers':
      return a.layers;
    case 'hidden':
      return a.hidden;
    case 'ffn':
      return a.ffn;
    case 'vocab':
      return a.vocab;
    case 'context':
      return a.context;
    case 'params':
      return countParams(a, countTiedHead).total;
    case 'tokens':
      return a.tokensT;
  }
}
