import { mulberry32 } from '../../../compute/rng';

/** The small new tasks the frozen model is adapted to. */
export const TASKS = ['map', 'copy'] as const;
export type TaskId = (typeof TASKS)[number];

/** Sequence length T (inputs), batch size, training batches and the symbol alphabet size. */
export const SEQ_T = 16;
export const BATCH = 4;
export const TRAIN_BATCHES = 4;
export const N_SYMBOLS = 16;

/** One batch: inputs [B][T], targets [B][T] (next tokens), weights [B][T] (1 where the loss counts). */
export interface TaskBatch {
  inputs: number[][];
  targets: number[][];
  weights: number[][];
}

/** A task instance: the alphabet, the hidden map (task `map`), training batches and one held-out batch. */
export interface TaskData {
  task: TaskId;
  symbols: number[];
  /** map[i] = index of f(symbols[i]) (task `map`; identity for `copy`). */
  map: number[];
  train: TaskBatch[];
  heldOut: TaskBatch;
}

function shuffle(a: number[], u: () => number): number[] {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}

/**
 * Symbols: N_SYMBOLS distinct token ids drawn (seeded) from `candidates` (e.g. single-character tokens).
 * `map`: a sequence x₁ f(x₁) x₂ f(x₂) … with f a fixed random bijection; the loss counts only the
 * predictions of f(xᵢ). `copy`: 8 random symbols then the same 8 again; the loss counts the copy half.
 * Sequences are T+1 tokens; inputs = tokens 0..T−1, targets = tokens 1..T.
 */
export function makeTask(task: TaskId, seed: number, candidates: readonly number[]): TaskData {
  if (candidates.length < N_SYMBOLS) throw new Error(`makeTask: need ${N_SYMBOLS} candidate tokens, got ${candidates.length}`);
  const u = mulberry32(seed * 7919 + 13);
  const symbols = shuffle([...candidates], u).slice(0, N_SYMBOLS);
  const map = task === 'map' ? shuffle([...Array(N_SYMBOLS).keys()], u) : [...Array(N_SYMBOLS).keys()];
  const half = SEQ_T / 2;
  const sequence = (g: () => number): { seq: number[]; w: number[] } => {
    if (task === 'map') {
      const seq: number[] = [];
      for (let i = 0; i < half; i++) {
        const x = Math.floor(g() * N_SYMBOLS);
        seq.push(symbols[x], symbols[map[x]]);
      }
      seq.push(symbols[Math.floor(g() * N_SYMBOLS)]);
      // input position 2i holds xᵢ and predicts f(xᵢ)
      return { seq, w: Array.from({ length: SEQ_T }, (_, t) => (t % 2 === 0 ? 1 : 0)) };
    }
    const first = Array.from({ length: half }, () => symbols[Math.floor(g() * N_SYMBOLS)]);
    const seq = [...first, ...first, first[0]];
    // from input position half−1 on, the next token is a copy
    return { seq, w: Array.from({ length: SEQ_T }, (_, t) => (t >= half - 1 ? 1 : 0)) };
  };
  const batch = (g: () => number): TaskBatch => {
    const b: TaskBatch = { inputs: [], targets: [], weights: [] };
    for (let i = 0; i < BATCH; i++) {
      const { seq, w } = sequence(g);
      b.inputs.push(seq.slice(0, SEQ_T));
      b.targets.push(seq.slice(1, SEQ_T + 1));
      b.weights.push(w);
    }
    return b;
  };
  const g = mulberry32(seed * 104729 + 1);
  const train = Array.from({ length: TRAIN_BATCHES }, () => batch(g));
  const heldOut = batch(mulberry32(seed * 104729 + 999331));
  return { task, symbols, map, train, heldOut };
}
