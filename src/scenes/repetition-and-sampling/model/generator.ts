/**
 * Live generation with the tiny transformer: a logits cache keyed by prefix (so settings that only
 * change the sampling never re-run the model), one KV-cache session that is extended while the new
 * prefix continues the old one, and a seeded token-by-token loop. No React, no tfjs (the model hides it).
 */
import { mulberry32 } from '../../../compute/rng';
import type { GenerationSession, TinyModel } from '../../../model/types';
import { chooseToken, runPipeline, type SamplingSettings } from './pipeline';

/** The part of TinyModel this scene uses (a fake implements it in tests). */
export type LogitsModel = Pick<TinyModel, 'config' | 'session' | 'forward'>;

/** Next-token logits for any prefix, cached; at most one model call (one read-back) per new prefix. */
export class LogitsCache {
  private readonly map = new Map<string, Float32Array>();
  private session: GenerationSession | null = null;
  private sessionIds: number[] = [];
  /** Model calls made so far (for tests and the notes). */
  calls = 0;

  constructor(
    private readonly model: LogitsModel,
    private readonly maxEntries = 4096,
  ) {}

  private queue: Promise<unknown> = Promise.resolve();

  /** Cached logits for `ids`, or undefined (never calls the model). */
  peek(ids: readonly number[]): Float32Array | undefined {
    return this.map.get(ids.join(','));
  }

  /**
   * Logits [V] for the token after `ids` (1 ≤ ids.length ≤ contextLength). Model calls are queued one
   * at a time, so two overlapping generations never interleave on the KV-cache session.
   *
   * `root` = how many leading ids may go to the model in one call (the prompt); every later token is
   * appended one at a time. So a branch replays prompt + tokens in exactly the shapes a fresh page uses:
   * no new WebGL shader compiles (each new append length compiles once, ~10 s on SwiftShader), and the
   * logits of a prefix do not depend on the path that reached it. Every intermediate prefix is cached.
   */
  get(ids: readonly number[], root = ids.length): Promise<Float32Array> {
    const hit = this.map.get(ids.join(','));
    if (hit) return Promise.resolve(hit);
    const run = this.queue.then(() => this.compute(ids, root));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async compute(ids: readonly number[], root: number): Promise<Float32Array> {
    const key = ids.join(',');
    const hit = this.map.get(key);
    if (hit) return hit;
    if (ids.length === 0) throw new Error('empty prefix');
    if (ids.length > this.model.config.contextLength) throw new Error(`prefix of ${ids.length} tokens exceeds the context of ${this.model.config.contextLength}`);
    const s = this.sessionIds;
    const extends_ = this.session !== null && s.length < ids.length && s.every((v, i) => v === ids[i]);
    if (!extends_) {
      this.session?.dispose();
      this.session = this.model.session();
      this.sessionIds = [];
    }
    let logits: Float32Array | null = null;
    try {
      while (this.sessionIds.length < ids.length) {
        const from = this.sessionIds.length;
        const to = from === 0 ? Math.max(1, Math.min(root, ids.length)) : from + 1;
        this.calls++;
        logits = await this.session!.append(ids.slice(from, to));
        this.sessionIds = ids.slice(0, to);
        if (this.map.size >= this.maxEntries) this.map.clear();
        this.map.set(this.sessionIds.join(','), logits);
      }
    } catch (e) {
      this.session?.dispose();
      this.session = null;
      this.sessionIds = [];
      throw e;
    }
    return logits!;
  }

  dispose(): void {
    this.session?.dispose();
    this.session = null;
    this.sessionIds = [];
    this.map.clear();
  }
}

/** One generated token. */
export interface GenToken {
  id: number;
  /** Probability of this token in the final (sampled-from) distribution. */
  p: number;
  /** Probability the model itself gave it (softmax of the raw logits, before any stage). */
  pRaw: number;
  /** Entropy (nats) of the raw next-token distribution and of the final one. */
  rawEntropy: number;
  entropy: number;
}

/** Why generation ended. */
export type StopReason = 'max' | 'context' | 'all-filtered' | 'cancelled';

export interface Generation {
  tokens: GenToken[];
  stop: StopReason;
}

/** Uniform draws for token i of a run with `seed` (one per token, consumed whether or not it is used). */
export function uniforms(seed: number): () => number {
  return mulberry32((seed * 2654435761) >>> 0);
}

/**
 * Generates up to `maxNew` tokens after `prompt`. Calls `onToken` after each token (for live drawing);
 * `cancelled()` is checked after every model call. Deterministic for a given (prompt, settings, seed).
 */
export async function generate(
  cache: LogitsCache,
  contextLength: number,
  prompt: readonly number[],
  s: SamplingSettings,
  maxNew: number,
  seed: number,
  onToken: (g: Generation) => void = () => {},
  cancelled: () => boolean = () => false,
): Promise<Generation> {
  const u = uniforms(seed);
  const ids = [...prompt];
  const tokens: GenToken[] = [];
  let stop: StopReason = 'max';
  for (let i = 0; i < maxNew; i++) {
    if (ids.length >= contextLength) {
      stop = 'context';
      break;
    }
    const logits = await cache.get(ids, prompt.length);
    if (cancelled()) return { tokens, stop: 'cancelled' };
    const r = runPipeline(logits, ids, prompt.length, s);
    const id = chooseToken(r, u());
    if (id < 0) {
      stop = 'all-filtered';
      break;
    }
    tokens.push({ id, p: r.probs[id], pRaw: r.stages[0].probs[id], rawEntropy: r.stages[0] ? entropyOf(r.stages[0].probs) : 0, entropy: r.entropy });
    ids.push(id);
    onToken({ tokens: [...tokens], stop: 'max' });
  }
  return { tokens, stop };
}

function entropyOf(p: Float64Array): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log(p[i]);
  return h;
}

