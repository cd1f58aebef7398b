/**
 * Exact IEEE-754 rounding to the 16-bit formats, in plain TypeScript (no tfjs: WebGL has no fp16
 * arithmetic we could trust to be IEEE). fp16 = binary16 (1 sign, 5 exponent bits with bias 15,
 * 10 mantissa bits); bf16 = the top 16 bits of fp32 (1, 8, 7), rounded to nearest even.
 */

/** Largest finite fp16, (2 − 2⁻¹⁰)·2¹⁵. */
export const FP16_MAX = 65504;
/** Smallest positive normal fp16, 2⁻¹⁴. */
export const FP16_MIN_NORMAL = 2 ** -14;
/** Smallest positive subnormal fp16, 2⁻²⁴. */
export const FP16_MIN_SUBNORMAL = 2 ** -24;
/** Magnitudes at or above this round to ±inf in fp16 (the midpoint between 65504 and 2¹⁶). */
export const FP16_OVERFLOW = 65520;
/** Largest finite bf16, (2 − 2⁻⁷)·2¹²⁷. */
export const BF16_MAX = (2 - 2 ** -7) * 2 ** 127;
/** Smallest positive normal bf16 (= fp32's), 2⁻¹²⁶. */
export const BF16_MIN_NORMAL = 2 ** -126;
/** Smallest positive subnormal bf16, 2⁻¹³³. */
export const BF16_MIN_SUBNORMAL = 2 ** -133;
/** Largest finite fp32, (2 − 2⁻²³)·2¹²⁷. */
export const FP32_MAX = (2 - 2 ** -23) * 2 ** 127;
/** Smallest positive subnormal fp32, 2⁻¹⁴⁹. */
export const FP32_MIN_SUBNORMAL = 2 ** -149;

/** ⌊log₂ a⌋ for a finite a > 0, exact (Math.log2 can be off by one next to powers of two). */
function floorLog2(a: number): number {
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return e;
}

/**
 * Round a number to the nearest fp16 value (ties to even), with subnormals, overflow to ±inf and
 * signed zero, returned as a double. Matches `torch.tensor(x, dtype=float32).half()` for float32 x.
 */
