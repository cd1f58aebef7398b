import type { StepSpec } from '../types';

/** The story of question 5, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'parallelism' },
  { id: 'ring', preset: { t: 3 } },
  { id: 'ring-vs-ps' },
  { id: 'pipeline' },
  { id: 'mixed-precision' },
  { id: 'master-weights' },
  { id: 'async' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
