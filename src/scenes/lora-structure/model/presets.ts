/**
 * Real architecture shapes and LoRA parameter arithmetic (plain numbers, no tfjs).
 * Sources: facts.md §b (LoRA paper, Hu et al. 2021) and §c (LLaMA-7B, Qwen-7B configs); GPT-3 175B
 * shapes from the LoRA paper §5.1 (d_model 12288, 96 layers) and the GPT-3 paper Table 2.1 (d_ff = 4·d_model).
 */

/** Preset ids, as in the URL `model=`. */
export const MODEL_IDS = ['tiny', 'llama-7b', 'qwen-7b', 'gpt3-175b'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** Matrix groups LoRA can target, in URL order (`targets=q,k,v,o,ffn`). */
export const TARGETS = ['q', 'k', 'v', 'o', 'ffn'] as const;
export type Target = (typeof TARGETS)[number];

/** One weight matrix of a block: y = W x with W ∈ ℝ^{out×in}. */
export interface MatrixShape {
  /** Display name as in the model's own code (e.g. `gate_proj`, `w1`, `c_fc`). */
  name: string;
  target: Target;
  dIn: number;
  dOut: number;
}

/** Shapes of one model family. */
export interface ArchPreset {
  id: ModelId;
  layers: number;
  dModel: number;
  /** FFN inner width actually used by the matrices. */
  ffnInner: number;
  /** 'swiglu': gate, up (d→f) and down (f→d); 'mlp': up (d→f) and down (f→d). */
  ffnKind: 'swiglu' | 'mlp';
  /** Parameters of the whole model (for the percentage). */
  totalParams: number;
  /** Where `totalParams` comes from. */
  totalFrom: 'paper' | 'computed';
  /** Names of the seven (or six) matrices of one block. */
  names: { q: string; k: string; v: string; o: string; ffn: readonly string[] };
  /** Q, K and V are one fused matrix in the model's code (Qwen-7B `c_attn`). */
  fusedQkv?: string;
}

/**
 * Architecture of the project's tiny transformer, as in the header of public/model/tiny-transformer.bin
 * and public/model/MODEL_CARD.md (a unit test reads the shipped header and checks these values).
 */
export const TINY_CONFIG = {
  vocabSize: 1024,
  contextLength: 128,
  dModel: 64,
  nLayers: 3,
  nHeads: 4,
  dFF: 256,
  posEncoding: 'learned' as const,
  tiedEmbeddings: true,
};

/**
 * Total parameters of a GPT-style pre-LN transformer with biases on every linear layer, LayerNorm
 * (γ, β), learned positions and optionally tied embeddings: the tiny model's layout.
 */
export function tinyTotalParams(c: typeof TINY_CONFIG): number {
  const d = c.dModel;
  const f = c.dFF;
  const perLayer = 2 * d + (4 * d * d + 4 * d) + 2 * d + (d * f + f + f * d + d);
  const emb = c.vocabSize * d + (c.posEncoding === 'learned' ? c.contextLength * d : 0);
  return emb + c.nLayers * perLayer + 2 * d + (c.tiedEmbeddings ? 0 : c.vocabSize * d);
}

/** The four presets. */
export const PRESETS: Record<ModelId, ArchPreset> = {
  tiny: {
    id: 'tiny',
    layers: TINY_CONFIG.nLayers,
    dModel: TINY_CONFIG.dModel,
    ffnInner: TINY_CONFIG.dFF,
    ffnKind: 'mlp',
    totalParams: tinyTotalParams(TINY_CONFIG),
    totalFrom: 'computed',
    names: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: ['W_1', 'W_2'] },
  },
  // facts.md §c: 32 layers, hidden 4096, SwiGLU inner 11008, 6,738,415,616 parameters (computed).
  'llama-7b': {
    id: 'llama-7b',
    layers: 32,
    dModel: 4096,
    ffnInner: 11008,
    ffnKind: 'swiglu',
    totalParams: 6_738_415_616,
    totalFrom: 'computed',
    names: { q: 'wq', k: 'wk', v: 'wv', o: 'wo', ffn: ['w1 (gate)', 'w3 (up)', 'w2 (down)'] },
  },
  // facts.md §c: 32 layers, hidden 4096, config intermediate 22016 but w1, w2, c_proj use 22016 // 2 = 11008;
  // ≈7.7B, computed 7,721,324,544. Q, K, V are one fused c_attn (4096 → 3·4096).
  'qwen-7b': {
    id: 'qwen-7b',
    layers: 32,
    dModel: 4096,
    ffnInner: 11008,
    ffnKind: 'swiglu',
    totalParams: 7_721_324_544,
    totalFrom: 'computed',
    names: { q: 'c_attn[q]', k: 'c_attn[k]', v: 'c_attn[v]', o: 'attn.c_proj', ffn: ['w2 (gate)', 'w1 (up)', 'mlp.c_proj'] },
    fusedQkv: 'c_attn',
  },
  // LoRA paper §5.1 (d_model 12288, 96 layers) and Table 4 (full fine-tuning: 175,255.8M parameters);
  // d_ff = 4·d_model = 49152 (GPT-3 paper Table 2.1).
  'gpt3-175b': {
    id: 'gpt3-175b',
    layers: 96,
    dModel: 12288,
    ffnInner: 4 * 12288,
    ffnKind: 'mlp',
    totalParams: 175_255_800_000,
    totalFrom: 'paper',
    names: { q: 'W_q', k: 'W_k', v: 'W_v', o: 'W_o', ffn: ['W_fc', 'W_proj'] },
  },
};

