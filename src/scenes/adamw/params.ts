import type { ParamSpec } from '../types';
import { LANDSCAPES, type Landscape } from './model/landscapeIds';

/** Typed params schema of question 16: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'lr', type: 'float', default: 0.05, min: 0.001, max: 0.5, step: 0.0001, scale: 'log' },
  { key: 'wd', type: 'float', default: 0.3, min: 0, max: 1, step: 0.01 },
  { key: 'beta1', type: 'float', default: 0.9, min: 0, max: 0.99, step: 0.01 },
  { key: 'beta2', type: 'float', default: 0.999, min: 0.8, max: 0.999, step: 0.001 },
  { key: 'logEps', type: 'float', default: -8, min: -10, max: 0, step: 0.1 },
  { key: 'steps', type: 'int', default: 200, min: 1, max: 500, step: 1 },
  { key: 't', type: 'int', default: 20, min: 1, max: 500, step: 1 },
  { key: 'land', type: 'enum', default: 'valley', options: LANDSCAPES },
  { key: 'x0', type: 'float', default: -2, min: -3, max: 3, step: 0.05 },
  { key: 'y0', type: 'float', default: 2.5, min: -3, max: 3, step: 0.05 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface AdamwParams {
  [key: string]: string | number | boolean;
  lr: number;
  wd: number;
  beta1: number;
  beta2: number;
  /** log₁₀ ε (the URL codec and the sliders work in fixed decimals, so ε is carried as its exponent). */
  logEps: number;
  steps: number;
  t: number;
  land: Landscape;
  x0: number;
  y0: number;
}
