import type { StepSpec } from '../types';

/** The story of question 4, in order. */
export const steps = [
  { id: 'picture', preset: { r: 2 } },
  { id: 'delta', preset: { r: 4 } },
  { id: 'spectrum' },
  { id: 'energy' },
  { id: 'budget' },
  { id: 'paper', preset: { r: 4 } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