export function toFp16(x: number): number {
  if (Number.isNaN(x) || x === 0 || !Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (a >= FP16_OVERFLOW) return sign * Infinity;
  const e = Math.max(-14, floorLog2(a)); // below 2⁻¹⁴ the spacing stays 2⁻²⁴ (subnormals)
  const ulp = 2 ** (e - 10);
  const q = a / ulp; // exact: dividing by a power of two
  let r = Math.floor(q);
  const frac = q - r;
  if (frac > 0.5 || (frac === 0.5 && r % 2 === 1)) r++;
  return sign * r * ulp; // r = 0 gives a signed zero, like torch
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/**
 * Round a number to bf16 (ties to even) via its float32 bits: x is first taken as float32 (gradients
 * are float32), then the low 16 bits are rounded away. Overflow goes to ±inf by the carry.
 */
export function toBf16(x: number): number {
  if (Number.isNaN(x)) return x;
  f32[0] = x;
  const b = u32[0];
  const lsb = (b >>> 16) & 1;
  u32[0] = ((b + 0x7fff + lsb) >>> 0) & 0xffff0000;
  return f32[0];
}

/** One spot in fp16 rounding: what the value becomes and what happened to it. */
export type Fate = 'zero' | 'subnormal' | 'normal' | 'inf';

/** What fp16 does to a non-zero finite value. */
export function fp16Fate(x: number): Fate {
  const h = toFp16(x);
  if (!Number.isFinite(h)) return 'inf';
  if (h === 0) return 'zero';
  return Math.abs(h) < FP16_MIN_NORMAL ? 'subnormal' : 'normal';
}

/** Counts of fp16 outcomes for values·scale (zeros in the input are not counted). */
export interface ScaleCounts {
  total: number;
  /** Non-zero values that round to 0 in fp16. */
  underflow: number;
  /** Values kept only as fp16 subnormals (fewer than 10 significant bits). */
  subnormal: number;
  /** Values that round to ±inf in fp16. */
  overflow: number;
  /** Non-zero values that round to 0 in bf16. */
  bf16Underflow: number;
  /** Values that round to ±inf in bf16. */
  bf16Overflow: number;
}

/** Count what fp16 (and bf16) do to every g·scale. grads: [n] float32 gradients. */
export function countScaled(grads: ArrayLike<number>, scale: number): ScaleCounts {
  const c: ScaleCounts = { total: 0, underflow: 0, subnormal: 0, overflow: 0, bf16Underflow: 0, bf16Overflow: 0 };
  for (let i = 0; i < grads.length; i++) {
    const g = grads[i];
    if (g === 0 || !Number.isFinite(g)) continue;
    c.total++;
    const v = Math.fround(g * scale);
    const fate = fp16Fate(v);
    if (fate === 'zero') c.underflow++;
    else if (fate === 'subnormal') c.subnormal++;
    else if (fate === 'inf') c.overflow++;
    const b = toBf16(v);
    if (b === 0) c.bf16Underflow++;
    else if (!Number.isFinite(b)) c.bf16Overflow++;
  }
  return c;
}

/** Spacing of fp16 values just below |w| (the ulp a small decrement of w has to beat). */
export function fp16UlpBelow(w: number): number {
  const a = Math.abs(toFp16(w));
  if (a === 0) return FP16_MIN_SUBNORMAL;
  // just below a power of two the spacing halves
  const e = Math.max(-14, floorLog2(a));
  const atPow2 = a === 2 ** e && e > -14;
  return 2 ** (e - 10 - (atPow2 ? 1 : 0));
}

/** One weight update w − u done in pure fp16 and with an fp32 master copy. */
export interface UpdateResult {
  w16: number;
  after16: number;
  after32: number;
  /** True when the fp16 update left the weight unchanged although u ≠ 0. */
  lost16: boolean;
  lost32: boolean;
}

/** w ← w − u with fp16 weights (both operands fp16, result rounded to fp16) and with fp32 weights. */
export function applyUpdate(w: number, u: number): UpdateResult {
  const w16 = toFp16(w);
  const after16 = toFp16(w16 - toFp16(u));
  const w32 = Math.fround(w);
  const after32 = Math.fround(w32 - Math.fround(u));
  return { w16, after16, after32, lost16: u !== 0 && after16 === w16, lost32: u !== 0 && after32 === w32 };
}

/** Share of updates lr·g that vanish with fp16 weights and with fp32 master weights. weights, grads: [n]. */
export function lostUpdates(weights: ArrayLike<number>, grads: ArrayLike<number>, lr: number): { lost16: number; lost32: number; n: number } {
  let l16 = 0;
  let l32 = 0;
  let n = 0;
  for (let i = 0; i < weights.length; i++) {
    const u = lr * grads[i];
    if (u === 0 || weights[i] === 0) continue;
    n++;
    const r = applyUpdate(weights[i], u);
    if (r.lost16) l16++;
    if (r.lost32) l32++;
  }
  return { lost16: n ? l16 / n : 0, lost32: n ? l32 / n : 0, n };
}

/** The same update applied `steps` times: the weight after each step, fp16-only and fp32-master. [steps+1] each. */
export function repeatUpdate(w: number, u: number, steps: number): { fp16: Float64Array; fp32: Float64Array } {
  const a = new Float64Array(steps + 1);
  const b = new Float64Array(steps + 1);
  let w16 = toFp16(w);
  let w32 = Math.fround(w);
  const u16 = toFp16(u);
  const u32v = Math.fround(u);
  a[0] = w16;
  b[0] = w32;
  for (let i = 1; i <= steps; i++) {
    w16 = toFp16(w16 - u16);
    w32 = Math.fround(w32 - u32v);
    a[i] = w16;
    b[i] = w32;
  }
  return { fp16: a, fp32: b };
}
