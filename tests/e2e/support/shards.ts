import { builtScenes } from '../../../src/app/registry';
import type { SceneManifest } from '../../../src/scenes/types';

import { SHARDS } from './chromium';

export { SHARDS };

/**
 * Which scenes share a file, in order: the files run side by side, each with its own Chromium
 * (see global-setup.ts), so the plan balances their measured run times (about 500 s of tests each
 * on this machine) and starts the three heaviest WebGL scenes (questions 16, 19 and 6) at different
 * times in different files. Scenes not listed here are dealt
 * round-robin after the plan.
 */
const PLAN: readonly (readonly string[])[] = [
  ['adamw', 'lora-structure', 'lora-vs-full-finetune', 'bert-gpt-bart'],
  ['layernorm-vs-batchnorm', 'lora-why-it-works', 'training-acceleration', 'lora-low-rank-why'],
  ['deepspeed-zero', 'transformer-architecture', 'model-comparison', 'repetition-and-sampling', 'why-decoder-only'],
];

/**
 * The built scenes of shard `i`, limited to `E2E_SCENES=id,id` when that is set (for working on
 * one scene; CI runs all).
 */
export function scenesOfShard(i: number): readonly SceneManifest[] {
  const only = (process.env.E2E_SCENES ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const chosen = only.length ? builtScenes.filter((m) => only.includes(m.id)) : builtScenes;
  const planned = new Set(PLAN.flat());
  const rest = chosen.filter((m) => !planned.has(m.id));
  const byId = new Map(chosen.map((m) => [m.id, m] as const));
  const mine = (PLAN[i] ?? []).map((id) => byId.get(id)).filter((m): m is SceneManifest => !!m);
  return [...mine, ...rest.filter((_, k) => k % SHARDS === i)];
}
