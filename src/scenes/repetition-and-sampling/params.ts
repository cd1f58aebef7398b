import type { ParamSpec } from '../types';
import type { SamplingSettings } from './model/pipeline';

/** The default prompt: a concrete question in the style of the model's training text. */
export const DEFAULT_PROMPT = '问：大模型为什么会复读？\n答：';
/** The vague prompt the vague-prompt step switches to. */
export const VAGUE_PROMPT = '其次，';

/** Typed params schema of question 6: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'prompt', type: 'text', default: DEFAULT_PROMPT, maxLength: 120, rows: 2 },
  { key: 'temperature', type: 'float', default: 0.8, min: 0, max: 2, step: 0.05 },
  { key: 'topK', type: 'int', default: 0, min: 0, max: 100, step: 1 },
  { key: 'topP', type: 'float', default: 1, min: 0.05, max: 1, step: 0.05 },
  { key: 'minP', type: 'float', default: 0, min: 0, max: 0.5, step: 0.01 },
  { key: 'repetitionPenalty', type: 'float', default: 1, min: 0.8, max: 2, step: 0.05 },
  { key: 'presencePenalty', type: 'float', default: 0, min: -1, max: 2, step: 0.1 },
  { key: 'frequencyPenalty', type: 'float', default: 0, min: -1, max: 2, step: 0.1 },
  { key: 'noRepeatNgram', type: 'int', default: 0, min: 0, max: 6, step: 1 },
  { key: 'maxNew', type: 'int', default: 32, min: 1, max: 96, step: 1 },
  { key: 'seed', type: 'int', default: 1, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface SamplingParams {
  [key: string]: string | number | boolean;
  prompt: string;
  temperature: number;
  topK: number;
  topP: number;
  minP: number;
  repetitionPenalty: number;
  presencePenalty: number;
  frequencyPenalty: number;
  noRepeatNgram: number;
  maxNew: number;
  seed: number;
}

/** The sampling settings inside the params. */
export function settingsOf(p: SamplingParams): SamplingSettings {
  return {
    temperature: p.temperature,
    topK: p.topK,
    topP: p.topP,
    minP: p.minP,
    repetitionPenalty: p.repetitionPenalty,
    presencePenalty: p.presencePenalty,
    frequencyPenalty: p.frequencyPenalty,
    noRepeatNgram: p.noRepeatNgram,
  };
}
