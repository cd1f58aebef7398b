import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 8: Qwen-7B, ChatGLM-6B, LLaMA-7B and Baichuan-7B compared (parameter arithmetic + real tokenizers, no tfjs). */
export const manifest: SceneManifest = {
  id: 'model-comparison',
  params,
  steps,
  readouts: READOUTS,
  usesTf: false,
  load: () => import('./module'),
};
