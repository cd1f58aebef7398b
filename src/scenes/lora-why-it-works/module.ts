import type { SceneModule } from '../types';
import { en } from './copy/en';
import { zh } from './copy/zh';
import { Scene } from './Scene';

/** The lazy chunk of question 19: component and words. */
const mod: SceneModule = { Scene, copy: { zh, en } };
export const { copy } = mod;
export { Scene };