/** The matrices of one block, grouped by target. Attention matrices are d×d (no GQA in these models). */
export function blockMatrices(p: ArchPreset): MatrixShape[] {
  const d = p.dModel;
  const f = p.ffnInner;
  const ffn: MatrixShape[] =
    p.ffnKind === 'swiglu'
      ? [
          { name: p.names.ffn[0], target: 'ffn', dIn: d, dOut: f },
          { name: p.names.ffn[1], target: 'ffn', dIn: d, dOut: f },
          { name: p.names.ffn[2], target: 'ffn', dIn: f, dOut: d },
        ]
      : [
          { name: p.names.ffn[0], target: 'ffn', dIn: d, dOut: f },
          { name: p.names.ffn[1], target: 'ffn', dIn: f, dOut: d },
        ];
  return [
    { name: p.names.q, target: 'q', dIn: d, dOut: d },
    { name: p.names.k, target: 'k', dIn: d, dOut: d },
    { name: p.names.v, target: 'v', dIn: d, dOut: d },
    { name: p.names.o, target: 'o', dIn: d, dOut: d },
    ...ffn,
  ];
}

/** LoRA parameters of one adapted matrix W ∈ ℝ^{dOut×dIn}: B (dOut×r) + A (r×dIn) = r·(dIn + dOut). */
export function loraParamsPerMatrix(m: Pick<MatrixShape, 'dIn' | 'dOut'>, r: number): number {
  return r * (m.dIn + m.dOut);
}

/** What adapting `targets` at rank r costs in one model. */
export interface LoraBudget {
  perLayer: number;
  trainable: number;
  /** trainable / totalParams. */
  fraction: number;
  /** Adapter size in bytes at 2 bytes per parameter (fp16/bf16). */
  fp16Bytes: number;
  /** Matrices adapted per layer. */
  matricesPerLayer: number;
}

/** Trainable LoRA parameters: Σ over adapted matrices of r·(d_in + d_out), times the number of layers. */
export function loraBudget(p: ArchPreset, r: number, targets: ReadonlySet<Target>): LoraBudget {
  const adapted = blockMatrices(p).filter((m) => targets.has(m.target));
  const perLayer = adapted.reduce((s, m) => s + loraParamsPerMatrix(m, r), 0);
  const trainable = perLayer * p.layers;
  return { perLayer, trainable, fraction: trainable / p.totalParams, fp16Bytes: 2 * trainable, matricesPerLayer: adapted.length };
}

/** Parameters of the dense matrices of one block that LoRA could target (Σ d_in·d_out). */
export function blockDenseParams(p: ArchPreset, targets: ReadonlySet<Target>): number {
  return blockMatrices(p)
    .filter((m) => targets.has(m.target))
    .reduce((s, m) => s + m.dIn * m.dOut, 0);
}

/** Parse a `targets` list (`q,v`) into a set, ignoring unknown names. */
export function parseTargets(list: string): Set<Target> {
  return new Set(
    list
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is Target => (TARGETS as readonly string[]).includes(s)),
  );
}
