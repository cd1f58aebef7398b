/**
 * Loads the tiny transformer once per page and runs one forward pass per input (cached by token ids),
 * plus the recomputed multi-head attention of every layer. Changing layer, head or step reads the cache.
 */
import type { ForwardInternals, TinyModel } from '../../../model/types';
import { attnWeights, multiHeadTrace, type MhaTrace } from './mha';

/** Everything the scene draws for one input. */
export interface LiveResult {
  ids: number[];
  internals: ForwardInternals;
  /** [T][V] logits of the last position only. */
  lastLogits: Float32Array;
  /** One recomputed trace per layer. */
  traces: MhaTrace[];
}

let loading: Promise<TinyModel> | null = null;
const results = new Map<string, Promise<LiveResult>>();

/** The model (first call loads it). A failed load can be retried. */
export function getModel(): Promise<TinyModel> {
  if (!loading) {
    loading = import('../../../model').then((m) => m.loadTinyModel());
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Forward pass with internals and the per-layer traces for `ids` (cached; at most 8 inputs kept). */
export function analyse(model: TinyModel, ids: number[]): Promise<LiveResult> {
  const key = ids.join(',');
  let r = results.get(key);
  if (!r) {
    r = (async () => {
      const { tf } = await (await import('../../../compute/tf')).ensureTf();
      const f = await model.forward(ids, { internals: true });
      const internals = f.internals!;
      const c = model.config;
      const traces = Array.from({ length: c.nLayers }, (_, l) =>
        multiHeadTrace(tf, l === 0 ? internals.hidden.embed : internals.hidden.afterFfn[l - 1], attnWeights((n) => model.weight(n), l), c.nHeads, c.layerNormEps),
      );
      return { ids, internals, lastLogits: f.logits[f.logits.length - 1], traces };
    })();
    results.set(key, r);
    r.catch(() => results.delete(key));
    if (results.size > 8) results.delete(results.keys().next().value as string);
  }
  return r;
}
