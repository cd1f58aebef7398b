import type { StepSpec } from '../types';

/** The story of question 9, in order. */
export const steps = [
  { id: 'masks' },
  { id: 'training-signal' },
  { id: 'kv-cache' },
  { id: 'rank' },
  { id: 'rank-sweep' },
  { id: 'reasons' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
