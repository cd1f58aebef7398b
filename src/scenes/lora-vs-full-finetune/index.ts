import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 17: LoRA vs full fine-tuning — training memory, checkpoints and trade-offs (arithmetic, no tfjs). */
export const manifest: SceneManifest = {
  id: 'lora-vs-full-finetune',
  params,
  steps,
  readouts: READOUTS,
  usesTf: false,
  load: () => import('./module'),
};
