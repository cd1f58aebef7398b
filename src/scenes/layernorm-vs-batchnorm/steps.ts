import type { StepSpec } from '../types';

/** The story of question 3, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'tensor' },
  { id: 'batchnorm', preset: { mode: 'bn', phase: 'train', pad: 0 } },
  { id: 'layernorm', preset: { mode: 'ln' } },
  { id: 'small-batch', preset: { mode: 'bn', phase: 'train' } },
  { id: 'padding', preset: { mode: 'bn', phase: 'train', pad: 0.4 } },
  { id: 'train-vs-inference', preset: { mode: 'bn', phase: 'eval', pad: 0 } },
  { id: 'rmsnorm', preset: { mode: 'rms', phase: 'train' } },
  { id: 'placement', preset: { mode: 'ln' } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
