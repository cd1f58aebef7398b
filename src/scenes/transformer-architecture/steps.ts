import type { StepSpec } from '../types';

/** The story of question 7: the original picture, then one input through the tiny decoder-only stack. */
export const steps = [
  { id: 'overview', preset: { variant: 'encoder-decoder', norm: 'post' } },
  { id: 'embedding', preset: { variant: 'decoder-only', norm: 'pre' } },
  { id: 'attention', preset: { variant: 'decoder-only', norm: 'pre' } },
  { id: 'multi-head', preset: { variant: 'decoder-only', norm: 'pre' } },
  { id: 'cross-attention', preset: { variant: 'encoder-decoder', norm: 'post' } },
  { id: 'norm-placement', preset: { variant: 'decoder-only' } },
  { id: 'output', preset: { variant: 'decoder-only', norm: 'pre' } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
