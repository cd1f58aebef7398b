import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 19: why LoRA works — a live training race of LoRA ranks 1–8 against full fine-tuning. */
export const manifest: SceneManifest = {
  id: 'lora-why-it-works',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
