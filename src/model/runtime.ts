/**
 * The tiny transformer's runtime: a `TinyModel` over tfjs tensors (issue 3).
 *
 * Performance rules (SwiftShader WebGL: each GPU→CPU read-back ~50–70 ms, each new shader 20–100 ms):
 *  - every call does exactly ONE read-back: everything it needs is flattened and concatenated into one
 *    tensor, read with one `await data()`, and sliced on the CPU;
 *  - the KV cache is preallocated at the full context length [H, C, dh] per layer and new keys/values
 *    are added through a one-hot scatter, so appending one token always runs the same shapes (no new
 *    shaders after the first token) and only computes the new position.
 * Every tfjs call runs inside `tf.tidy`; tensors owned past a call are the parameters, the causal mask
 * and a session's cache, all freed by `dispose()`.
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { ForwardInternals, ForwardResult, GenerationSession, TinyModel, TinyModelConfig, TinyModelTrainingInfo } from './types';
import { BpeTokenizer } from './tokenizer';
import { parseModelFile, validateWeights, type ParsedModelFile } from './format';
import { causalBias, dense, forwardBatch, gelu, layerNorm, type Params, type Tf } from './graph';

export class TinyModelImpl implements TinyModel {
  readonly config: TinyModelConfig;
  readonly tokenizer: BpeTokenizer;
  readonly parameterCount: number;
  /** Training metadata from the weights file (steps, losses, evaluation subset). */
  readonly training: TinyModelTrainingInfo;
  private readonly p: Params;
  private readonly mask: TF.Tensor2D;
  private readonly names: string[];
  private readonly host: ParsedModelFile['weights'];
  private disposed = false;
  private readonly sessions = new Set<Session>();

  constructor(
    readonly tf: Tf,
    parsed: ParsedModelFile,
  ) {
    validateWeights(parsed);
    this.config = { ...parsed.header.config };
    this.tokenizer = new BpeTokenizer(parsed.header.tokenizer);
    if (this.tokenizer.vocabSize !== this.config.vocabSize) {
      throw new Error(`tiny-transformer weights: tokenizer has ${this.tokenizer.vocabSize} tokens but the config says ${this.config.vocabSize}`);
    }
    if (this.config.posEncoding !== 'learned') throw new Error('tiny-transformer weights: only learned position embeddings are supported');
    this.training = (parsed.header.training ?? { step: 0, parameterCount: 0 }) as TinyModelTrainingInfo;
    this.host = parsed.weights;
    this.names = [...parsed.weights.keys()];
    this.parameterCount = [...parsed.weights.values()].reduce((s, w) => s + w.data.length, 0);
    const made = tf.tidy(() => {
      const p: Record<string, TF.Tensor> = {};
      for (const [name, w] of parsed.weights) p[name] = tf.tensor(w.data, w.shape, 'float32');
      return { p, mask: causalBias(tf, this.config.contextLength) };
    });
    this.p = made.p;
    this.mask = made.mask;
  }

  private check(): void {
    if (this.disposed) throw new Error('tiny-transformer: the model has been disposed');
  }

  /** Throws unless ids are integers in [0, vocabSize). */
  checkIds(ids: readonly number[]): void {
    for (const id of ids) {
      if (!Number.isInteger(id) || id < 0 || id >= this.config.vocabSize) {
        throw new Error(`tiny-transformer: token id ${String(id)} is outside the vocabulary [0, ${this.config.vocabSize})`);
      }
    }
  }

  async forward(ids: readonly number[], opts?: { internals?: boolean }): Promise<ForwardResult> {
    this.check();
    const { tf, config: c } = this;
    const T = ids.length;
    if (T < 1 || T > c.contextLength) throw new Error(`tiny-transformer: forward needs 1..${c.contextLength} tokens, got ${T}`);
    this.checkIds(ids);
    const want = opts?.internals === true;
    const D = c.dModel;
    const H = c.nHeads;
    const L = c.nLayers;
    const V = c.vocabSize;
    const flat = tf.tidy(() => {
      const idT = tf.tensor1d(Array.from(ids), 'int32');
      const emb = tf.gather(this.p['tok_emb'], idT);
      const mask = T === c.contextLength ? this.mask : tf.slice(this.mask, [0, 0], [T, T]);
      const trace = want ? { attention: [] as TF.Tensor[], afterAttn: [] as TF.Tensor[], afterFfn: [] as TF.Tensor[] } : undefined;
      const logits = forwardBatch(tf, c, this.p, emb, 1, T, mask, trace);
      const parts: TF.Tensor[] = [tf.reshape(logits, [-1])];
      if (trace) {
        const t = trace as typeof trace & { pos: TF.Tensor; embed: TF.Tensor; final: TF.Tensor };
        parts.push(emb, t.pos, ...t.attention, t.embed, ...t.afterAttn, ...t.afterFfn, t.final);
      }
      return tf.concat(parts.map((x) => tf.reshape(x, [-1])));
    });
    let data: Float32Array;
    try {
      data = (await flat.data()) as Float32Array;
    } finally {
      flat.dispose();
    }
    let o = 0;
    const rows = (n: number, w: number): Float32Array[] => {
      const out: Float32Array[] = [];
      for (let i = 0; i < n; i++, o += w) out.push(data.slice(o, o + w));
      return out;
    };
    const logits = rows(T, V);
    if (!want) return { logits };
    const tokenEmbeddings = rows(T, D);
    const positionEmbeddings = rows(T, D);
    const attention: Float32Array[][][] = [];
    for (let l = 0; l < L; l++) {
      const heads: Float32Array[][] = [];
      for (let h = 0; h < H; h++) heads.push(rows(T, T));
      attention.push(heads);
    }
    const embed = rows(T, D);
    const afterAttn: Float32Array[][] = [];
    for (let l = 0; l < L; l++) afterAttn.push(rows(T, D));
    const afterFfn: Float32Array[][] = [];
    for (let l = 0; l < L; l++) afterFfn.push(rows(T, D));
    const final = rows(T, D);
    const internals: ForwardInternals = { tokenEmbeddings, positionEmbeddings, attention, hidden: { embed, afterAttn, afterFfn, final } };
    return { logits, internals };
  }

  session(): GenerationSession {
    this.check();
    const s = new Session(this, this.p, () => this.sessions.delete(s));
    this.sessions.add(s);
    return s;
  }

  weight(name: string): { shape: number[]; data: Float32Array } {
    const w = this.host.get(name);
    if (!w) throw new Error(`tiny-transformer: no weight named "${name}" (known: ${this.names.join(', ')})`);
    return { shape: w.shape.slice(), data: w.data.slice() };
  }

  weightNames(): string[] {
    return this.names.slice();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const s of [...this.sessions]) s.dispose();
    for (const t of Object.values(this.p)) t.dispose();
    this.mask.dispose();
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
}

