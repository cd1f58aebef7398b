/**
 * The architecture diagram as data: the blocks of the original encoder–decoder (Vaswani et al. 2017, Fig. 1)
 * and of a decoder-only LM (the tiny model / GPT-2 / LLaMA), in Post-LN or Pre-LN placement, with the
 * tensor shape on every arrow and the parameter count of every block. Pure: no tfjs, no React.
 */

/** Sizes of a Transformer. */
export interface ArchConfig {
  /** Layers per stack. */
  N: number;
  dModel: number;
  heads: number;
  dFF: number;
  /** Vocabulary size, or null when shown symbolically. */
  vocab: number | null;
  /** Learned position table rows (0 for fixed sinusoidal positions: no parameters). */
  posRows: number;
}

/** Vaswani et al. 2017 base model (§3, §3.2.2, §3.3; Table 3 “base”). */
export const PAPER_BASE: ArchConfig = { N: 6, dModel: 512, heads: 8, dFF: 2048, vocab: null, posRows: 0 };

export type Variant = 'encoder-decoder' | 'decoder-only';
export type NormPlace = 'post' | 'pre';
export type Stack = 'encoder' | 'decoder' | 'io';

/** Kinds of block the diagram draws. */
export type BlockKind = 'embed' | 'self-attn' | 'masked-attn' | 'cross-attn' | 'ffn' | 'add-norm' | 'add' | 'norm' | 'final-norm' | 'linear' | 'softmax';

/** One block of the diagram, bottom to top within its stack. */
export interface Block {
  /** Unique id within one diagram (e.g. `dec-cross`). */
  id: string;
  kind: BlockKind;
  stack: Stack;
  /** Inside the repeated N× layer. */
  repeated: boolean;
  /** Shape of the tensor leaving the block, as [rows, cols] (strings for symbolic sizes). */
  out: (number | string)[];
  /** Trainable parameters of one instance of the block. */
  params: number;
}

/** Parameters of multi-head attention: W_Q, W_K, W_V, W_O (D×D) and their biases. */
export const mhaParams = (D: number) => 4 * (D * D + D);
/** Parameters of the position-wise FFN: W₁ D×F + b₁, W₂ F×D + b₂. */
export const ffnParams = (D: number, F: number) => 2 * D * F + F + D;
/** Parameters of one LayerNorm: gain and bias. */
export const lnParams = (D: number) => 2 * D;

/**
 * The blocks of one architecture, bottom to top: for the encoder–decoder, the encoder stack then the
 * decoder stack then the output head; for decoder-only, one stack. `T` is the input length (source),
 * `Tt` the target length (decoder input; a symbol in the encoder–decoder view).
 */
export function blocks(variant: Variant, norm: NormPlace, c: ArchConfig, T: number | string, Tt: number | string = T): Block[] {
  const D = c.dModel;
  const out: Block[] = [];
  const layer = (stack: 'encoder' | 'decoder', len: number | string, attn: BlockKind[]) => {
    const p = stack === 'encoder' ? 'enc' : 'dec';
    const subs: BlockKind[] = [...attn, 'ffn'];
    for (const s of subs) {
      const name = s === 'ffn' ? 'ffn' : s === 'cross-attn' ? 'cross' : s === 'masked-attn' ? 'masked' : 'self';
      const sub: Block = { id: `${p}-${name}`, kind: s, stack, repeated: true, out: [len, D], params: s === 'ffn' ? ffnParams(D, c.dFF) : mhaParams(D) };
      if (norm === 'pre') {
        out.push({ id: `${p}-${name}-ln`, kind: 'norm', stack, repeated: true, out: [len, D], params: lnParams(D) });
        out.push(sub);
        out.push({ id: `${p}-${name}-add`, kind: 'add', stack, repeated: true, out: [len, D], params: 0 });
      } else {
        out.push(sub);
        out.push({ id: `${p}-${name}-addnorm`, kind: 'add-norm', stack, repeated: true, out: [len, D], params: lnParams(D) });
      }
    }
    if (norm === 'pre') out.push({ id: `${p}-final-ln`, kind: 'final-norm', stack, repeated: false, out: [len, D], params: lnParams(D) });
  };
  const V = c.vocab ?? 'V';
  const embedParams = c.vocab === null ? 0 : c.vocab * D + c.posRows * D;
  if (variant === 'encoder-decoder') {
    out.push({ id: 'enc-embed', kind: 'embed', stack: 'encoder', repeated: false, out: [T, D], params: embedParams });
    layer('encoder', T, ['self-attn']);
    out.push({ id: 'dec-embed', kind: 'embed', stack: 'decoder', repeated: false, out: [Tt, D], params: 0 });
    layer('decoder', Tt, ['masked-attn', 'cross-attn']);
    out.push({ id: 'linear', kind: 'linear', stack: 'io', repeated: false, out: [Tt, V], params: 0 });
    out.push({ id: 'softmax', kind: 'softmax', stack: 'io', repeated: false, out: [Tt, V], params: 0 });
  } else {
    out.push({ id: 'dec-embed', kind: 'embed', stack: 'decoder', repeated: false, out: [T, D], params: embedParams });
    layer('decoder', T, ['masked-attn']);
    out.push({ id: 'linear', kind: 'linear', stack: 'io', repeated: false, out: [T, V], params: 0 });
    out.push({ id: 'softmax', kind: 'softmax', stack: 'io', repeated: false, out: [T, V], params: 0 });
  }
  return out;
}

/** Total parameters of an architecture: repeated blocks × N, plus the rest (the output layer is tied / counted in the embedding). */
export function totalParams(bs: readonly Block[], N: number): number {
  return bs.reduce((s, b) => s + b.params * (b.repeated ? N : 1), 0);
}

/** Number of LayerNorms in the whole model. */
export function layerNormCount(bs: readonly Block[], N: number): number {
  return bs.reduce((s, b) => s + (b.kind === 'norm' || b.kind === 'add-norm' || b.kind === 'final-norm' ? (b.repeated ? N : 1) : 0), 0);
}

/** Shape as text: `32×64`. */
export const shapeText = (s: readonly (number | string)[]) => s.join('×');
