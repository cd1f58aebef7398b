import type { SceneManifest } from '../types';
import { params } from './params';
import { steps } from './steps';

/** Question 3: which norm the Transformer uses, LayerNorm vs BatchNorm. */
export const manifest: SceneManifest = {
  id: 'layernorm-vs-batchnorm',
  params,
  steps,
  readouts: [
    'groups',
    'group-size',
    'focus-mean',
    'focus-var',
    'out-mean',
    'out-std',
    'batch-mean-spread',
    'pad-shift',
    'outlier-effect',
    'train-eval-gap',
    'depth-ratio',
  ],
  load: () => import('./module'),
};
