import type { SceneManifest } from '../types';
import { params } from './params';
import { READOUTS } from './readouts';
import { steps } from './steps';

/** Question 10: BERT vs GPT vs BART — three pre-training objectives on one sentence (discrete logic, no tfjs). */
export const manifest: SceneManifest = {
  id: 'bert-gpt-bart',
  params,
  steps,
  readouts: READOUTS,
  usesTf: false,
  load: () => import('./module'),
};
