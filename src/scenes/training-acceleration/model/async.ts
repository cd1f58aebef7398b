import { mulberry32 } from '../../../compute/rng';

/**
 * Synchronous vs asynchronous data-parallel SGD on workers of different speeds, as event timelines.
 * Sync: every round waits for the slowest worker (a barrier), then one averaged update; no staleness.
 * Async (parameter server, Downpour/Hogwild style): a worker reads the current version, computes,
 * pushes; the server applies each gradient on arrival; staleness = updates applied in between.
 */

/** One gradient computation of one worker. */
export interface Job {
  worker: number;
  start: number;
  end: number;
  /** Model version the gradient was computed on. */
  readVersion: number;
  /** Version it is applied to (sync: same as read). */
  applyVersion: number;
  staleness: number;
}

/** A simulated timeline over [0, horizon]. */
export interface UpdateTimeline {
  jobs: Job[];
  /** For sync: ends of the rounds (barriers). */
  barriers: number[];
  /** Worker idle share (sync: waiting at barriers within the finished rounds). */
  idle: number;
  /** Gradients applied per time unit. */
  gradsPerTime: number;
  /** Model updates (versions) per time unit. */
  updatesPerTime: number;
  meanStaleness: number;
  maxStaleness: number;
}

/** Compute time per gradient of each worker: worker 0 is the straggler (`straggler`× slower), the rest 1…1.3, seeded. [n] */
export function workerTimes(n: number, straggler: number, seed: number): number[] {
  const rnd = mulberry32((seed * 7919 + 3) >>> 0);
  return Array.from({ length: n }, (_, i) => (i === 0 ? straggler : 1 + 0.3 * rnd()));
}

/** Synchronous rounds until `horizon`: all start together, the round ends with the slowest. */
export function simulateSync(times: number[], horizon: number): UpdateTimeline {
  const round = Math.max(...times);
  const rounds = Math.max(1, Math.floor(horizon / round));
  const jobs: Job[] = [];
  const barriers: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = r * round;
    times.forEach((d, w) => jobs.push({ worker: w, start: t0, end: t0 + d, readVersion: r, applyVersion: r, staleness: 0 }));
    barriers.push(t0 + round);
  }
  const busy = times.reduce((a, b) => a + b, 0);
  return {
    jobs,
    barriers,
    idle: 1 - busy / (times.length * round),
    gradsPerTime: times.length / round,
    updatesPerTime: 1 / round,
    meanStaleness: 0,
    maxStaleness: 0,
  };
}

/**
 * Asynchronous updates until `horizon`: each worker loops read → compute → push; pushes are applied
 * in time order (ties by worker index), each one a new version.
 */
export function simulateAsync(times: number[], horizon: number): UpdateTimeline {
  const n = times.length;
  const pending = times.map((d, w) => ({ worker: w, start: 0, end: d, readVersion: 0 }));
  const jobs: Job[] = [];
  let version = 0;
  for (;;) {
    let k = -1;
    for (let w = 0; w < n; w++) if (k < 0 || pending[w].end < pending[k].end - 1e-12) k = w;
    const j = pending[k];
    if (j.end > horizon + 1e-12) break;
    jobs.push({ ...j, applyVersion: version, staleness: version - j.readVersion });
    version++;
    pending[k] = { worker: k, start: j.end, end: j.end + times[k], readVersion: version };
  }
  const st = jobs.map((j) => j.staleness);
  return {
    jobs,
    barriers: [],
    idle: 0,
    gradsPerTime: jobs.length / horizon,
    updatesPerTime: jobs.length / horizon,
    meanStaleness: st.length ? st.reduce((a, b) => a + b, 0) / st.length : 0,
    maxStaleness: st.length ? Math.max(...st) : 0,
  };
}
