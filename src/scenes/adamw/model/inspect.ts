import { N_OPT, ROW, type OptimizerId, type Race } from './optim';

type Vec2 = [number, number];

/** One Adam-family update t of one optimizer, term by term (PyTorch 1.13 order). Every field is per coordinate. */
export interface UpdateView {
  t: number;
  opt: OptimizerId;
  /** θ_{t−1}, and θ_t after the update. */
  theta0: Vec2;
  theta1: Vec2;
  /** ∇f(θ_{t−1}). */
  gradF: Vec2;
  /** The gradient the moments see: ∇f + λθ for Adam(weight_decay), ∇f otherwise. */
  g: Vec2;
  m: Vec2;
  v: Vec2;
  /** m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ). */
  mHat: Vec2;
  vHat: Vec2;
  /** √v̂ + ε. */
  den: Vec2;
  /** The Adam step lr·m̂/(√v̂ + ε) (subtracted from θ). */
  step: Vec2;
  /**
   * The weight-decay push this update. AdamW: lr·λ·θ_{t−1}, applied as is. Adam+L2: lr·λ·θ_{t−1}/(√v̂ + ε),
   * the L2 term after the same division as the gradient (exact when β1 = 0; with momentum, m also carries
   * the λθ of earlier updates).
   */
  decay: Vec2;
  /** decay / θ_{t−1}: the fraction of each coordinate removed per update (AdamW: lr·λ for both). */
  relDecay: Vec2;
}

const pair = (a: ArrayLike<number>, i: number): Vec2 => [a[i], a[i + 1]];

/** Update t (1 ≤ t ≤ steps) of an Adam-family optimizer in a finished race. */
export function adamUpdate(race: Race, opt: 'adam' | 'adamL2' | 'adamw', t: number): UpdateView {
  const p = race.params;
  const r = ROW[opt];
  const iPrev = ((t - 1) * N_OPT + r) * 2;
  const iNow = (t * N_OPT + r) * 2;
  const iState = ((t - 1) * N_OPT + r) * 2;
  const theta0 = pair(race.theta, iPrev);
  const theta1 = pair(race.theta, iNow);
  const gradF = pair(race.grad, iState);
  const m = pair(race.m, iState);
  const v = pair(race.v, iState);
  const l2 = opt === 'adamL2' ? p.wd : 0;
  const bc1 = 1 - p.beta1 ** t;
  const bc2 = 1 - p.beta2 ** t;
  const map = (f: (k: 0 | 1) => number): Vec2 => [f(0), f(1)];
  const g = map((k) => gradF[k] + l2 * theta0[k]);
  const mHat = map((k) => m[k] / bc1);
  const vHat = map((k) => v[k] / bc2);
  const den = map((k) => Math.sqrt(vHat[k]) + p.eps);
  const step = map((k) => (p.lr * mHat[k]) / den[k]);
  const relDecay = map((k) => (opt === 'adamw' ? p.lr * p.wd : opt === 'adamL2' ? (p.lr * p.wd) / den[k] : 0));
  const decay = map((k) => relDecay[k] * theta0[k]);
  return { t, opt, theta0, theta1, gradF, g, m, v, mHat, vHat, den, step, decay, relDecay };
}

/** θ of one optimizer after update t (t = 0: the start). */
export function thetaAt(race: Race, opt: OptimizerId, t: number): Vec2 {
  return pair(race.theta, (t * N_OPT + ROW[opt]) * 2);
}

/** The loss of one optimizer after update t. */
export function lossAt(race: Race, opt: OptimizerId, t: number): number {
  return race.loss[t * N_OPT + ROW[opt]];
}

/** Largest distance between two optimizers' trajectories over all updates (∞ if either diverged). */
export function maxGap(race: Race, a: OptimizerId, b: OptimizerId): number {
  let g = 0;
  for (let t = 0; t <= race.params.steps; t++) {
    const [ax, ay] = thetaAt(race, a, t);
    const [bx, by] = thetaAt(race, b, t);
    const d = Math.hypot(ax - bx, ay - by);
    if (!Number.isFinite(d)) return Infinity;
    g = Math.max(g, d);
  }
  return g;
}
