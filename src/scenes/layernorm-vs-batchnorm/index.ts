import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 3: which norm the Transformer uses, LayerNorm vs BatchNorm. */
export const manifest: SceneManifest = {
  id: 'layernorm-vs-batchnorm',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
