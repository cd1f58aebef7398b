import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 6: why LLMs repeat themselves, and what temperature, top-k, top-p and penalties do. */
export const manifest: SceneManifest = {
  id: 'repetition-and-sampling',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
