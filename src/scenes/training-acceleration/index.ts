import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 5: training-acceleration frameworks — parallelism, ring all-reduce, pipelines, mixed precision, async updates. */
export const manifest: SceneManifest = {
  id: 'training-acceleration',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
