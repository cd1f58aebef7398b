/**
 * Training-only tfjs ops with hand-written gradients, shared by the tiny transformer's training
 * script (`npm run train`) and question 4's full fine-tuning (`npm run finetune`).
 */
import * as tf from '@tensorflow/tfjs-core';

/**
 * Embedding lookup with a hand-written gradient: the wasm backend has no scatter kernel (gather's
 * gradient), and one-hot·E costs a [B·T, V]×[V, D] matmul each way. The gradient rows are summed in JS.
 */
export function embedLookup(E: tf.Tensor, ids: number[], V: number, D: number): tf.Tensor {
  const f = tf.customGrad(((e: tf.Tensor) => ({
    value: tf.gather(e as tf.Tensor2D, tf.tensor1d(ids, 'int32')),
    gradFunc: (dy: tf.Tensor) => {
      const d = dy.dataSync();
      const g = new Float32Array(V * D);
      for (let i = 0; i < ids.length; i++) {
        const o = ids[i] * D;
        for (let j = 0; j < D; j++) g[o + j] += d[i * D + j];
      }
      return tf.tensor2d(g, [V, D]);
    },
  })) as never) as (e: tf.Tensor) => tf.Tensor;
  return f(E);
}

/**
 * a·b with a gradient that transposes explicitly (tfjs-backend-wasm's matmul with transpose flags is
 * 4–10× slower than a transpose followed by a plain matmul on this machine).
 */
export const mm2d = tf.customGrad(((a: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
  save([a, b]);
  return {
    value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, [sa, sb]: tf.Tensor[]) => [
      tf.matMul(dy as tf.Tensor2D, tf.transpose(sb) as tf.Tensor2D),
      tf.matMul(tf.transpose(sa) as tf.Tensor2D, dy as tf.Tensor2D),
    ],
  };
}) as never) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor;

/** Mean cross-entropy of logits [N, V] against targets, with the closed-form gradient (softmax − onehot)/N. */
export function crossEntropy(logits: tf.Tensor, targets: number[], V: number): tf.Scalar {
  const N = targets.length;
  const f = tf.customGrad(((x: tf.Tensor, save: tf.GradSaveFunc) => {
    const oh = tf.cast(tf.oneHot(tf.tensor1d(targets, 'int32'), V), 'float32');
    save([x, oh]);
    const value = tf.mean(tf.sub(tf.logSumExp(x, -1), tf.sum(tf.mul(x, oh), -1))) as tf.Scalar;
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => tf.mul(tf.sub(tf.softmax(saved[0], -1), saved[1]), tf.div(dy, N)),
    };
  }) as never) as (x: tf.Tensor) => tf.Scalar;
  return f(logits);
}
