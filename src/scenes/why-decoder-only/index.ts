import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/**
 * Question 9: why most large models are decoder-only — attention masks, training signal, KV cache, and
 * the (hypothetical) rank argument computed live (tfjs masked softmax, plain-JS SVD).
 */
export const manifest: SceneManifest = {
  id: 'why-decoder-only',
  params,
  steps,
  readouts: READOUTS,
  load: () => import('./module'),
};
