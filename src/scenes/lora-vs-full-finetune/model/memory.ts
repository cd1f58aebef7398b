/**
 * Training-memory arithmetic for full fine-tuning, LoRA and QLoRA (plain numbers, no tfjs).
 * Shapes and LoRA parameter counts come from the lora-structure scene (`presets.ts`), imported, not copied.
 * Sources: LoRA (Hu et al. 2021, arXiv 2106.09685) §4.2; ZeRO (Rajbhandari et al. 2020) §3.1 for the 16 bytes
 * per parameter of mixed-precision Adam; QLoRA (Dettmers et al. 2023, arXiv 2305.14314) §3 for NF4 and double
 * quantisation; Korthikanti et al. 2022 (arXiv 2205.05198) §4.1 for activation memory.
 */
import {
  PRESETS,
  TINY_CONFIG,
  blockDenseParams,
  loraBudget,
  parseTargets,
  TARGETS,
  type ArchPreset,
  type ModelId as LoraModelId,
} from '../../lora-structure/model/presets';

/** Bytes per GB (SI, as the LoRA paper's "350GB" and "35MB"). */
export const GB = 1e9;

/** Model ids of this scene: the four presets of lora-structure plus LLaMA-65B (the QLoRA paper's model). */
export const MODEL_IDS = ['tiny', 'llama-7b', 'qwen-7b', 'llama-65b', 'gpt3-175b'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/**
 * LLaMA-65B (facebook/llama-65b config: hidden 8192, intermediate 22016, 80 layers, 64 heads, vocab 32000).
 * Not among lora-structure's presets; the LLaMA layout (SwiGLU, untied embeddings) is the 7B's, so the
 * preset object reuses its names. totalParams computed: 80·(4·8192² + 3·8192·22016 + 2·8192) + 2·32000·8192 + 8192.
 */
export const LLAMA_65B: ArchPreset = {
  ...PRESETS['llama-7b'],
  layers: 80,
  dModel: 8192,
  ffnInner: 22016,
  totalParams: 80 * (4 * 8192 * 8192 + 3 * 8192 * 22016 + 2 * 8192) + 2 * 32000 * 8192 + 8192,
  totalFrom: 'computed',
};

/** Attention heads of each model (presets.ts has no head count): tiny model card; facts.md §c; LLaMA-65B config; GPT-3 Table 2.1. */
export const HEADS: Record<ModelId, number> = { tiny: TINY_CONFIG.nHeads, 'llama-7b': 32, 'qwen-7b': 32, 'llama-65b': 64, 'gpt3-175b': 96 };

/** The architecture of a model id. */
export function archOf(id: ModelId): ArchPreset {
  return id === 'llama-65b' ? LLAMA_65B : PRESETS[id as LoraModelId];
}

/** Optimizers: bytes of optimizer state per trainable parameter. */
export const OPTIMIZERS = ['adamw', 'adamw-8bit'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

/**
 * Optimizer-state bytes K per trainable parameter in mixed precision: AdamW keeps an fp32 master copy, m and v
 * (4 + 4 + 4 = 12, ZeRO §3.1); 8-bit AdamW (bitsandbytes) stores m and v in 8 bits (4 + 1 + 1 = 6; block-wise
 * constants ignored).
 */
export function optimizerBytes(opt: Optimizer): number {
  return opt === 'adamw-8bit' ? 6 : 12;
}

/** Frozen-weight precisions of the LoRA column, in bits (URL `wbits`). */
export const WBITS = ['32', '16', '8', '4'] as const;
export type WBits = (typeof WBITS)[number];

/** Quantisation block size and constants (QLoRA §3): 64 weights per fp32 absmax; with DQ, 8-bit constants in blocks of 256. */
export const QBLOCK = 64;
export const DQ_BLOCK = 256;

/**
 * Storage bits per frozen weight of the quantised dense matrices. 4-bit: 4 + 32/64 = 4.5 (fp32 constant per
 * block of 64); NF4 with double quantisation (QLoRA): 4 + 8/64 + 32/(64·256) ≈ 4.127. 8-bit: 8 (row-wise
 * constants ignored). 16 and 32: as they are.
 */
export function bitsPerWeight(wbits: number, doubleQuant = false): number {
  if (wbits >= 16) return wbits;
  if (wbits === 8) return 8;
  return wbits + (doubleQuant ? 8 / QBLOCK + 32 / (QBLOCK * DQ_BLOCK) : 32 / QBLOCK);
}

/** Activation-memory inputs: micro-batch b, sequence length s, and full activation checkpointing. */
export interface ActConfig {
  batch: number;
  seq: number;
  ckpt: boolean;
  /** FlashAttention-style fused attention: the a·s² score, softmax and dropout tensors are not stored. */
  flash?: boolean;
}

/**
 * Activation bytes of one transformer layer in 16-bit (Korthikanti et al. 2022 §4.1, no parallelism, attention
 * scores materialised): s·b·h·(34 + 5·a·s/h). Derived for a GPT block with a 4h MLP; used here as an estimate
 * for the SwiGLU models too. The 5as/h term is the attention scores, softmax and dropout (5·a·s²·b bytes);
 * with `flash` (fused attention that recomputes them) it is dropped, leaving 34·s·b·h, the same as
 * Korthikanti's selective recomputation.
 */
export function activationPerLayer(s: number, b: number, h: number, a: number, flash = false): number {
  return s * b * h * (34 + (flash ? 0 : (5 * a * s) / h));
}

/**
 * Activation bytes of the whole stack. Without checkpointing: L·s·b·h·(34 + 5as/h). With full activation
 * checkpointing (recompute every layer): the 2·s·b·h bytes of each layer's input are kept (Korthikanti §4.2,
 * 2sbhL), plus one layer's full activations while it is recomputed in the backward pass.
 */
export function activationBytes(arch: ArchPreset, heads: number, c: ActConfig): number {
  const per = activationPerLayer(c.seq, c.batch, arch.dModel, heads, c.flash);
  if (!c.ckpt) return arch.layers * per;
  return 2 * c.seq * c.batch * arch.dModel * arch.layers + per;
}

/** Bytes of one method, split the way the bars stack them. */
export interface MethodBytes {
  /** Model weights: trainable 16-bit weights (full FT) or the frozen base (LoRA, QLoRA). */
  weights: number;
  /** Gradients of the trainable weights (16-bit). Zero for frozen weights. */
  grads: number;
  /** Optimizer states of the trainable weights (K bytes each). */
  optim: number;
  /** LoRA adapters: their 16-bit weights, gradients and optimizer states (16 bytes per param with AdamW). */
  adapters: number;
  /** Activations stored for the backward pass (the same for all three methods). */
  acts: number;
  total: number;
}

/** Everything the scene shows for one setting. */
export interface FinetuneMemory {
  psi: number;
  /** LoRA trainable parameters. */
  trainable: number;
  full: MethodBytes;
  lora: MethodBytes;
  qlora: MethodBytes;
  /** Bytes per frozen base weight in the LoRA and QLoRA columns (averaged over all parameters). */
  loraBasePerParam: number;
  qloraBasePerParam: number;
  /** Checkpoint of a full fine-tune (16-bit: 2Ψ) and of one LoRA adapter (16-bit: 2·trainable). */
  ckptFull: number;
  ckptAdapter: number;
}

export interface FinetuneConfig extends ActConfig {
  model: ModelId;
  wbits: number;
  opt: Optimizer;
  r: number;
  /** Comma list as in the URL (`q,v`). */
  targets: string;
}

function sum(m: Omit<MethodBytes, 'total'>): MethodBytes {
  return { ...m, total: m.weights + m.grads + m.optim + m.adapters + m.acts };
}

/**
 * Frozen-base bytes when the dense matrices of every block are stored at `bitsDense` bits and the rest
 * (embeddings, norms) stays 16-bit, as bitsandbytes/QLoRA quantise only the linear layers.
 */
export function frozenBaseBytes(arch: ArchPreset, bitsDense: number): number {
  const dense = arch.layers * blockDenseParams(arch, new Set(TARGETS));
  const rest = Math.max(0, arch.totalParams - dense);
  const restBits = bitsDense >= 16 ? bitsDense : 16;
  return (dense * bitsDense) / 8 + (rest * restBits) / 8;
}

/**
 * Training memory of the three methods on one GPU (no sharding):
 * full FT = 2Ψ + 2Ψ + KΨ + acts; LoRA = base(wbits) + (2+2+K)·n + acts; QLoRA = base(NF4+DQ) + (2+2+K)·n + acts,
 * where n = Σ r(d_in + d_out) over adapted matrices × L (lora-structure's loraBudget).
 */
export function finetuneMemory(c: FinetuneConfig): FinetuneMemory {
  const arch = archOf(c.model);
  const psi = arch.totalParams;
  const k = optimizerBytes(c.opt);
  const targets = parseTargets(c.targets);
  const n = targets.size ? loraBudget(arch, Math.max(1, c.r), targets).trainable : 0;
  const acts = activationBytes(arch, HEADS[c.model], c);
  const adapters = (2 + 2 + k) * n;
  const loraBase = frozenBaseBytes(arch, bitsPerWeight(c.wbits));
  const qloraBase = frozenBaseBytes(arch, bitsPerWeight(4, true));
  // fp32 training keeps no separate master copy: 4 (W) + 4 (grad) + 8 (m, v) = 16, the same as mixed precision.
  return {
    psi,
    trainable: n,
    full: sum({ weights: 2 * psi, grads: 2 * psi, optim: k * psi, adapters: 0, acts }),
    lora: sum({ weights: loraBase, grads: 0, optim: 0, adapters, acts }),
    qlora: sum({ weights: qloraBase, grads: 0, optim: 0, adapters, acts }),
    loraBasePerParam: loraBase / psi,
    qloraBasePerParam: qloraBase / psi,
    ckptFull: 2 * psi,
    ckptAdapter: 2 * n,
  };
}

/** Storage for T tasks: T full checkpoints, or one base plus T adapters (LoRA §4.2 footnote 4). */
export function taskStorage(ckptFull: number, ckptAdapter: number, tasks: number): { full: number; lora: number } {
  return { full: tasks * ckptFull, lora: ckptFull + tasks * ckptAdapter };
}

/**
 * What per-parameter accounting a reported training footprint implies: bytes / Ψ. LoRA §4.2 reports
 * GPT-3 175B at 1.2 TB (full FT) and 350 GB (LoRA); 1.2e12 / 175.26e9 ≈ 6.85 B/param, which is neither
 * mixed-precision Adam (16) nor fp16 weights + fp16 m, v (6, i.e. 1.05 TB, the "up to 2/3" reduction).
 */
export function impliedBytesPerParam(bytes: number, psi: number): number {
  return bytes / psi;
}

/** The GPU sizes (GB) drawn as lines. */
export const GPU_OPTIONS = ['24', '40', '48', '80'] as const;
