import type { StepSpec } from '../types';

/** The story of question 16, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'race' },
  { id: 'adam-update', preset: { t: 1 } },
  { id: 'l2-coupled', preset: { t: 40 } },
  { id: 'decoupled', preset: { t: 40 } },
  { id: 'lambda-zero', preset: { wd: 0 } },
  { id: 'sgd-equivalent', preset: { beta1: 0.9 } },
  { id: 'torch-lr', preset: { lr: 0.1 } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
