import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/**
 * Question 4: why a low-rank update (LoRA) is enough for fine-tuning — the spectrum of a real full
 * fine-tuning update of the project's tiny transformer against a random matrix. Plain-JS SVD
 * (src/compute/svd.ts), weights parsed without tfjs, so the scene never starts tfjs.
 */
export const manifest: SceneManifest = {
  id: 'lora-low-rank-why',
  params,
  steps,
  readouts: READOUTS,
  usesTf: false,
  load: () => import('./module'),
};
