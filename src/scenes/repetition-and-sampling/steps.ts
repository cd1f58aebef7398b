import type { StepSpec } from '../types';
import { DEFAULT_PROMPT, VAGUE_PROMPT } from './params';

const OFF = { topK: 0, topP: 1, minP: 0, repetitionPenalty: 1, presencePenalty: 0, frequencyPenalty: 0, noRepeatNgram: 0 };

/** The story of question 6, in order: the pipeline, the causes of repetition, then the fixes. */
export const steps = [
  { id: 'pipeline' },
  { id: 'greedy-loop', preset: { ...OFF, temperature: 0 } },
  { id: 'self-reinforcement', preset: { ...OFF, temperature: 0 } },
  { id: 'temperature', preset: { ...OFF, temperature: 0.3 } },
  { id: 'vague-prompt', preset: { ...OFF, temperature: 0.8, prompt: VAGUE_PROMPT } },
  { id: 'truncation', preset: { ...OFF, temperature: 1, topK: 40, topP: 0.9, minP: 0.05, prompt: DEFAULT_PROMPT } },
  { id: 'penalties', preset: { ...OFF, temperature: 0, repetitionPenalty: 1.3, noRepeatNgram: 3 } },
] as const satisfies readonly StepSpec[];

export type StepId = (typeof steps)[number]['id'];
