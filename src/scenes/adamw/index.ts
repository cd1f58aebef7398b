import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 16: AdamW vs Adam with L2 — optimizers racing on a 2-D loss landscape. */
export const manifest: SceneManifest = {
  id: 'adamw',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
