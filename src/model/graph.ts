/**
 * The tiny transformer's forward pass as tfjs ops, shared by the training script (batched, with
 * gradients) and the browser runtime (batch 1, with internals). No tfjs import: the caller passes the
 * module in (the browser gets it from `ensureTf()`, the trainer from tfjs-core + the wasm backend).
 *
 * Pre-LN decoder block:  x += Wo·Attn(LN1(x));  x += W2·gelu(W1·LN2(x));  logits = LN_f(x)·Eᵀ.
 * GELU is the tanh approximation (PyTorch `gelu(approximate='tanh')`).
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { TinyModelConfig } from './types';

export type Tf = typeof TF;
export type Params = Record<string, TF.Tensor>;

/** [T, T] additive causal mask: 0 on and below the diagonal, −1e9 above. */
export function causalBias(tf: Tf, T: number): TF.Tensor2D {
  return tf.tidy(() => {
    const r = tf.range(0, T, 1, 'int32');
    const allowed = tf.lessEqual(tf.reshape(r, [1, T]), tf.reshape(r, [T, 1])); // key j ≤ query i
    return tf.where(allowed, tf.zeros([T, T]), tf.fill([T, T], -1e9)) as TF.Tensor2D;
  });
}

export function layerNorm(tf: Tf, x: TF.Tensor, g: TF.Tensor, b: TF.Tensor, eps: number): TF.Tensor {
  const mean = tf.mean(x, -1, true);
  const xc = tf.sub(x, mean);
  const variance = tf.mean(tf.square(xc), -1, true);
  return tf.add(tf.mul(tf.mul(xc, tf.rsqrt(tf.add(variance, eps))), g), b);
}

export function gelu(tf: Tf, x: TF.Tensor): TF.Tensor {
  const c = Math.sqrt(2 / Math.PI);
  const inner = tf.mul(tf.add(x, tf.mul(tf.pow(x, 3), 0.044715)), c);
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.tanh(inner), 1));
}

/** 2-D matrix product a [N, K] · b [K, M]; the trainer swaps in one with a faster gradient. */
export type MatMul2d = (a: TF.Tensor, b: TF.Tensor) => TF.Tensor;

/** x [N, in] · W [in, out] + b. */
export function dense(tf: Tf, x: TF.Tensor, w: TF.Tensor, b?: TF.Tensor, mm?: MatMul2d): TF.Tensor {
  const y = mm ? mm(x, w) : tf.matMul(x as TF.Tensor2D, w as TF.Tensor2D);
  return b ? tf.add(y, b) : y;
}

/** [B*T, D] → [B, H, T, dh] */
export function splitHeads(tf: Tf, x: TF.Tensor, B: number, T: number, H: number): TF.Tensor {
  const dh = x.shape[x.shape.length - 1] / H;
  return tf.transpose(tf.reshape(x, [B, T, H, dh]), [0, 2, 1, 3]);
}

/** [B, H, T, dh] → [B*T, D] */
export function mergeHeads(tf: Tf, x: TF.Tensor, B: number, T: number, H: number): TF.Tensor {
  const dh = x.shape[3] as number;
  return tf.reshape(tf.transpose(x, [0, 2, 1, 3]), [B * T, H * dh]);
}

export interface BlockTrace {
  /** [B, H, T, T] attention weights. */
  attention: TF.Tensor[];
  afterAttn: TF.Tensor[];
  afterFfn: TF.Tensor[];
}

/**
 * Full forward over a batch. `emb` is the [B*T, D] token-embedding rows (the caller chooses gather or
 * one-hot·E so that training has gradients on backends without a scatter kernel). Returns logits
 * [B*T, V], and the final normed hidden state; fills `trace` when given.
 */
export function forwardBatch(
  tf: Tf,
  cfg: TinyModelConfig,
  p: Params,
  emb: TF.Tensor,
  B: number,
  T: number,
  mask: TF.Tensor,
  trace?: BlockTrace & { embed?: TF.Tensor; pos?: TF.Tensor; final?: TF.Tensor },
  mm?: MatMul2d,
): TF.Tensor {
  const D = cfg.dModel;
  const H = cfg.nHeads;
  const dh = D / H;
  const pos = tf.slice(p['pos_emb'], [0, 0], [T, D]);
  let x = tf.reshape(tf.add(tf.reshape(emb, [B, T, D]), pos), [B * T, D]);
  if (trace) {
    trace.pos = pos;
    trace.embed = x;
  }
  const scale = 1 / Math.sqrt(dh);
  for (let l = 0; l < cfg.nLayers; l++) {
    const q = `layers.${l}.`;
    const h = layerNorm(tf, x, p[q + 'ln1.g'], p[q + 'ln1.b'], cfg.layerNormEps);
    const Q = splitHeads(tf, dense(tf, h, p[q + 'attn.wq'], p[q + 'attn.bq'], mm), B, T, H);
    const K = splitHeads(tf, dense(tf, h, p[q + 'attn.wk'], p[q + 'attn.bk'], mm), B, T, H);
    const V = splitHeads(tf, dense(tf, h, p[q + 'attn.wv'], p[q + 'attn.bv'], mm), B, T, H);
    const scores = tf.add(tf.mul(tf.matMul(Q, K, false, true), scale), mask);
    const att = tf.softmax(scores, -1);
    const ctx = mergeHeads(tf, tf.matMul(att, V), B, T, H);
    x = tf.add(x, dense(tf, ctx, p[q + 'attn.wo'], p[q + 'attn.bo'], mm));
    if (trace) {
      trace.attention.push(att);
      trace.afterAttn.push(x);
    }
    const h2 = layerNorm(tf, x, p[q + 'ln2.g'], p[q + 'ln2.b'], cfg.layerNormEps);
    const f = dense(tf, gelu(tf, dense(tf, h2, p[q + 'ffn.w1'], p[q + 'ffn.b1'], mm)), p[q + 'ffn.w2'], p[q + 'ffn.b2'], mm);
    x = tf.add(x, f);
    if (trace) trace.afterFfn.push(x);
  }
  const fin = layerNorm(tf, x, p['ln_f.g'], p['ln_f.b'], cfg.layerNormEps);
  if (trace) trace.final = fin;
  if (!cfg.tiedEmbeddings) return dense(tf, fin, p['lm_head'], undefined, mm);
  return mm ? mm(fin, tf.transpose(p['tok_emb'])) : tf.matMul(fin as TF.Tensor2D, p['tok_emb'] as TF.Tensor2D, false, true);
}
