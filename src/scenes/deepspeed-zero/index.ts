import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 15: how DeepSpeed's ZeRO cuts per-GPU memory (memory arithmetic, no tfjs). */
export const manifest: SceneManifest = {
  id: 'deepspeed-zero',
  params,
  steps,
  readouts: READOUTS,
  usesTf: false,
  load: () => import('./module'),
};
