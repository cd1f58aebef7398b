import * as tf from '@tensorflow/tfjs-core';
import { CENTER, CURV, DOMAIN, ROT_HESSIAN, type Landscape } from './landscapes';
import { N_OPT, OPTIMIZERS, rowConstants, type RaceParams } from './optim';

/** Largest number of updates the fused program loops over (the `steps` slider's max). */
export const MAX_STEPS = 500;
/** Channels per (update, optimizer) of the fused output: θ₁, θ₂, ∂f/∂θ₁, ∂f/∂θ₂, m₁, m₂, v₁, v₂, f(θ). */
export const CHANNELS = 9;

/** The part of tfjs's WebGL backend the fused program needs (duck-typed: the CPU backend lacks it). */
interface WebGLLike {
  compileAndRun(
    program: {
      variableNames: string[];
      outputShape: number[];
      userCode: string;
      enableShapeUniforms?: boolean;
      customUniforms?: { name: string; type: 'int' | 'float' }[];
    },
    inputs: tf.TensorInfo[],
    outputDtype?: 'float32',
    customUniformValues?: number[][],
  ): tf.TensorInfo;
}

const f = (v: number) => (Number.isInteger(v) ? `${v}.0` : v.toPrecision(9));

/** GLSL for ∇f at (x, y) into (fx, fy); the same formulas as gradOps (landscapes.ts). */
function gradGlsl(land: Landscape): string {
  if (land === 'banana') return 'float r = y - x * x; fx = 0.2 * (x - 1.0) - 2.0 * x * r; fy = r;';
  const pre = `float dx = x - ${f(CENTER[0])}; float dy = y - ${f(CENTER[1])};`;
  if (land === 'valley') return `${pre} fx = ${f(CURV[0])} * dx; fy = ${f(CURV[1])} * dy;`;
  const H = ROT_HESSIAN;
  return `${pre} fx = ${f(H[0][0])} * dx + ${f(H[0][1])} * dy; fy = ${f(H[1][0])} * dx + ${f(H[1][1])} * dy;`;
}

/** GLSL for f(x, y) into `loss`; the same formulas as lossOps (landscapes.ts). */
function lossGlsl(land: Landscape): string {
  if (land === 'banana') return 'float q = y - x * x; loss = 0.1 * (1.0 - x) * (1.0 - x) + 0.5 * q * q;';
  const pre = `float ex = x - ${f(CENTER[0])}; float ey = y - ${f(CENTER[1])};`;
  if (land === 'valley') return `${pre} loss = 0.5 * (${f(CURV[0])} * ex * ex + ${f(CURV[1])} * ey * ey);`;
  const H = ROT_HESSIAN;
  return `${pre} loss = 0.5 * (ex * (${f(H[0][0])} * ex + ${f(H[0][1])} * ey) + ey * (${f(H[1][0])} * ex + ${f(H[1][1])} * ey));`;
}

/**
 * One fragment program for a whole race and (optionally) the contour grid. Output: 1-D, first
 * (steps+1)·N_OPT·CHANNELS values laid out [steps+1][N_OPT][CHANNELS], then gridN² grid losses
 * (row-major from (−D, −D)). Race texel (t, k, ch) replays optimizer k's recurrence (the same unified
 * update as raceOps, see optim.ts) for t updates and writes channel ch of the state after update t
 * (∇f, m, v of update t, zeros at t = 0; the loss at θ_t). Every texel is independent, so the whole
 * trajectory is ONE kernel launch instead of ~18 per update; sizes are uniforms, so a new `steps`
 * reuses the compiled shader (one shader per landscape).
 * Input P: [N_OPT, 12] per-row constants (x0, y0, l2, keep, a, c, e, lr, isAdam, β1, β2, 0).
 */
