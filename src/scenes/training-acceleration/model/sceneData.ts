import { simulateAsync, simulateSync, workerTimes, type UpdateTimeline } from './async';
import { applyUpdate, countScaled, fp16Fate, type Fate, lostUpdates, repeatUpdate, toFp16, fp16UlpBelow, type ScaleCounts, type UpdateResult } from './fp16';
import { medianAbs, type GradData } from './gradients';
import { bubbleFormula, simulate, type Timeline } from './pipeline';
import { makeVectors, runRing, trafficPerGpu, type RingState } from './ring';

/** Elements per chunk in the ring demo (vector length = 2·N). */
export const CHUNK = 2;
/** Time horizon of the sync/async timelines, in units of one normal gradient computation. */
export const HORIZON = 12;
/** log₂ range of the gradient histogram. */
export const HIST_LO = -56;
export const HIST_HI = 24;
/** Steps of the repeated-update plot. */
export const REPEAT_STEPS = 1000;

/** Everything the scene draws that is plain arithmetic (no tfjs). */
export interface SystemsData {
  vectors: number[][];
  ring: RingState;
  ringFinal: RingState;
  /** max |ring result − elementwise sum| after all 2(N−1) steps, over every worker. */
  ringError: number;
  trueSum: number[];
  traffic: ReturnType<typeof trafficPerGpu>;
  gpipe: Timeline;
  onefoneb: Timeline;
  bubble: number;
  times: number[];
  sync: UpdateTimeline;
  async: UpdateTimeline;
}

/** The parameters the plain-arithmetic parts read. */
export interface SystemsParams {
  n: number;
  t: number;
  p: number;
  m: number;
  straggler: number;
  seed: number;
}

/** Ring, traffic, pipeline and update timelines for the current params. */
export function computeSystems(q: SystemsParams): SystemsData {
  const vectors = makeVectors(q.n, CHUNK * q.n, q.seed);
  const ring = runRing(vectors, q.t);
  const ringFinal = runRing(vectors, 2 * (q.n - 1));
  const trueSum = vectors[0].map((_, j) => vectors.reduce((s, v) => s + v[j], 0));
  let ringError = 0;
  for (const row of ringFinal.data) row.forEach((v, j) => (ringError = Math.max(ringError, Math.abs(v - trueSum[j]))));
  const times = workerTimes(q.n, q.straggler, q.seed);
  return {
    vectors,
    ring,
    ringFinal,
    ringError,
    trueSum,
    traffic: trafficPerGpu(q.n),
    gpipe: simulate('gpipe', q.p, q.m),
    onefoneb: simulate('1f1b', q.p, q.m),
    bubble: bubbleFormula(q.p, q.m),
    times,
    sync: simulateSync(times, HORIZON),
    async: simulateAsync(times, HORIZON),
  };
}

/** What fp16/bf16 do to the real gradients at loss scale 2^scale, and to weight updates at lr 10^lr. */
export interface PrecisionData {
  counts: ScaleCounts;
  /** Histogram of log₂|S·g| over [HIST_LO, HIST_HI), unit bins, split by what fp16 does: [HIST_HI − HIST_LO] each. */
  hist: Record<Fate, Uint32Array>;
  /** log₂ of the smallest and largest |S·g| (non-zero). */
  range: [number, number];
  /** Share of updates lr·ĝ lost with fp16 weights and with fp32 master weights. */
  lost16: number;
  lost32: number;
  /** The worked example: a median-size weight, a median-size update. */
  example: { w: number; u: number; ulp: number; result: UpdateResult; w16: number };
  repeat: { fp16: Float64Array; fp32: Float64Array };
}

/**
 * Gradients normalised per layer, ĝ = g / rms_layer(g): an update lr·ĝ then has the size of lr, as
 * Adam's m̂/√v̂ gives (the raw toy gradients are tiny, as late in training).
 */
export function normalisedUpdates(g: GradData): Float32Array {
  const L = Math.max(...g.layer) + 1;
  const ss = new Float64Array(L);
  const cnt = new Float64Array(L);
  for (let i = 0; i < g.grads.length; i++) (ss[g.layer[i]] += g.grads[i] ** 2), cnt[g.layer[i]]++;
  const out = new Float32Array(g.grads.length);
  for (let i = 0; i < g.grads.length; i++) {
    const rms = Math.sqrt(ss[g.layer[i]] / cnt[g.layer[i]]);
    out[i] = rms > 0 ? g.grads[i] / rms : 0;
  }
  return out;
}

/** Loss-scale counts, histogram and master-weight numbers. */
export function computePrecision(g: GradData, scale: number, lr: number, ghat: Float32Array = normalisedUpdates(g)): PrecisionData {
  const S = 2 ** scale;
  const counts = countScaled(g.grads, S);
  const bins = HIST_HI - HIST_LO;
  const hist: Record<Fate, Uint32Array> = { zero: new Uint32Array(bins), subnormal: new Uint32Array(bins), normal: new Uint32Array(bins), inf: new Uint32Array(bins) };
  for (const v of g.grads) {
    const x = Math.fround(v * S);
    if (x === 0) continue;
    const k = Math.min(bins - 1, Math.max(0, Math.floor(Math.log2(Math.abs(x))) - HIST_LO));
    hist[fp16Fate(x)][k]++;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of g.grads) {
    const a = Math.abs(v);
    if (a > 0) (lo = Math.min(lo, a)), (hi = Math.max(hi, a));
  }
  const rate = 10 ** lr;
  const lost = lostUpdates(g.weights, ghat, rate);
  const w = toFp16(medianAbs(g.weights));
  const u = rate * medianAbs(ghat);
  return {
    counts,
    hist,
    range: [Math.log2(lo * S), Math.log2(hi * S)],
    lost16: lost.lost16,
    lost32: lost.lost32,
    example: { w, u, ulp: fp16UlpBelow(w), result: applyUpdate(w, u), w16: w },
    repeat: repeatUpdate(w, u, REPEAT_STEPS),
  };
}
