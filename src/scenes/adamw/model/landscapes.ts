import * as tf from '@tensorflow/tfjs-core';

/** The 2-D loss landscapes of question 16. */
import { LANDSCAPES, type Landscape } from './landscapeIds';

export { LANDSCAPES, type Landscape };

/** The plotted square: θ₁, θ₂ ∈ [−DOMAIN, DOMAIN]. */
export const DOMAIN = 3;
/** Minimum of both quadratic valleys. */
export const CENTER: readonly [number, number] = [2, 1];
/** Curvatures along the valley's two axes: condition number 12. */
export const CURV: readonly [number, number] = [1, 12];
/** Rotation of the 'rotated' valley (30°). */
export const ANGLE = Math.PI / 6;

const cosA = Math.cos(ANGLE);
const sinA = Math.sin(ANGLE);
/** Hessian of the rotated valley, Rᵀ diag(CURV) R with R = [[c, s], [−s, c]]. [2][2], symmetric. */
export const ROT_HESSIAN: readonly [readonly [number, number], readonly [number, number]] = [
  [CURV[0] * cosA * cosA + CURV[1] * sinA * sinA, (CURV[0] - CURV[1]) * cosA * sinA],
  [(CURV[0] - CURV[1]) * cosA * sinA, CURV[0] * sinA * sinA + CURV[1] * cosA * cosA],
];

/** The unregularised minimum of each landscape. */
export const MINIMUM: Record<Landscape, readonly [number, number]> = { valley: CENTER, rotated: CENTER, banana: [1, 1] };

/**
 * Loss at one point (plain JS, float64).
 * valley: ½(h₁(x−2)² + h₂(y−1)²), h = (1, 12); rotated: the same valley turned by 30°;
 * banana: 0.1(1−x)² + ½(y−x²)² (a gentle Rosenbrock).
 */
export function loss(land: Landscape, x: number, y: number): number {
  if (land === 'banana') return 0.1 * (1 - x) ** 2 + 0.5 * (y - x * x) ** 2;
  const dx = x - CENTER[0];
  const dy = y - CENTER[1];
  if (land === 'valley') return 0.5 * (CURV[0] * dx * dx + CURV[1] * dy * dy);
  const H = ROT_HESSIAN;
  return 0.5 * (dx * (H[0][0] * dx + H[0][1] * dy) + dy * (H[1][0] * dx + H[1][1] * dy));
}

/** Gradient at one point (plain JS, float64). */
export function grad(land: Landscape, x: number, y: number): [number, number] {
  if (land === 'banana') {
    const r = y - x * x;
    return [-0.2 * (1 - x) - 2 * x * r, r];
  }
  const dx = x - CENTER[0];
  const dy = y - CENTER[1];
  if (land === 'valley') return [CURV[0] * dx, CURV[1] * dy];
  const H = ROT_HESSIAN;
  return [H[0][0] * dx + H[0][1] * dy, H[1][0] * dx + H[1][1] * dy];
}

/**
 * Minimum of the L2-regularised loss f(θ) + ½λ‖θ‖², where Adam+L2 (and SGD+L2) come to rest.
 * Closed form for the quadratic valleys, (H + λI)⁻¹ H c; for the banana, Newton's method from the
 * unregularised minimum (the regularised loss stays convex near it for the λ of the scene).
 */
export function l2Minimum(land: Landscape, lambda: number): [number, number] {
  if (land === 'valley') return [(CURV[0] * CENTER[0]) / (CURV[0] + lambda), (CURV[1] * CENTER[1]) / (CURV[1] + lambda)];
  if (land === 'rotated') {
    const H = ROT_HESSIAN;
    const a = H[0][0] + lambda;
    const b = H[0][1];
    const d = H[1][1] + lambda;
    const hc0 = H[0][0] * CENTER[0] + H[0][1] * CENTER[1];
    const hc1 = H[1][0] * CENTER[0] + H[1][1] * CENTER[1];
    const det = a * d - b * b;
    return [(d * hc0 - b * hc1) / det, (a * hc1 - b * hc0) / det];
  }
  let x = 1;
  let y = 1;
  for (let i = 0; i < 60; i++) {
    const [gx0, gy0] = grad('banana', x, y);
    const gx = gx0 + lambda * x;
    const gy = gy0 + lambda * y;
    // Hessian of 0.1(1−x)² + ½(y−x²)² + ½λ(x²+y²)
    const hxx = 0.2 + 6 * x * x - 2 * y + lambda;
    const hxy = -2 * x;
    const hyy = 1 + lambda;
    const det = hxx * hyy - hxy * hxy;
    if (!(det > 0)) break;
    x -= (hyy * gx - hxy * gy) / det;
    y -= (hxx * gy - hxy * gx) / det;
  }
  return [x, y];
}

/** Loss of each row of θ (tfjs). theta: [N, 2] → [N]. */
export function lossOps(land: Landscape, theta: tf.Tensor2D): tf.Tensor1D {
  if (land === 'banana') {
    const [x, y] = tf.split(theta, 2, 1);
    return tf.reshape(tf.add(tf.mul(0.1, tf.square(tf.sub(1, x))), tf.mul(0.5, tf.square(tf.sub(y, tf.square(x))))), [-1]);
  }
  const d = tf.sub(theta, tf.tensor2d([CENTER as [number, number]]));
  if (land === 'valley') return tf.sum(tf.mul(tf.square(d), tf.tensor2d([[0.5 * CURV[0], 0.5 * CURV[1]]])), 1);
  return tf.mul(0.5, tf.sum(tf.mul(d, tf.matMul(d, tf.tensor2d(ROT_HESSIAN.map((r) => [...r])))), 1));
}

/**
 * The landscape's gradient as a function of θ (tfjs), with its constants made once (so a loop of many
 * steps does not upload them again). Returns theta: [N, 2] → ∇f: [N, 2]. valley: 2 kernels,
 * rotated: 2, banana: 9.
 */
export function gradOps(land: Landscape): (theta: tf.Tensor2D) => tf.Tensor2D {
  if (land === 'banana') {
    return (theta) => {
      const [x, y] = tf.split(theta, 2, 1);
      const r = tf.sub(y, tf.square(x));
      // ∂x = 0.2(x − 1) − 2x·r, ∂y = r
      const gx = tf.sub(tf.mul(0.2, tf.sub(x, 1)), tf.mul(tf.mul(2, x), r));
      return tf.concat([gx, r], 1) as tf.Tensor2D;
    };
  }
  const c = tf.tensor2d([CENTER as [number, number]]);
  if (land === 'valley') {
    const h = tf.tensor2d([CURV as [number, number]]);
    return (theta) => tf.mul(tf.sub(theta, c), h);
  }
  const H = tf.tensor2d(ROT_HESSIAN.map((r) => [...r]));
  return (theta) => tf.matMul(tf.sub(theta, c), H);
}

/**
 * Loss on an n×n grid over [−DOMAIN, DOMAIN]² in one tensor program (row j = θ₂ from −DOMAIN up,
 * column i = θ₁ from −DOMAIN right). → [n·n], row-major.
 */
export function gridLossOps(land: Landscape, n: number): tf.Tensor1D {
  const xs = tf.linspace(-DOMAIN, DOMAIN, n);
  const gx = tf.tile(tf.reshape(xs, [1, n]), [n, 1]);
  const gy = tf.tile(tf.reshape(xs, [n, 1]), [1, n]);
  const pts = tf.stack([tf.reshape(gx, [-1]), tf.reshape(gy, [-1])], 1) as tf.Tensor2D;
  return lossOps(land, pts);
}