class Session implements GenerationSession {
  private n = 0;
  private K: TF.Tensor[] | null = null;
  private V: TF.Tensor[] | null = null;
  private disposed = false;

  constructor(
    private readonly m: TinyModelImpl,
    private readonly p: Params,
    private readonly onDispose: () => void,
  ) {}

  get length(): number {
    return this.n;
  }

  cacheFloats(): number {
    return 2 * this.n * this.m.config.dModel;
  }

  append(ids: readonly number[]): Promise<Float32Array> {
    try {
      return this.run(ids);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private run(ids: readonly number[]): Promise<Float32Array> {
    if (this.disposed) throw new Error('tiny-transformer: the session has been disposed');
    if (this.m.isDisposed) throw new Error('tiny-transformer: the model has been disposed');
    const c = this.m.config;
    const tf = this.m.tf;
    const n = ids.length;
    if (n < 1) throw new Error('tiny-transformer: append needs at least one token');
    if (this.n + n > c.contextLength) {
      throw new Error(`tiny-transformer: context length ${c.contextLength} exceeded (${this.n} tokens cached + ${n} new)`);
    }
    this.m.checkIds(ids);
    const C = c.contextLength;
    const D = c.dModel;
    const H = c.nHeads;
    const dh = D / H;
    const p = this.p;
    const p0 = this.n;
    const out = tf.tidy(() => {
      const oldK = this.K ?? Array.from({ length: c.nLayers }, () => tf.zeros([H, C, dh]));
      const oldV = this.V ?? Array.from({ length: c.nLayers }, () => tf.zeros([H, C, dh]));
      const posArr = Array.from({ length: n }, (_, i) => p0 + i);
      const pos = tf.tensor1d(posArr, 'int32');
      let x = tf.add(tf.gather(p['tok_emb'], tf.tensor1d(Array.from(ids), 'int32')), tf.gather(p['pos_emb'], pos));
      // one-hot scatter [H, C, n] placing the n new keys/values at their positions
      const scatter = tf.tile(tf.expandDims(tf.transpose(tf.cast(tf.oneHot(pos, C), 'float32')), 0), [H, 1, 1]);
      // additive mask [n, C]: query at position p0+i sees keys j ≤ p0+i
      const keyPos = tf.reshape(tf.range(0, C, 1, 'int32'), [1, C]);
      const bias = tf.where(tf.lessEqual(keyPos, tf.reshape(pos, [n, 1])), tf.zeros([n, C]), tf.fill([n, C], -1e9));
      const scale = 1 / Math.sqrt(dh);
      const newK: TF.Tensor[] = [];
      const newV: TF.Tensor[] = [];
      for (let l = 0; l < c.nLayers; l++) {
        const q = `layers.${l}.`;
        const h = layerNorm(tf, x, p[q + 'ln1.g'], p[q + 'ln1.b'], c.layerNormEps);
        const heads = (w: string, b: string) => tf.transpose(tf.reshape(dense(tf, h, p[q + w], p[q + b]), [n, H, dh]), [1, 0, 2]);
        const Q = heads('attn.wq', 'attn.bq');
        const Kc = tf.add(oldK[l], tf.matMul(scatter, heads('attn.wk', 'attn.bk')));
        const Vc = tf.add(oldV[l], tf.matMul(scatter, heads('attn.wv', 'attn.bv')));
        newK.push(Kc);
        newV.push(Vc);
        const att = tf.softmax(tf.add(tf.mul(tf.matMul(Q, Kc, false, true), scale), bias), -1);
        const ctx = tf.reshape(tf.transpose(tf.matMul(att, Vc), [1, 0, 2]), [n, D]);
        x = tf.add(x, dense(tf, ctx, p[q + 'attn.wo'], p[q + 'attn.bo']));
        const h2 = layerNorm(tf, x, p[q + 'ln2.g'], p[q + 'ln2.b'], c.layerNormEps);
        x = tf.add(x, dense(tf, gelu(tf, dense(tf, h2, p[q + 'ffn.w1'], p[q + 'ffn.b1'])), p[q + 'ffn.w2'], p[q + 'ffn.b2']));
      }
      const last = tf.slice(x, [n - 1, 0], [1, D]);
      const fin = layerNorm(tf, last, p['ln_f.g'], p['ln_f.b'], c.layerNormEps);
      const logits = c.tiedEmbeddings
        ? tf.matMul(fin as TF.Tensor2D, p['tok_emb'] as TF.Tensor2D, false, true)
        : tf.matMul(fin as TF.Tensor2D, p['lm_head'] as TF.Tensor2D);
      return { logits: tf.reshape(logits, [-1]), K: newK, V: newV };
    });
    this.K?.forEach((t) => t.dispose());
    this.V?.forEach((t) => t.dispose());
    this.K = out.K;
    this.V = out.V;
    this.n += n;
    const logits = out.logits;
    return logits.data().then(
      (d) => {
        logits.dispose();
        return d as Float32Array;
      },
      (e: unknown) => {
        logits.dispose();
        throw e;
      },
    );
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.K?.forEach((t) => t.dispose());
    this.V?.forEach((t) => t.dispose());
    this.K = null;
    this.V = null;
    this.onDispose();
  }
}

/** Build a model from a weights file's bytes with a given tfjs module. */
export function createTinyModel(tf: Tf, buf: ArrayBuffer | Uint8Array): TinyModelImpl {
  return new TinyModelImpl(tf, parseModelFile(buf));
}
