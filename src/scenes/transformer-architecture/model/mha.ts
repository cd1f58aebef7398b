/**
 * Multi-head attention of one layer of the tiny transformer, recomputed step by step from the layer's
 * input (the residual stream) and its weights, so the scene can show split → per-head softmax(QKᵀ/√d_k)V
 * → concat → W_O with the real numbers. Independent of the runtime's fused graph (tests compare both).
 */
import type { TfModule } from '../../../compute/tf';

/** The weights of one attention sub-layer as plain arrays (row-major, applied as x·W). */
export interface AttnWeights {
  /** LayerNorm before the attention (pre-LN): gain and bias [D]. */
  lnG: Float32Array;
  lnB: Float32Array;
  /** [D][D] each, stored row-major as D·D floats. */
  wq: Float32Array;
  wk: Float32Array;
  wv: Float32Array;
  wo: Float32Array;
  /** [D] biases. */
  bq: Float32Array;
  bk: Float32Array;
  bv: Float32Array;
  bo: Float32Array;
}

/** Every intermediate of one multi-head attention sub-layer. T = tokens, D = model width, H heads, d_k = D/H. */
export interface MhaTrace {
  T: number;
  D: number;
  H: number;
  dk: number;
  /** [T][D] LN₁(x). */
  normed: Float32Array[];
  /** [H][T][d_k] per-head queries, keys, values (the split of x·W_q etc.). */
  q: Float32Array[][];
  k: Float32Array[][];
  v: Float32Array[][];
  /** [H][T][T] scaled scores QKᵀ/√d_k with the causal mask (−Infinity above the diagonal when causal). */
  scores: Float32Array[][];
  /** [H][T][T] softmax of the scores (row = query). */
  attn: Float32Array[][];
  /** [H][T][d_k] per-head output softmax(·)V. */
  heads: Float32Array[][];
  /** [T][D] the heads concatenated. */
  concat: Float32Array[];
  /** [T][D] concat · W_O + b_O: what the sub-layer adds to the residual stream. */
  out: Float32Array[];
}

function rows(data: Float32Array, n: number, w: number): Float32Array[] {
  return Array.from({ length: n }, (_, i) => data.slice(i * w, (i + 1) * w));
}

/**
 * Multi-head attention of a pre-LN block on x [T][D]: h = LN(x); Q,K,V = h·W + b; per head
 * softmax(Q_h K_hᵀ/√d_k + mask)V_h; concat; ·W_O + b_O. `causal` masks positions after the query.
 */
export function multiHeadTrace(tf: TfModule, x: readonly ArrayLike<number>[], w: AttnWeights, H: number, eps: number, causal = true): MhaTrace {
  const T = x.length;
  if (T < 1) throw new Error('multiHeadTrace: at least one token');
  const D = x[0].length;
  if (D % H !== 0) throw new Error(`multiHeadTrace: width ${D} is not divisible by ${H} heads`);
  const dk = D / H;
  const flat = new Float32Array(T * D);
  x.forEach((r, i) => flat.set(Array.from(r), i * D));
  const outs = tf.tidy(() => {
    const xt = tf.tensor2d(flat, [T, D]);
    const mean = tf.mean(xt, 1, true);
    const xc = tf.sub(xt, mean);
    const variance = tf.mean(tf.square(xc), 1, true);
    const h = tf.add(tf.mul(tf.div(xc, tf.sqrt(tf.add(variance, eps))), tf.tensor1d(w.lnG)), tf.tensor1d(w.lnB));
    const proj = (W: Float32Array, b: Float32Array) => tf.add(tf.matMul(h, tf.tensor2d(W, [D, D])), tf.tensor1d(b));
    // [T, D] → [H, T, d_k]
    const split = (m: ReturnType<typeof proj>) => tf.transpose(tf.reshape(m, [T, H, dk]), [1, 0, 2]);
    const q = split(proj(w.wq, w.bq));
    const k = split(proj(w.wk, w.bk));
    const v = split(proj(w.wv, w.bv));
    let scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(dk));
    if (causal) {
      const mask = new Float32Array(T * T);
      for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) mask[i * T + j] = -1e9;
      scores = tf.add(scores, tf.tensor2d(mask, [T, T]));
    }
    const attn = tf.softmax(scores, -1);
    const heads = tf.matMul(attn, v);
    const concat = tf.reshape(tf.transpose(heads, [1, 0, 2]), [T, D]);
    const out = tf.add(tf.matMul(concat, tf.tensor2d(w.wo, [D, D])), tf.tensor1d(w.bo));
    return [h, q, k, v, scores, attn, heads, concat, out];
  });
  const data = outs.map((t) => t.dataSync() as Float32Array);
  outs.forEach((t) => t.dispose());
  const [h, q, k, v, sc, a, hd, cc, o] = data;
  const perHead = (d: Float32Array, w2: number) => Array.from({ length: H }, (_, i) => rows(d.subarray(i * T * w2, (i + 1) * T * w2), T, w2));
  const scores = perHead(sc, T);
  if (causal) for (const m of scores) for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m[i][j] = -Infinity;
  return {
    T,
    D,
    H,
    dk,
    normed: rows(h, T, D),
    q: perHead(q, dk),
    k: perHead(k, dk),
    v: perHead(v, dk),
    scores,
    attn: perHead(a, T),
    heads: perHead(hd, dk),
    concat: rows(cc, T, D),
    out: rows(o, T, D),
  };
}

/** The attention weights of layer `l` from a model's `weight(name)` accessor. */
export function attnWeights(get: (name: string) => { data: Float32Array }, l: number): AttnWeights {
  const g = (n: string) => get(`layers.${l}.${n}`).data;
  return {
    lnG: g('ln1.g'),
    lnB: g('ln1.b'),
    wq: g('attn.wq'),
    wk: g('attn.wk'),
    wv: g('attn.wv'),
    wo: g('attn.wo'),
    bq: g('attn.bq'),
    bk: g('attn.bk'),
    bv: g('attn.bv'),
    bo: g('attn.bo'),
  };
}
