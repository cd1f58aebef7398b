import type { StepSpec } from '../types';

/** The story of question 15, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'replicated', preset: { stage: '0', offload: false } },
  { id: 'zero1', preset: { stage: '1', offload: false } },
  { id: 'zero2', preset: { stage: '2', offload: false } },
  { id: 'zero3', preset: { stage: '3', offload: false } },
  { id: 'z3-forward', preset: { stage: '3' } },
  { id: 'z3-backward', preset: { stage: '3' } },
  { id: 'z3-update', preset: { stage: '3' } },
  { id: 'offload', preset: { stage: '2', offload: true } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];

