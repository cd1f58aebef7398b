/**
 * The tiny transformer's public runtime API (issue 3). Scenes (6 sampling, 7 attention heads,
 * 9 KV cache, 11 embeddings, 19 LoRA training) program against these types only; everything returned
 * is a plain array or typed array, never a tfjs Tensor.
 */

/** Architecture, as stored in the weights file's header. */
export interface TinyModelConfig {
  vocabSize: number;
  /** Maximum sequence length (positions). */
  contextLength: number;
  dModel: number;
  nLayers: number;
  nHeads: number;
  /** Hidden width of the feed-forward block. */
  dFF: number;
  /** 'learned' position embeddings or fixed 'sinusoidal' ones. */
  posEncoding: 'learned' | 'sinusoidal';
  /** Norm placement; the model is pre-LN. */
  norm: 'pre-ln';
  /** Feed-forward activation. */
  activation: 'gelu' | 'relu';
  /** Whether the output projection shares the token-embedding matrix. */
  tiedEmbeddings: boolean;
  layerNormEps: number;
}

/** Text ↔ token ids. Works for Chinese and English; unknown characters never throw. */
export interface Tokenizer {
  readonly vocabSize: number;
  encode(text: string): number[];
  decode(ids: readonly number[]): string;
  /** Human-readable form of one token (for bar labels): e.g. "的", " the", "␣", "\\n". */
  tokenLabel(id: number): string;
}

/** What `forward` returns. T = input length, V = vocabulary, D = dModel, L = layers, H = heads. */
export interface ForwardResult {
  /** [T][V] logits for the next token at every position. */
  logits: Float32Array[];
  /** Present when `internals` was asked for. */
  internals?: ForwardInternals;
}

/** Inspectable intermediate values of one forward pass (all plain arrays). */
export interface ForwardInternals {
  /** [T][D] token embedding rows for the input ids. */
  tokenEmbeddings: Float32Array[];
  /** [T][D] position embeddings for positions 0..T-1. */
  positionEmbeddings: Float32Array[];
  /** [L][H][T][T] softmax attention weights (row = query position; causal: zero above the diagonal). */
  attention: Float32Array[][][];
  /**
   * Residual stream [T][D]: `embed` = token + position; then for each layer the stream after its
   * attention sub-layer (`afterAttn[l]`) and after its feed-forward sub-layer (`afterFfn[l]`);
   * `final` = after the final LayerNorm.
   */
  hidden: { embed: Float32Array[]; afterAttn: Float32Array[][]; afterFfn: Float32Array[][]; final: Float32Array[] };
}

/** Incremental decoding with a key/value cache. One session = one growing sequence. */
export interface GenerationSession {
  /** Tokens fed so far. */
  readonly length: number;
  /**
   * Feed tokens (the prompt, or one sampled token) and get the logits [V] for the next token.
   * Only the new positions are computed; earlier keys/values come from the cache.
   * Throws a clear Error when the context length would be exceeded.
   */
  append(ids: readonly number[]): Promise<Float32Array>;
  /** Cache size in floats per layer (keys + values), for the KV-cache scene. */
  cacheFloats(): number;
  /** Free the cached tensors. Safe to call twice. */
  dispose(): void;
}

/** Training metadata stored in the weights file (added by the model helper; optional). */
export interface TinyModelTrainingInfo {
  /** Training step of these weights. */
  step: number;
  parameterCount: number;
  /** Validation loss (nats/token) of the shipped fp16 weights: `loss` on the fixed subset (first `windows`
   * windows of `length`+1 tokens of `file`), `fullValLoss` on the whole validation split. */
  eval?: { file: string; windows: number; length: number; loss: number; fullValLoss: number; fullValWindows: number };
  /** Loss curve: mean train loss of the preceding steps and validation loss, every 100 steps. */
  log?: { step: number; train: number; val: number; ms: number }[];
  [key: string]: unknown;
}

/** A loaded tiny transformer. Owns tfjs tensors until `dispose()`. */
export interface TinyModel {
  readonly config: TinyModelConfig;
  readonly tokenizer: Tokenizer;
  /** Total number of parameters. */
  readonly parameterCount: number;
  /** Full forward pass over `ids` (length 1..contextLength). */
  forward(ids: readonly number[], opts?: { internals?: boolean }): Promise<ForwardResult>;
  /** Start an incremental-decoding session (KV cache). */
  session(): GenerationSession;
  /** Weight matrices by name as plain arrays (e.g. 'layers.0.attn.wq' → [D][D]) for the LoRA scenes. */
  weight(name: string): { shape: number[]; data: Float32Array };
  /** Names of all weights, in file order. */
  weightNames(): string[];
  dispose(): void;
  /** Training metadata from the weights file (added; optional). */
  readonly training?: TinyModelTrainingInfo;
}
