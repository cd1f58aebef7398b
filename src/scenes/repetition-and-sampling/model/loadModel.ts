/**
 * The tiny transformer for this scene, loaded once per page through a dynamic import (the model
 * runtime and tfjs stay out of the app shell's chunk), with one logits cache per loaded model.
 */
import type { TinyModel } from '../../../model/types';
import { LogitsCache } from './generator';

let loading: Promise<{ model: TinyModel; cache: LogitsCache }> | null = null;

/** Loads the model (first call) and returns it with its logits cache. A failed load can be retried. */
export function getModel(): Promise<{ model: TinyModel; cache: LogitsCache }> {
  if (!loading) {
    loading = import('../../../model')
      .then((m) => m.loadTinyModel())
      .then((model) => ({ model, cache: new LogitsCache(model) }));
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
