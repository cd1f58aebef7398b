import * as tf from '@tensorflow/tfjs-core';

/** The three self-attention masks whose softmax the scene computes. */
export const MASKS = ['bi', 'causal', 'prefix'] as const;
export type MaskId = (typeof MASKS)[number];

/** May query i attend to key j? bi: always; causal: j ≤ i; prefix (GLM / UniLM prefix-LM): j < p or j ≤ i. */
export function allowed(mask: MaskId, i: number, j: number, prefix: number): boolean {
  if (mask === 'bi') return true;
  if (mask === 'causal') return j <= i;
  return j < prefix || j <= i;
}

/** Additive mask [n×n]: 0 where allowed, −1e9 where not. */
export function maskBias(mask: MaskId, n: number, prefix: number): Float32Array {
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = allowed(mask, i, j, prefix) ? 0 : -1e9;
  return out;
}

/**
 * softmax(QKᵀ/√d + M) for each mask, with Q, K of the first `d` columns of q, k.
 * q, k: [n×dMax] row-major; returns one Float32Array [n×n] per entry of `masks`, per d in `ds`
 * (order: for each d, for each mask). One tidy, one read-back.
 */
export async function attentionMatrices(
  q: Float32Array,
  k: Float32Array,
  n: number,
  dMax: number,
  ds: readonly number[],
  masks: readonly MaskId[],
  prefix: number,
): Promise<Float32Array[]> {
  const packed = tf.tidy(() => {
    const Q = tf.tensor2d(q, [n, dMax]);
    const K = tf.tensor2d(k, [n, dMax]);
    const biases = masks.map((m) => tf.tensor2d(maskBias(m, n, prefix), [n, n]));
    const parts: tf.Tensor[] = [];
    for (const d of ds) {
      const Qd = d === dMax ? Q : tf.slice(Q, [0, 0], [n, d]);
      const Kd = d === dMax ? K : tf.slice(K, [0, 0], [n, d]);
      const s = tf.mul(tf.matMul(Qd, Kd, false, true), 1 / Math.sqrt(d));
      for (const b of biases) parts.push(tf.reshape(tf.softmax(tf.add(s, b)), [-1]));
    }
    return tf.concat(parts);
  });
  const all = (await packed.data()) as Float32Array;
  packed.dispose();
  const out: Float32Array[] = [];
  for (let i = 0; i < ds.length * masks.length; i++) out.push(all.slice(i * n * n, (i + 1) * n * n));
  return out;
}
