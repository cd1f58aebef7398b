import type { StepSpec } from '../types';

/** The story of question 10, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'bert-mlm', preset: { model: 'bert' } },
  { id: 'bert-attention', preset: { model: 'bert' } },
  { id: 'gpt-clm', preset: { model: 'gpt' } },
  { id: 'bart-noise', preset: { model: 'bart', noise: 'infill' } },
  { id: 'bart-seq2seq', preset: { model: 'bart' } },
  { id: 'tasks' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
