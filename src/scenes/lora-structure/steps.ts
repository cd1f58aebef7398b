import type { StepSpec } from '../types';

/** The story of question 18, in order. */
export const steps = [
  { id: 'decompose' },
  { id: 'init' },
  { id: 'outer-products' },
  { id: 'merge' },
  { id: 'forward' },
  { id: 'placement' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
