import type { ParamSpec } from '../types';

/** Typed params schema of question 9. */
export const params = [
  { key: 'n', type: 'int', default: 32, min: 2, max: 64, step: 1 },
  { key: 'prefix', type: 'int', default: 8, min: 0, max: 64, step: 1 },
  { key: 'dHead', type: 'int', default: 2, min: 1, max: 64, step: 1 },
  { key: 't', type: 'int', default: 12, min: 1, max: 64, step: 1 },
  { key: 'seed', type: 'int', default: 7, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface WhyDecoderParams {
  [key: string]: string | number | boolean;
  /** Sequence length n. */
  n: number;
  /** Prefix (source) length p, used as min(p, n). */
  prefix: number;
  /** Head dimension d of the random Q, K. */
  dHead: number;
  /** Generation step shown for the KV cache: the t-th token (used as min(t, n)). */
  t: number;
  seed: number;
}