function program(land: Landscape, size: number) {
  return {
    variableNames: ['P'],
    outputShape: [size],
    enableShapeUniforms: true,
    customUniforms: [
      { name: 'raceSize', type: 'int' as const },
      { name: 'gridN', type: 'int' as const },
    ],
    userCode: `
      float lossAt(float x, float y) {
        float loss = 0.0;
        ${lossGlsl(land)}
        return loss;
      }
      void main() {
        int idx = getOutputCoords();
        if (idx >= raceSize) {
          int j = idx - raceSize;
          int row = j / gridN;
          int col = j - row * gridN;
          float h = ${f(2 * DOMAIN)} / float(gridN - 1);
          setOutput(lossAt(${f(-DOMAIN)} + float(col) * h, ${f(-DOMAIN)} + float(row) * h));
          return;
        }
        int t = idx / ${N_OPT * CHANNELS};
        int rest = idx - t * ${N_OPT * CHANNELS};
        int k = rest / ${CHANNELS};
        int ch = rest - k * ${CHANNELS};
        float x = getP(k, 0);
        float y = getP(k, 1);
        float l2 = getP(k, 2);
        float keep = getP(k, 3);
        float a = getP(k, 4);
        float c = getP(k, 5);
        float e = getP(k, 6);
        float lr = getP(k, 7);
        float adam = getP(k, 8);
        float b1 = getP(k, 9);
        float b2 = getP(k, 10);
        float mx = 0.0; float my = 0.0; float vx = 0.0; float vy = 0.0;
        float fx = 0.0; float fy = 0.0;
        float p1 = 1.0; float p2 = 1.0;
        for (int i = 1; i <= ${MAX_STEPS}; i++) {
          if (i > t) break;
          ${gradGlsl(land)}
          float gx = fx + l2 * x;
          float gy = fy + l2 * y;
          mx = a * mx + c * gx;
          my = a * my + c * gy;
          vx = b2 * vx + (1.0 - b2) * gx * gx;
          vy = b2 * vy + (1.0 - b2) * gy * gy;
          p1 *= b1;
          p2 *= b2;
          float size = adam > 0.5 ? lr / (1.0 - p1) : lr;
          float rs = adam > 0.5 ? 1.0 / sqrt(1.0 - p2) : 0.0;
          float nx = keep * x - size * mx / (sqrt(vx) * rs + e);
          float ny = keep * y - size * my / (sqrt(vy) * rs + e);
          x = nx;
          y = ny;
        }
        float o = x;
        if (ch == 1) o = y;
        else if (ch == 2) o = fx;
        else if (ch == 3) o = fy;
        else if (ch == 4) o = mx;
        else if (ch == 5) o = my;
        else if (ch == 6) o = vx;
        else if (ch == 7) o = vy;
        else if (ch == 8) o = lossAt(x, y);
        setOutput(o);
      }`,
  };
}

/** The per-row constants of the fused program. [N_OPT][12]. */
export function fusedInputs(p: RaceParams): number[][] {
  const k = rowConstants(p);
  return OPTIMIZERS.map((o, i) => {
    const adam = o === 'adam' || o === 'adamL2' || o === 'adamw' ? 1 : 0;
    return [p.x0, p.y0, k.l2[i][0], k.keep[i][0], k.a[i][0], k.c[i][0], k.e[i][0], p.lr, adam, p.beta1, p.beta2, 0];
  });
}

/**
 * The race (and the loss grid when gridN > 0) as one WebGL kernel, or null when the active backend
 * cannot run custom programs (CPU). Returns a 1-D tensor of (steps+1)·N_OPT·CHANNELS + gridN² values
 * (layout: see program()); the caller disposes it.
 */
export function fusedRace(p: RaceParams, gridN = 0): tf.Tensor1D | null {
  const backend = tf.backend() as unknown as Partial<WebGLLike>;
  if (typeof backend.compileAndRun !== 'function' || p.steps > MAX_STEPS) return null;
  const raceSize = (p.steps + 1) * N_OPT * CHANNELS;
  const P = tf.tensor2d(fusedInputs(p));
  try {
    const info = backend.compileAndRun(program(p.land, raceSize + gridN * gridN), [P], 'float32', [[raceSize], [Math.max(2, gridN)]]);
    return tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor1D;
  } finally {
    P.dispose();
  }
}
