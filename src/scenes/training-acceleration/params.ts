import type { ParamSpec } from '../types';

/** Pipeline schedules the scene draws. */
export const SCHEDULES = ['gpipe', '1f1b'] as const;
export type ScheduleId = (typeof SCHEDULES)[number];

/** Typed params schema of question 5: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'n', type: 'int', default: 4, min: 2, max: 8, step: 1 },
  { key: 't', type: 'int', default: 0, min: 0, max: 14, step: 1 },
  { key: 'p', type: 'int', default: 4, min: 2, max: 8, step: 1 },
  { key: 'm', type: 'int', default: 8, min: 1, max: 16, step: 1 },
  { key: 'schedule', type: 'enum', default: 'gpipe', options: SCHEDULES },
  { key: 'scale', type: 'int', default: 0, min: 0, max: 40, step: 1 },
  { key: 'lr', type: 'int', default: -5, min: -7, max: -1, step: 1 },
  { key: 'straggler', type: 'float', default: 2, min: 1, max: 4, step: 0.1 },
  { key: 'seed', type: 'int', default: 42, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface AccelParams {
  [key: string]: string | number | boolean;
  /** GPUs / workers (data parallel, ring, async). */
  n: number;
  /** Ring all-reduce steps done (clamped to 2(n−1)). */
  t: number;
  /** Pipeline stages. */
  p: number;
  /** Micro-batches per batch. */
  m: number;
  schedule: ScheduleId;
  /** Loss scale exponent: S = 2^scale. */
  scale: number;
  /** Learning-rate exponent: lr = 10^lr. */
  lr: number;
  /** How many times slower the slowest worker is. */
  straggler: number;
  seed: number;
}
