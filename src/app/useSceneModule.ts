import { useCallback, useEffect, useState } from 'react';
import type { SceneManifest, SceneModule } from '../scenes/types';

const cache = new Map<string, SceneModule>();

/** Load a scene's lazy chunk (cached). Gives the module, a load error, and a retry. */
export function useSceneModule(manifest: SceneManifest): { module: SceneModule | null; error: Error | null; retry: () => void } {
  const [state, setState] = useState<{ id: string; module: SceneModule | null; error: Error | null }>(() => ({
    id: manifest.id,
    module: cache.get(manifest.id) ?? null,
    error: null,
  }));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const hit = cache.get(manifest.id);
    if (hit) {
      setState({ id: manifest.id, module: hit, error: null });
      return;
    }
    setState({ id: manifest.id, module: null, error: null });
    manifest
      .load()
      .then((m) => {
        cache.set(manifest.id, m);
        if (live) setState({ id: manifest.id, module: m, error: null });
      })
      .catch((e: unknown) => {
        if (live) setState({ id: manifest.id, module: null, error: e instanceof Error ? e : new Error(String(e)) });
      });
    return () => {
      live = false;
    };
  }, [manifest, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const same = state.id === manifest.id;
  return { module: same ? state.module : null, error: same ? state.error : null, retry };
}
