import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 18: LoRA's structure (W0 + (α/r)·BA) and where it goes in a transformer. */
export const manifest: SceneManifest = {
  id: 'lora-structure',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
