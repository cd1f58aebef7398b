import type { StepSpec } from '../types';

/** The story of question 17, in order. Presets apply when the user steps onto a step. */
export const steps = [
  { id: 'full-ft', preset: { model: 'llama-7b' } },
  { id: 'optimizer', preset: { model: 'llama-7b' } },
  { id: 'lora-freeze', preset: { model: 'llama-7b' } },
  { id: 'checkpoint', preset: { model: 'gpt3-175b', r: 4, targets: 'q,v', wbits: '16', opt: 'adamw' } },
  { id: 'qlora', preset: { model: 'llama-65b', gpu: '48', seq: 512, batch: 1, ckpt: true } },
  { id: 'activations', preset: { model: 'llama-7b', seq: 2048, batch: 4, ckpt: false, flash: false } },
  { id: 'tradeoffs' },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
