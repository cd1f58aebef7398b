import type { ParamSpec } from '../types';
import { LORA_TARGETS } from './model/counts';
import { TASKS, type TaskId } from './model/task';

/** Most training steps a URL may ask for (the lab trains up to `steps` on load). */
export const MAX_STEPS = 40;

/** Typed params schema of question 19. `steps` = training steps run (play advances it). */
export const params = [
  { key: 'steps', type: 'int', default: 1, min: 0, max: MAX_STEPS, step: 1 },
  { key: 'task', type: 'enum', default: 'map', options: TASKS },
  { key: 'lr', type: 'float', default: 0.01, min: 0.0003, max: 0.1, step: 0.0001, scale: 'log' },
  { key: 'lrFull', type: 'float', default: 0.001, min: 0.00003, max: 0.01, step: 0.00001, scale: 'log' },
  { key: 'alpha', type: 'int', default: 8, min: 1, max: 64, step: 1 },
  { key: 'targets', type: 'set', default: 'q,v', options: LORA_TARGETS, min: 1 },
  { key: 'seed', type: 'int', default: 1, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface WhyParams {
  [key: string]: string | number | boolean;
  steps: number;
  task: TaskId;
  lr: number;
  lrFull: number;
  alpha: number;
  targets: string;
  seed: number;
}
