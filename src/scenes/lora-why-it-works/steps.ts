import type { StepSpec } from '../types';

/** The story of question 19, in order. Presets are applied when the user moves onto a step. */
export const steps = [
  { id: 'setup' },
  { id: 'race', preset: { steps: 5 } },
  { id: 'rank' },
  { id: 'frozen' },
  { id: 'merge' },
  { id: 'why' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
