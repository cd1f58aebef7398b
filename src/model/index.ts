/**
 * The tiny transformer (issue 3). Import this module dynamically from a scene
 * (`const { loadTinyModel } = await import('../../model')`); it loads tfjs through `ensureTf()`.
 */
import { ensureTf } from '../compute/tf';
import { createTinyModel } from './runtime';
import type { TinyModel } from './types';

export type * from './types';
export { BpeTokenizer } from './tokenizer';

/** Default location of the weights, relative to the page (works with Vite `base: './'` and hash routes). */
export const DEFAULT_MODEL_URL = 'model/tiny-transformer.bin';

/** Parse weights already in memory (Node tests, or a file the user picked). */
export async function loadTinyModelFromBuffer(buf: ArrayBuffer | Uint8Array): Promise<TinyModel> {
  const { tf } = await ensureTf();
  return createTinyModel(tf, buf);
}

const cache = new Map<string, Promise<ArrayBuffer>>();

/**
 * Fetch and load the weights. The file's bytes are cached per URL, so several scenes (or a remount)
 * fetch once; each call returns its own model, which the caller must `dispose()`.
 */
export async function loadTinyModel(url: string = DEFAULT_MODEL_URL): Promise<TinyModel> {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  const href = base ? new URL(url, base).href : url;
  let bytes = cache.get(href);
  if (!bytes) {
    bytes = fetch(href).then(async (res) => {
      if (!res.ok) throw new Error(`tiny-transformer weights: could not load ${url} (HTTP ${res.status})`);
      return res.arrayBuffer();
    });
    cache.set(href, bytes);
    bytes.catch(() => cache.delete(href));
  }
  let buf: ArrayBuffer;
  try {
    buf = await bytes;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('tiny-transformer')) throw e;
    throw new Error(`tiny-transformer weights: could not load ${url} (${e instanceof Error ? e.message : String(e)})`);
  }
  return loadTinyModelFromBuffer(buf);
}
