import { mulberry32 } from '../../../compute/rng';

/**
 * Ring all-reduce (reduce-scatter, then all-gather) on N workers whose vectors are cut into N chunks,
 * simulated send by send. Plain numbers, no tfjs: the point is to watch every addition.
 */

/** Seeded integer vectors, one per worker: [n][len], values in −9…9 (sums stay exact). */
export function makeVectors(n: number, len: number, seed: number): number[][] {
  const rnd = mulberry32((seed * 2654435761 + 17) >>> 0);
  return Array.from({ length: n }, () => Array.from({ length: len }, () => Math.floor(rnd() * 19) - 9));
}

/** Element ranges of chunk c of a vector of length len cut into n chunks (sizes differ by ≤ 1). */
export function chunkRange(len: number, n: number, c: number): [number, number] {
  const base = Math.floor(len / n);
  const extra = len % n;
  const start = c * base + Math.min(c, extra);
  return [start, start + base + (c < extra ? 1 : 0)];
}

/** One send of one step: worker `from` sends chunk `chunk` to `to`, which adds it (reduce) or copies it (gather). */
export interface RingSend {
  from: number;
  to: number;
  chunk: number;
  op: 'add' | 'copy';
}

/** The state of the ring after some steps. */
export interface RingState {
  /** Step count done, 0 … 2(N−1). */
  t: number;
  /** What each worker holds now: [n][len]. */
  data: number[][];
  /** Which workers' inputs are summed into each (worker, chunk): bit masks [n][n]. */
  contributors: number[][];
  /** The sends of step t (the last one done), empty at t = 0. */
  sends: RingSend[];
  /** Elements each worker has sent so far: [n]. */
  sentElems: number[];
}

/**
 * The sends of ring step s (0-based, 0 … 2N−3). Reduce-scatter (s < N−1): worker i sends chunk
 * (i − s) mod N to i+1, which adds it. All-gather (s ≥ N−1, k = s − N + 1): worker i sends chunk
 * (i + 1 − k) mod N, which it holds fully reduced, to i+1, which overwrites its copy.
 */
export function ringSends(n: number, s: number): RingSend[] {
  const mod = (a: number) => ((a % n) + n) % n;
  const out: RingSend[] = [];
  for (let i = 0; i < n; i++) {
    if (s < n - 1) out.push({ from: i, to: mod(i + 1), chunk: mod(i - s), op: 'add' });
    else out.push({ from: i, to: mod(i + 1), chunk: mod(i + 1 - (s - n + 1)), op: 'copy' });
  }
  return out;
}

/** Run the ring for the first t steps (t clamped to 0 … 2(N−1)). vectors: [n][len]. */
export function runRing(vectors: number[][], t: number): RingState {
  const n = vectors.length;
  const len = vectors[0]?.length ?? 0;
  const steps = Math.max(0, Math.min(2 * (n - 1), Math.floor(t)));
  const data = vectors.map((v) => v.slice());
  const contributors = Array.from({ length: n }, (_, w) => Array.from({ length: n }, () => 1 << w));
  const sentElems = new Array<number>(n).fill(0);
  let sends: RingSend[] = [];
  for (let s = 0; s < steps; s++) {
    sends = ringSends(n, s);
    // all sends of a step happen at once: read every outgoing chunk before anyone writes
    const payload = sends.map((m) => {
      const [a, b] = chunkRange(len, n, m.chunk);
      return { vals: data[m.from].slice(a, b), mask: contributors[m.from][m.chunk] };
    });
    sends.forEach((m, k) => {
      const [a, b] = chunkRange(len, n, m.chunk);
      const { vals, mask } = payload[k];
      for (let j = a; j < b; j++) data[m.to][j] = m.op === 'add' ? data[m.to][j] + vals[j - a] : vals[j - a];
      contributors[m.to][m.chunk] = m.op === 'add' ? contributors[m.to][m.chunk] | mask : mask;
      sentElems[m.from] += b - a;
    });
  }
  return { t: steps, data, contributors, sends, sentElems };
}

/** Traffic per step of one all-reduce of S bytes: ring per GPU vs a parameter server, in units of S. */
export function trafficPerGpu(n: number): { ringSent: number; ringReceived: number; psServerIn: number; psServerOut: number; psWorker: number } {
  return { ringSent: (2 * (n - 1)) / n, ringReceived: (2 * (n - 1)) / n, psServerIn: n, psServerOut: n, psWorker: 1 };
}

/** Number of bits set in a contributor mask. */
export function popcount(m: number): number {
  let c = 0;
  for (let x = m; x; x &= x - 1) c++;
  return c;
}
