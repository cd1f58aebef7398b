import type { ParamSpec } from '../types';

/** Data-parallel degrees offered (powers of two, as in the paper's Table 1). */
export const ND_OPTIONS = ['1', '2', '4', '8', '16', '32', '64', '128', '256', '512', '1024'] as const;
/** ZeRO stages: 0 = plain DP, 1 = P_os, 2 = P_os+g, 3 = P_os+g+p. */
export const STAGE_OPTIONS = ['0', '1', '2', '3'] as const;
/** GPU memory sizes in GB (V100 32 GB is the paper's; 40/80 GB are A100 sizes). */
export const GPU_OPTIONS = ['16', '24', '32', '40', '80'] as const;

/** Typed params schema of question 15: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'psi', type: 'float', default: 7.5, min: 0.1, max: 1000, step: 0.01, scale: 'log' },
  { key: 'nd', type: 'enum', default: '64', options: ND_OPTIONS },
  { key: 'stage', type: 'enum', default: '0', options: STAGE_OPTIONS },
  { key: 'k', type: 'int', default: 12, min: 2, max: 24, step: 1 },
  { key: 'gpu', type: 'enum', default: '32', options: GPU_OPTIONS },
  { key: 'offload', type: 'bool', default: false },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface ZeroParams {
  [key: string]: string | number | boolean;
  /** Model size Ψ in billions of parameters. */
  psi: number;
  nd: (typeof ND_OPTIONS)[number];
  stage: (typeof STAGE_OPTIONS)[number];
  /** Optimizer-state bytes per parameter (K). */
  k: number;
  gpu: (typeof GPU_OPTIONS)[number];
  offload: boolean;
}
