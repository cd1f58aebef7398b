import { builtScenes } from '../../../src/app/registry';
import type { SceneManifest } from '../../../src/scenes/types';

/** Number of scene test files (`scenes-<i>.e2e.ts`); vitest runs two files at a time. */
export const SHARDS = 2;

/**
 * The built scenes of shard `i` (every SHARDS-th scene in registry order), limited to
 * `E2E_SCENES=id,id` when that is set (for working on one scene; CI runs all).
 */
export function scenesOfShard(i: number): readonly SceneManifest[] {
  const only = (process.env.E2E_SCENES ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const chosen = only.length ? builtScenes.filter((m) => only.includes(m.id)) : builtScenes;
  return chosen.filter((_, k) => k % SHARDS === i);
}
