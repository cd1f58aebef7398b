/**
 * The live LoRA lab: one frozen pre-trained tiny transformer, adapted to a small task by LoRA at
 * several ranks and by full fine-tuning, all trained side by side with Adam (PyTorch's update rule).
 *
 * Shapes follow the model's convention y = x·W + b, W [in, out]. A LoRA adapter on W stores
 * Aᵀ [in, r] (seeded Gaussian) and Bᵀ [r, out] (zeros), so ΔW = (α/r)·AᵀBᵀ and the adapted layer is
 * y = x·W₀ + (α/r)·(x·Aᵀ)·Bᵀ + b (paper: h = W₀x + BAx, B ∈ ℝ^{d×r}, A ∈ ℝ^{r×k}).
 * One training step of all runs is one batch of tfjs work and ONE read-back (the losses).
 */
import * as tf from '@tensorflow/tfjs-core';
import { addGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Add_grad';
import { gatherGradConfig } from '@tensorflow/tfjs-core/dist/gradients/GatherV2_grad';
import { batchMatMulGradConfig } from '@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad';
import { meanGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Mean_grad';
import { multiplyGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Multiply_grad';
import { powGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Pow_grad';
import { reshapeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Reshape_grad';
import { rsqrtGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Rsqrt_grad';
import { sliceGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Slice_grad';
import { softmaxGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Softmax_grad';
import { squareGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Square_grad';
import { subGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Sub_grad';
import { tanhGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Tanh_grad';
import { transposeGradConfig } from '@tensorflow/tfjs-core/dist/gradients/Transpose_grad';
import { mulberry32, normalSampler } from '../../../compute/rng';
import { causalBias, forwardBatch, type Params } from '../../../model/graph';
import type { TinyModelConfig } from '../../../model/types';
import { adamStateBytes, crc32Floats, loraTrainable, targetWeight, type LoraTarget } from './counts';
import { type TaskBatch, type TaskData } from './task';

// tfjs-core registers no gradients by itself: exactly the ones the tiny transformer's forward needs.
for (const g of [
  addGradConfig,
  batchMatMulGradConfig,
  gatherGradConfig,
  meanGradConfig,
  multiplyGradConfig,
  powGradConfig,
  reshapeGradConfig,
  rsqrtGradConfig,
  sliceGradConfig,
  softmaxGradConfig,
  squareGradConfig,
  subGradConfig,
  tanhGradConfig,
  transposeGradConfig,
]) {
  tf.registerGradient(g);
}

/** Adam hyper-parameters (PyTorch defaults). */
export const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8 } as const;

/** The pre-trained weights as plain arrays (from `TinyModel.weight`). */
export interface HostWeights {
  config: TinyModelConfig;
  names: string[];
  weights: Map<string, { shape: number[]; data: Float32Array }>;
}

export interface LabOptions {
  task: TaskData;
  /** LoRA ranks trained side by side (the scene: 1, 2, 4, 8). */
  ranks: readonly number[];
  alpha: number;
  /** Learning rate of the LoRA runs. */
  lr: number;
  /** Learning rate of full fine-tuning (0 = no full run). */
  lrFull: number;
  targets: readonly LoraTarget[];
  seed: number;
  /** Override of Aᵀ [in][r] per rank and weight name (tests: PyTorch's init). */
  initA?: (r: number, name: string) => number[][];
  /** Whether to train a full fine-tuning run (default true). */
  full?: boolean;
}

interface Run {
  /** LoRA rank, or 0 for full fine-tuning. */
  r: number;
  /** Trainable tensors (adapters' Aᵀ, Bᵀ in order, or every weight). */
  xs: tf.Tensor[];
  m: tf.Tensor[];
  v: tf.Tensor[];
  lr: number;
  trainable: number;
}

/** One run's recorded losses: points[k] = loss at the weights after k updates. */
export interface RunCurve {
  r: number;
  train: number[];
  heldOut: number[];
  trainable: number;
  optimizerBytes: number;
}

/** What `inspect()` reads back: checksums and the merged-model check. */
export interface LabInspection {
  step: number;
  /** CRC-32 of the frozen base weights as loaded, and as they are now (LoRA runs use them). */
  baseCrcBefore: number;
  baseCrcAfter: number;
  /** CRC-32 of the full fine-tuning run's weights now (equals baseCrcBefore at step 0). */
  fullCrc: number | null;
  /** max |logits(W₀ + (α/r)AᵀBᵀ merged) − logits(W₀ path + adapter path)| per LoRA rank, on the held-out batch. */
  mergeDiff: number[];
  /** ‖ΔW‖_F of the first adapted matrix per rank (0 at step 0 since B = 0). */
  deltaNorm: number[];
}

/** Mean cross-entropy over the weighted positions, with the closed-form gradient (softmax − onehot)·w/Σw. */
function weightedCrossEntropy(logits: tf.Tensor, oneHot: tf.Tensor, w: tf.Tensor, wSum: number): tf.Scalar {
  const f = tf.customGrad(((x: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x]);
    const nll = tf.sub(tf.logSumExp(x, -1), tf.sum(tf.mul(x, oneHot), -1));
    const value = tf.div(tf.sum(tf.mul(nll, w)), wSum) as tf.Scalar;
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
        tf.mul(tf.sub(tf.softmax(saved[0], -1), oneHot), tf.mul(tf.reshape(w, [-1, 1]), tf.div(dy, wSum))),
    };
  }) as never) as (x: tf.Tensor) => tf.Scalar;
  return f(logits);
}

interface BatchTensors {
  /** Input ids [B·T]. */
  ids: tf.Tensor1D;
  /** The frozen token-embedding rows of the inputs [B·T, D] (LoRA runs: computed once). */
  emb: tf.Tensor2D;
  targets: tf.Tensor2D;
  w: tf.Tensor1D;
  wSum: number;
  B: number;
  T: number;
}

/** The lab. Owns tfjs tensors until `dispose()`. */
export class LoraLab {
  readonly cfg: TinyModelConfig;
  readonly curves: RunCurve[];
  private readonly base: Params;
  private readonly baseNames: string[];
  private readonly baseCrc: number;
  private readonly runs: Run[];
  private readonly adaptNames: string[];
  private readonly mask: tf.Tensor;
  private readonly train: BatchTensors[];
  private readonly heldOut: BatchTensors;
  private t = 0;
  private disposed = false;

  constructor(
    host: HostWeights,
    readonly opts: LabOptions,
  ) {
    this.cfg = host.config;
    const cfg = host.config;
    this.baseNames = host.names.slice();
    this.baseCrc = crc32Floats(this.baseNames.map((n) => host.weights.get(n)!.data));
    this.adaptNames = [];
    for (let l = 0; l < cfg.nLayers; l++) for (const t of opts.targets) this.adaptNames.push(targetWeight(l, t));
    const normal = normalSampler(mulberry32(opts.seed * 2654435761 + 17));
    // tidy keeps every tensor nested in the returned object (arrays, records), disposes the rest
    const made = (tf.tidy as unknown as <R>(f: () => R) => R)(() => {
      const base: Params = {};
      for (const n of this.baseNames) {
        const w = host.weights.get(n)!;
        base[n] = tf.tensor(w.data, w.shape, 'float32');
      }
      const T = opts.task.train[0].inputs[0].length;
      const mask = causalBias(tf, T);
      const batch = (b: TaskBatch): BatchTensors => {
        const flat = b.weights.flat();
        return {
          ids: tf.tensor1d(b.inputs.flat(), 'int32'),
          emb: tf.gather(base['tok_emb'] as tf.Tensor2D, tf.tensor1d(b.inputs.flat(), 'int32')) as tf.Tensor2D,
          targets: tf.cast(tf.oneHot(tf.tensor1d(b.targets.flat(), 'int32'), cfg.vocabSize), 'float32') as tf.Tensor2D,
          w: tf.tensor1d(flat, 'float32'),
          wSum: flat.reduce((s, x) => s + x, 0),
          B: b.inputs.length,
          T: b.inputs[0].length,
        };
      };
      const runs: Run[] = [];
      for (const r of opts.ranks) {
        const xs: tf.Tensor[] = [];
        for (const name of this.adaptNames) {
          const [din, dout] = host.weights.get(name)!.shape;
          let at: number[][];
          if (opts.initA) at = opts.initA(r, name);
          else {
            // A ~ N(0, 1/in): "random Gaussian initialization for A and zero for B" (LoRA §4.1)
            const std = 1 / Math.sqrt(din);
            at = Array.from({ length: din }, () => Array.from({ length: r }, () => normal() * std));
          }
          xs.push(tf.tensor2d(at, [din, r], 'float32'), tf.zeros([r, dout], 'float32'));
        }
        const shapes = this.adaptNames.map((n) => host.weights.get(n)!.shape as [number, number]);
        runs.push({ r, xs, m: xs.map((x) => tf.zerosLike(x)), v: xs.map((x) => tf.zerosLike(x)), lr: opts.lr, trainable: loraTrainable(r, shapes) });
      }
      if (opts.full !== false && opts.lrFull > 0) {
        const xs = this.baseNames.map((n) => tf.clone(base[n]));
        runs.push({ r: 0, xs, m: xs.map((x) => tf.zerosLike(x)), v: xs.map((x) => tf.zerosLike(x)), lr: opts.lrFull, trainable: xs.reduce((s, x) => s + x.size, 0) });
      }
      return { base, mask, train: opts.task.train.map(batch), heldOut: batch(opts.task.heldOut), runs };
    });
    this.base = made.base;
    this.mask = made.mask;
    this.train = made.train;
    this.heldOut = made.heldOut;
    this.runs = made.runs;
    this.curves = this.runs.map((run) => ({ r: run.r, train: [], heldOut: [], trainable: run.trainable, optimizerBytes: adamStateBytes(run.trainable) }));
  }

  /** Training steps done. */
  get step(): number {
    return this.t;
  }

  /** Scaling α/r of a rank. */
  scaleOf(r: number): number {
    return this.opts.alpha / r;
  }

  /** CRC-32 of the pre-trained weights as loaded. */
  get baseChecksum(): number {
    return this.baseCrc;
  }

  private check(): void {
    if (this.disposed) throw new Error('LoraLab: disposed');
  }

  /** Logits [B·T, V] of a run with trainable tensors xs on a batch (LoRA: base path + adapter path). */
  private logits(run: Run, xs: tf.Tensor[], b: BatchTensors): tf.Tensor {
    if (run.r === 0) {
      const p: Params = {};
      this.baseNames.forEach((n, i) => (p[n] = xs[i]));
      return forwardBatch(tf, this.cfg, p, tf.gather(p['tok_emb'], b.ids), b.B, b.T, this.mask);
    }
    const s = this.scaleOf(run.r);
    const byW = new Map<tf.Tensor, { at: tf.Tensor; bt: tf.Tensor }>();
    this.adaptNames.forEach((n, i) => byW.set(this.base[n], { at: xs[2 * i], bt: xs[2 * i + 1] }));
    const mm = (a: tf.Tensor, w: tf.Tensor): tf.Tensor => {
      const y = tf.matMul(a as tf.Tensor2D, w as tf.Tensor2D);
      const ad = byW.get(w);
      if (!ad) return y;
      return tf.add(y, tf.mul(tf.matMul(tf.matMul(a as tf.Tensor2D, ad.at as tf.Tensor2D), ad.bt as tf.Tensor2D), s));
    };
    return forwardBatch(tf, this.cfg, this.base, b.emb, b.B, b.T, this.mask, undefined, mm);
  }

  private loss(run: Run, xs: tf.Tensor[], b: BatchTensors): tf.Scalar {
    return weightedCrossEntropy(this.logits(run, xs, b), b.targets, b.w, b.wSum);
  }

  /**
   * One Adam step of every run on training batch (step mod #batches). Records each run's training loss
   * and held-out loss at the weights before the update. One read-back.
   */
  async stepOnce(): Promise<void> {
    this.check();
    const b = this.train[this.t % this.train.length];
    const k = this.t + 1;
    const { beta1, beta2, eps } = ADAM;
    const bc1 = 1 - beta1 ** k;
    const bc2 = 1 - beta2 ** k;
    const out = tf.tidy(() => {
      const losses: tf.Tensor[] = [];
      const next = this.runs.map((run) => {
        const { value, grads } = tf.valueAndGrads((...xs: tf.Tensor[]) => this.loss(run, xs, b))(run.xs);
        losses.push(value, this.loss(run, run.xs, this.heldOut));
        const m = run.m.map((m0, i) => tf.add(tf.mul(m0, beta1), tf.mul(grads[i], 1 - beta1)));
        const v = run.v.map((v0, i) => tf.add(tf.mul(v0, beta2), tf.mul(tf.square(grads[i]), 1 - beta2)));
        // PyTorch Adam: θ ← θ − (lr/bc1)·m / (√v/√bc2 + ε)
        const xs = run.xs.map((x, i) => tf.sub(x, tf.mul(tf.div(m[i], tf.add(tf.div(tf.sqrt(v[i]), Math.sqrt(bc2)), eps)), run.lr / bc1)));
        return { xs, m, v };
      });
      return { next, losses: tf.stack(losses) };
    });
    for (let i = 0; i < this.runs.length; i++) {
      const run = this.runs[i];
      tf.dispose([...run.xs, ...run.m, ...run.v]);
      run.xs = out.next[i].xs;
      run.m = out.next[i].m;
      run.v = out.next[i].v;
    }
    this.t = k;
    const data = await out.losses.data();
    out.losses.dispose();
    this.curves.forEach((c, i) => {
      c.train[k - 1] = data[2 * i];
      c.heldOut[k - 1] = data[2 * i + 1];
    });
  }

  /** Train until `step` updates are done. */
  async advanceTo(step: number, shouldStop?: () => boolean): Promise<void> {
    while (this.t < step) {
      if (shouldStop?.()) return;
      await this.stepOnce();
    }
  }

  /**
   * Losses at the current weights (the curve's last point), base-weight checksums and the merged-model
   * check, with one read-back.
   */
  async inspect(): Promise<LabInspection> {
    this.check();
    const lora = this.runs.filter((r) => r.r > 0);
    const full = this.runs.find((r) => r.r === 0);
    const b = this.train[this.t % this.train.length];
    const flat = tf.tidy(() => {
      const parts: tf.Tensor[] = [];
      for (const run of this.runs) parts.push(tf.reshape(this.loss(run, run.xs, b), [1]), tf.reshape(this.loss(run, run.xs, this.heldOut), [1]));
      for (const run of lora) {
        const s = this.scaleOf(run.r);
        const merged: Params = { ...this.base };
        this.adaptNames.forEach((n, i) => (merged[n] = tf.add(this.base[n], tf.mul(tf.matMul(run.xs[2 * i] as tf.Tensor2D, run.xs[2 * i + 1] as tf.Tensor2D), s))));
        const hb = this.heldOut;
        const lm = forwardBatch(tf, this.cfg, merged, hb.emb, hb.B, hb.T, this.mask);
        const la = this.logits(run, run.xs, hb);
        parts.push(tf.reshape(tf.max(tf.abs(tf.sub(lm, la))), [1]));
        parts.push(tf.reshape(tf.norm(tf.sub(merged[this.adaptNames[0]], this.base[this.adaptNames[0]])), [1]));
      }
      for (const n of this.baseNames) parts.push(tf.reshape(this.base[n], [-1]));
      if (full) for (const x of full.xs) parts.push(tf.reshape(x, [-1]));
      return tf.concat(parts);
    });
    const data = (await flat.data()) as Float32Array;
    flat.dispose();
    let o = 0;
    this.curves.forEach((c) => {
      c.train[this.t] = data[o++];
      c.heldOut[this.t] = data[o++];
    });
    const mergeDiff: number[] = [];
    const deltaNorm: number[] = [];
    for (let i = 0; i < lora.length; i++) {
      mergeDiff.push(data[o++]);
      deltaNorm.push(data[o++]);
    }
    const slices = (): Float32Array[] =>
      this.baseNames.map((n) => {
        const len = this.base[n].size;
        const s = data.subarray(o, o + len);
        o += len;
        return s;
      });
    const baseCrcAfter = crc32Floats(slices());
    const fullCrc = full ? crc32Floats(slices()) : null;
    return { step: this.t, baseCrcBefore: this.baseCrc, baseCrcAfter, fullCrc, mergeDiff, deltaNorm };
  }

  /** Current Aᵀ, Bᵀ of rank r's adapters (tests). */
  async adapters(r: number): Promise<{ name: string; at: number[][]; bt: number[][] }[]> {
    const run = this.runs.find((x) => x.r === r);
    if (!run) throw new Error(`no rank ${r}`);
    const out = [];
    for (let i = 0; i < this.adaptNames.length; i++) {
      out.push({ name: this.adaptNames[i], at: (await run.xs[2 * i].array()) as number[][], bt: (await run.xs[2 * i + 1].array()) as number[][] });
    }
    return out;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    tf.dispose(Object.values(this.base));
    tf.dispose(this.mask);
    for (const b of [...this.train, this.heldOut]) tf.dispose([b.ids, b.emb, b.targets, b.w]);
    for (const run of this.runs) tf.dispose([...run.xs, ...run.m, ...run.v]);
  }
}

