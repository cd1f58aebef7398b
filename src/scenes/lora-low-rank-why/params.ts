import type { ParamSpec } from '../types';
import { MATRICES, type MatrixId } from './model/delta';

/** Typed params schema of question 4. */
export const params = [
  { key: 'r', type: 'int', default: 4, min: 1, max: 64, step: 1 },
  { key: 'layer', type: 'int', default: 1, min: 0, max: 2, step: 1 },
  { key: 'matrix', type: 'enum', default: 'q', options: MATRICES },
  { key: 'seed', type: 'int', default: 7, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface LowRankParams {
  [key: string]: string | number | boolean;
  /** Rank of the truncation (clamped to min(rows, cols) of what is shown). */
  r: number;
  layer: number;
  matrix: MatrixId;
  /** Seeds the random baseline matrix and the picture. */
  seed: number;
}
