import type { ParamSpec } from '../types';

/** The three pre-training set-ups the figure can show. */
export const MODEL_OPTIONS = ['bert', 'gpt', 'bart'] as const;
/** BART's five noising functions (Lewis et al. 2019 §2.2). */
export const NOISE_OPTIONS = ['mask', 'delete', 'infill', 'permute', 'rotate'] as const;

/** Typed params schema of question 10: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'text', type: 'text', default: 'The cat sat on the mat. It was very happy. Then it slept!', maxLength: 160, rows: 2 },
  { key: 'model', type: 'enum', default: 'bert', options: MODEL_OPTIONS },
  { key: 'noise', type: 'enum', default: 'infill', options: NOISE_OPTIONS },
  { key: 'rate', type: 'float', default: 0.15, min: 0.05, max: 0.5, step: 0.01 },
  { key: 'pick', type: 'int', default: -1, min: -1, max: 27, step: 1 },
  { key: 'seed', type: 'int', default: 7, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface BgbParams {
  [key: string]: string | number | boolean;
  text: string;
  model: (typeof MODEL_OPTIONS)[number];
  noise: (typeof NOISE_OPTIONS)[number];
  /** Share of tokens chosen (BERT) / masked, deleted or infilled (BART). */
  rate: number;
  /** A token position the user toggled in or out of BERT's chosen set (−1: none). */
  pick: number;
  seed: number;
}
