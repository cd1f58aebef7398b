import type { ParamSpec } from '../types';

/** Default input: a question-and-answer line in the style of the tiny model's training text (32 tokens). */
export const DEFAULT_TEXT = '问：Transformer 的结构是怎样的？\n答：编码器和解码器都由多层注意力和前馈网络组成。';
/** Longest input the head view draws (tokens); longer text is cut with a notice. */
export const MAX_TOKENS = 40;

/** Typed params schema of question 7. */
export const params = [
  { key: 'text', type: 'text', default: DEFAULT_TEXT, maxLength: 80, rows: 2 },
  { key: 'variant', type: 'enum', default: 'encoder-decoder', options: ['encoder-decoder', 'decoder-only'] },
  { key: 'norm', type: 'enum', default: 'post', options: ['post', 'pre'] },
  { key: 'layer', type: 'int', default: 0, min: 0, max: 2, step: 1 },
  { key: 'head', type: 'int', default: 0, min: 0, max: 3, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface ArchParams {
  [key: string]: string | number | boolean;
  text: string;
  variant: 'encoder-decoder' | 'decoder-only';
  norm: 'post' | 'pre';
  layer: number;
  head: number;
}
