import type { ParamSpec } from '../types';
import { MODEL_IDS, parseTargets, TARGETS, type ModelId, type Target } from './model/presets';

/** Typed params schema of question 18. `targets` is a set param: URL `targets=q,v`. */
export const params = [
  { key: 'model', type: 'enum', default: 'llama-7b', options: MODEL_IDS },
  { key: 'r', type: 'int', default: 8, min: 1, max: 64, step: 1 },
  { key: 'alpha', type: 'int', default: 16, min: 1, max: 64, step: 1 },
  { key: 'targets', type: 'set', default: 'q,v', options: TARGETS },
  { key: 'd', type: 'int', default: 32, min: 2, max: 64, step: 1 },
  { key: 'k', type: 'int', default: 48, min: 2, max: 64, step: 1 },
  { key: 'seed', type: 'int', default: 7, min: 0, max: 9999, step: 1 },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface LoraParams {
  [key: string]: string | number | boolean;
  model: ModelId;
  r: number;
  alpha: number;
  /** Comma list of targets in option order, e.g. "q,v". */
  targets: string;
  d: number;
  k: number;
  seed: number;
}

/** The targets switched on in `p`. */
export function targetsOf(p: Pick<LoraParams, 'targets'>): Set<Target> {
  return parseTargets(p.targets);
}

/** `targets` with t switched, in option order (the set param's canonical form). */
export function toggleTarget(list: string, t: Target): string {
  const on = parseTargets(list);
  if (on.has(t)) on.delete(t);
  else on.add(t);
  return TARGETS.filter((x) => on.has(x)).join(',');
}
