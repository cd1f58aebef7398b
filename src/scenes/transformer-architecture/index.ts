import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 7: the structure of the Transformer, with live attention heads of the tiny model. */
export const manifest: SceneManifest = {
  id: 'transformer-architecture',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
