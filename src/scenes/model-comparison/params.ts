import type { ParamSpec } from '../types';
import { DIMENSIONS, MODEL_IDS } from './model/architectures';

/** Default text for the tokenizers: Chinese, with a few Latin names mixed in, as interview prompts are. */
export const DEFAULT_TEXT = '大模型面试题：Qwen、ChatGLM、LLaMA和百川的架构有什么区别？为什么中文分词效率差这么多？';

/** Typed params schema of question 8: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'text', type: 'text', default: DEFAULT_TEXT, maxLength: 160, rows: 2 },
  { key: 'model', type: 'enum', default: 'baichuan-7b', options: MODEL_IDS },
  { key: 'dim', type: 'enum', default: 'params', options: DIMENSIONS },
  { key: 'tiedHead', type: 'bool', default: false },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface ComparisonParams {
  [key: string]: string | number | boolean;
  text: string;
  model: (typeof MODEL_IDS)[number];
  dim: (typeof DIMENSIONS)[number];
  /** Count ChatGLM-6B's lm_head as a second V×h matrix (the official 6.2B counts it once). */
  tiedHead: boolean;
}
