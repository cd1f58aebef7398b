import * as tf from '@tensorflow/tfjs-core';
import { addGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Add_grad';
import { batchMatMulGradConfig } from '@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad';
import { castGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Cast_grad';
import { meanGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Mean_grad';
import { multiplyGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Multiply_grad';
import { reshapeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reshape_grad';
import { squareGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Square_grad';
import { subGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sub_grad';
import { tanhGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Tanh_grad';
import { mulberry32, normalSampler } from '../../../compute/rng';

/**
 * Real gradients for the mixed-precision histogram: a small seeded tanh MLP (teacher–student
 * regression, the student close to the teacher, like late in training) and the gradient of its
 * mean-squared loss with respect to every weight and bias, by `tf.grads`, read back once.
 */

// tfjs-core registers no gradients by itself: only the ones this loss needs (not all of them: bundle size)
for (const g of [addGradConfig, batchMatMulGradConfig, castGradConfig, meanGradConfig, multiplyGradConfig, reshapeGradConfig, squareGradConfig, subGradConfig, tanhGradConfig]) {
  tf.registerGradient(g);
}

/** Shape of the toy network: input, hidden widths, output. */
export const MLP_DIMS = [16, 32, 32, 32, 32, 32, 32, 32, 32, 1] as const;
/** Examples per batch. */
export const BATCH = 128;
/** Init scale: W ~ N(0, GAIN²/fan_in). Below 1 with tanh, so gradients shrink layer by layer. */
export const GAIN = 0.4;
/** How far the student sits from the teacher (relative weight noise). */
export const STUDENT_OFFSET = 0.1;

/** Gradients and the fp32 weights they belong to, flattened layer by layer. */
export interface GradData {
  /** ∂loss/∂θ for every parameter θ (weights, then biases, per layer): [P]. */
  grads: Float32Array;
  /** The parameters θ themselves: [P]. */
  weights: Float32Array;
  /** Which layer each parameter belongs to (0-based): [P]. */
  layer: Uint8Array;
  loss: number;
}

/** A network's parameters: W[l] row-major [d_l][d_(l+1)], b[l] [d_(l+1)]. */
export interface Net {
  W: number[][];
  b: number[][];
}

/** The seeded regression problem: teacher (makes the targets), student (gets the gradients), inputs x [batch][d0] row-major. */
export interface Problem {
  dims: readonly number[];
  batch: number;
  teacher: Net;
  student: Net;
  x: number[];
}

/** Build the problem for a seed (pure JS, float64 numbers). */
export function makeProblem(seed: number, dims: readonly number[] = MLP_DIMS, batch = BATCH): Problem {
  const teacher = makeNet(seed * 3 + 1, dims, GAIN);
  const nrm = normalSampler(mulberry32((seed * 3 + 2) >>> 0));
  const student: Net = {
    W: teacher.W.map((w) => w.map((v) => v * (1 + STUDENT_OFFSET * nrm()))),
    b: teacher.b.map((w) => w.map((v) => v + 0.01 * STUDENT_OFFSET * nrm())),
  };
  const x = Array.from({ length: batch * dims[0] }, () => nrm());
  return { dims, batch, teacher, student, x };
}

function makeNet(seed: number, dims: readonly number[], gain: number): Net {
  const nrm = normalSampler(mulberry32(seed >>> 0));
  const W: number[][] = [];
  const b: number[][] = [];
  for (let l = 0; l + 1 < dims.length; l++) {
    const s = gain / Math.sqrt(dims[l]);
    W.push(Array.from({ length: dims[l] * dims[l + 1] }, () => s * nrm()));
    b.push(Array.from({ length: dims[l + 1] }, () => 0.1 * nrm()));
  }
  return { W, b };
}

/** The teacher's outputs in float64 JS: tanh hidden layers, linear output. x: [batch·d0] row-major → [batch]. */
function teacherTargets(net: Net, x: number[], dims: readonly number[], batch: number): Float32Array {
  const out = new Float32Array(batch);
  const L = dims.length - 1;
  for (let n = 0; n < batch; n++) {
    let h = x.slice(n * dims[0], (n + 1) * dims[0]);
    for (let l = 0; l < L; l++) {
      const z = new Array<number>(dims[l + 1]);
      for (let j = 0; j < dims[l + 1]; j++) {
        let a = net.b[l][j];
        for (let i = 0; i < dims[l]; i++) a += h[i] * net.W[l][i * dims[l + 1] + j];
        z[j] = l + 1 < L ? Math.tanh(a) : a;
      }
      h = z;
    }
    out[n] = h[0];
  }
  return out;
}

/** Forward pass of the MLP: tanh on hidden layers, linear output. x: [B, d0] → [B, 1]. */
function forward(x: tf.Tensor2D, W: tf.Tensor2D[], b: tf.Tensor1D[]): tf.Tensor2D {
  let h: tf.Tensor2D = x;
  for (let l = 0; l < W.length; l++) {
    const z = tf.add(tf.matMul(h, W[l]), b[l]) as tf.Tensor2D;
    h = l + 1 < W.length ? tf.tanh(z) : z;
  }
  return h;
}

/**
 * Gradients of ½·mean((student(x) − teacher(x))²) w.r.t. the student's parameters, for a seeded
 * batch. Everything depends only on `seed`. One read-back; no tensor outlives the call.
 */
export async function computeGradients(seed: number, dims: readonly number[] = MLP_DIMS, batch = BATCH): Promise<GradData> {
  const { teacher, student, x: xs } = makeProblem(seed, dims, batch);
  const L = dims.length - 1;
  // The teacher's targets are plain arithmetic (no gradient needed): computed in JS, so the GPU only
  // runs the student's forward and backward pass.
  const ys = teacherTargets(teacher, xs, dims, batch);
  const flat = tf.tidy(() => {
    const x = tf.tensor2d(xs, [batch, dims[0]]);
    const y = tf.tensor2d(ys, [batch, 1]);
    const sW = student.W.map((w, l) => tf.tensor2d(w, [dims[l], dims[l + 1]]));
    const sb = student.b.map((v) => tf.tensor1d(v));
    const lossOf = (...ps: tf.Tensor[]) => {
      const Ws = ps.slice(0, L) as tf.Tensor2D[];
      const bs = ps.slice(L) as tf.Tensor1D[];
      const d = tf.sub(forward(x, Ws, bs), y);
      return tf.mul(0.5, tf.mean(tf.square(d))) as tf.Scalar;
    };
    const { value, grads } = tf.valueAndGrads(lossOf)([...sW, ...sb]);
    const parts: tf.Tensor[] = [];
    for (let l = 0; l < L; l++) parts.push(tf.reshape(grads[l], [-1]), tf.reshape(grads[L + l], [-1]));
    return tf.concat([tf.reshape(value, [1]), ...parts]);
  });
  const all = (await flat.data()) as Float32Array;
  flat.dispose();
  const P = all.length - 1;
  const weights = new Float32Array(P);
  const layer = new Uint8Array(P);
  let k = 0;
  for (let l = 0; l < L; l++) {
    for (const v of student.W[l]) (weights[k] = v), (layer[k++] = l);
    for (const v of student.b[l]) (weights[k] = v), (layer[k++] = l);
  }
  return { grads: all.slice(1), weights, layer, loss: all[0] };
}

/** Histogram of log₂|v·scale| over [lo, hi) in unit bins (zeros left out): counts [hi − lo]. */
export function log2Histogram(values: ArrayLike<number>, scale: number, lo: number, hi: number): Uint32Array {
  const counts = new Uint32Array(hi - lo);
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i] * scale);
    if (a === 0 || !Number.isFinite(a)) continue;
    const k = Math.min(hi - lo - 1, Math.max(0, Math.floor(Math.log2(a)) - lo));
    counts[k]++;
  }
  return counts;
}

/** The median of |v| over non-zero entries. */
export function medianAbs(values: ArrayLike<number>): number {
  const a = Array.from(values, Math.abs).filter((v) => v > 0).sort((x, y) => x - y);
  return a.length ? a[Math.floor(a.length / 2)] : 0;
}
