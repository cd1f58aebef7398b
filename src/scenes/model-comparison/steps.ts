import type { StepSpec } from '../types';

/** The story of question 8, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'overview' },
  { id: 'param-count', preset: { model: 'baichuan-7b', dim: 'params' } },
  { id: 'dimensions', preset: { dim: 'layers' } },
  { id: 'design', preset: { model: 'chatglm-6b' } },
  { id: 'vocab', preset: { dim: 'vocab', model: 'qwen-7b' } },
  { id: 'tokenizers', preset: { dim: 'vocab' } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