/** Draws `n` tokens from `probs` with a seeded uniform source; returns counts per token id (sparse). */
export function sampleMany(probs: ArrayLike<number>, n: number, seed: number, greedyId = -1): Map<number, number> {
  const counts = new Map<number, number>();
  if (greedyId >= 0) {
    counts.set(greedyId, n);
    return counts;
  }
  const u = mulberry32((seed * 2246822519 + 0x9e3779b9) >>> 0);
  // inverse CDF over the non-zero entries
  const ids: number[] = [];
  const cum: number[] = [];
  let c = 0;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] > 0) {
      c += probs[i];
      ids.push(i);
      cum.push(c);
    }
  }
  if (!ids.length) return counts;
  for (let k = 0; k < n; k++) {
    const t = u() * c;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t < cum[mid]) hi = mid;
      else lo = mid + 1;
    }
    counts.set(ids[lo], (counts.get(ids[lo]) ?? 0) + 1);
  }
  return counts;
}

/**
 * Self-reinforcement (Xu et al. 2022, "Learning to Break the Loop", §2): the context is the sentence
 * repeated; for copy k (k = 0 … copies−1) the mean probability the model gives to the sentence's tokens
 * 2…L given everything before them (the first token of each copy is left out, so copy 0 is comparable).
 * One forward pass over the whole sequence; causal masking makes copy k see only copies < k.
 */
export function reinforcementCurve(logits: readonly ArrayLike<number>[], sentence: readonly number[], copies: number): number[] {
  const L = sentence.length;
  const out: number[] = [];
  for (let k = 0; k < copies; k++) {
    let sum = 0;
    let n = 0;
    for (let j = 1; j < L; j++) {
      const pos = k * L + j; // position of token j of copy k; predicted from logits at pos − 1
      if (pos >= logits.length + 1) break;
      const row = logits[pos - 1];
      let m = -Infinity;
      for (let v = 0; v < row.length; v++) if (row[v] > m) m = row[v];
      let z = 0;
      for (let v = 0; v < row.length; v++) z += Math.exp(row[v] - m);
      sum += Math.exp(row[sentence[j]] - m) / z;
      n++;
    }
    if (n) out.push(sum / n);
  }
  return out;
}

/**
 * The repeated sequence for the self-reinforcement curve: the sentence repeated to fill exactly
 * `contextLength` positions (the last copy may be partial and is not measured), so every prompt runs
 * the forward pass in the same shape (one WebGL shader compile per page, not one per prompt).
 */
export function repeatedSequence(sentence: readonly number[], contextLength: number): { ids: number[]; copies: number } {
  const L = Math.max(1, sentence.length);
  const copies = Math.floor(contextLength / L);
  const ids: number[] = [];
  for (let i = 0; i < contextLength && sentence.length; i++) ids.push(sentence[i % L]);
  return { ids, copies };
}

/** A seeded shuffle of `ids` (Fisher–Yates) — the "random sentence" control of the self-reinforcement plot. */
export function shuffled(ids: readonly number[], seed: number): number[] {
  const a = [...ids];
  const u = mulberry32(seed >>> 0);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
