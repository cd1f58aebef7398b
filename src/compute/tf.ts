/**
 * Lazy start of the tfjs runtime. Nothing here imports tfjs statically: the first `ensureTf()` loads the
 * `tfjs` chunk (tfjs-core + the webgl and cpu backends), tries WebGL, then falls back to the CPU.
 */
export type TfModule = typeof import('@tensorflow/tfjs-core');
export type BackendName = 'webgl' | 'cpu';

export interface TfRuntime {
  tf: TfModule;
  backend: BackendName;
  /** Why WebGL was not used, when it was not. */
  fallbackReason: string | null;
}

type Listener = (s: { state: 'loading' | BackendName | 'error'; error?: string }) => void;
const listeners = new Set<Listener>();
let pending: Promise<TfRuntime> | null = null;
let last: Parameters<Listener>[0] | null = null;

function emit(s: Parameters<Listener>[0]): void {
  last = s;
  for (const l of listeners) l(s);
}

/** Subscribe to runtime status (loading → webgl | cpu | error). Calls back at once with the last status. */
export function onTfStatus(l: Listener): () => void {
  listeners.add(l);
  if (last) l(last);
  return () => listeners.delete(l);
}

/**
 * Choose a backend: the first of `order` that initialises. Returns the chosen name and the reason the
 * earlier ones failed. `setBackend` is tfjs's (injected for tests).
 */
export async function pickBackend(
  setBackend: (name: string) => Promise<boolean>,
  order: readonly BackendName[],
): Promise<{ backend: BackendName; fallbackReason: string | null }> {
  const reasons: string[] = [];
  for (const name of order) {
    try {
      if (await setBackend(name)) return { backend: name, fallbackReason: reasons.length ? reasons.join('; ') : null };
      reasons.push(`${name}: not available`);
    } catch (e) {
      reasons.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(`no tfjs backend could start (${reasons.join('; ')})`);
}

/** Start tfjs once (WebGL first, then CPU) and return it. Safe to call from every scene. */
export function ensureTf(): Promise<TfRuntime> {
  if (!pending) {
    emit({ state: 'loading' });
    pending = import('./tfRuntime')
      .then(async ({ tf }) => {
        // Shape-agnostic WebGL programs: a slider that changes a tensor's shape must not recompile shaders.
        tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
        const order: BackendName[] = tf.getBackend() === 'cpu' ? ['cpu'] : ['webgl', 'cpu'];
        const { backend, fallbackReason } = await pickBackend((n) => tf.setBackend(n), order);
        await tf.ready();
        tf.enableProdMode();
        (globalThis as { __tfNumTensors?: () => number }).__tfNumTensors = () => tf.memory().numTensors;
        emit({ state: backend });
        return { tf, backend, fallbackReason };
      })
      .catch((e: unknown) => {
        const msg = e instanceof Error ? e.message : String(e);
        emit({ state: 'error', error: msg });
        pending = null;
        throw e;
      });
  }
  return pending;
}
