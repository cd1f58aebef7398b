import type { ParamSpec } from '../types';

/** Normalisation modes the scene compares. */
export const NORM_MODES = ['bn', 'ln', 'rms', 'in'] as const;
export type NormMode = (typeof NORM_MODES)[number];

/** Typed params schema of question 3: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'mode', type: 'enum', default: 'bn', options: NORM_MODES },
  { key: 'B', type: 'int', default: 8, min: 1, max: 32, step: 1 },
  { key: 'T', type: 'int', default: 8, min: 2, max: 32, step: 1 },
  { key: 'C', type: 'int', default: 12, min: 2, max: 32, step: 1 },
  { key: 'pad', type: 'float', default: 0, min: 0, max: 0.8, step: 0.05 },
  { key: 'outlier', type: 'float', default: 1, min: 1, max: 20, step: 0.5 },
  { key: 'phase', type: 'enum', default: 'train', options: ['train', 'eval'] },
  { key: 'layers', type: 'int', default: 24, min: 2, max: 96, step: 1 },
  { key: 'seed', type: 'int', default: 7, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface LnBnParams {
  [key: string]: string | number | boolean;
  mode: NormMode;
  B: number;
  T: number;
  C: number;
  pad: number;
  outlier: number;
  phase: 'train' | 'eval';
  layers: number;
  seed: number;
}
