import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from './copy/en';
import { zh } from './copy/zh';
import { params, type WhyDecoderParams } from './params';
import { READOUTS } from './readouts';
import { Scene } from './Scene';
import { steps } from './steps';

vi.mock('../../compute/tf', () => ({ ensureTf: async () => ({ tf, backend: 'cpu', fallbackReason: null }) }));
const defaults = Object.fromEntries(params.map((p) => [p.key, p.default])) as WhyDecoderParams;

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function renderScene(p: Partial<WhyDecoderParams>, stepId: string, embed = false, lang: 'zh' | 'en' = 'en') {
  const onReady = vi.fn();
  const onError = vi.fn();
  const onPending = vi.fn();
  const r = render(
    <Scene
      params={{ ...defaults, ...p } as WhyDecoderParams}
      stepId={stepId as never}
      stepIndex={0}
      lang={lang}
      copy={(lang === 'zh' ? zh : en) as never}
      embed={embed}
      reducedMotion
      setParams={() => {}}
      onReady={onReady}
      onError={onError}
      onPending={onPending}
    />,
  );
  return { ...r, onReady, onError, onPending };
}
const readout = (c: HTMLElement, k: string) => c.querySelector(`[data-readout="${k}"]`)?.textContent ?? null;

afterEach(cleanup);

describe('why-decoder-only Scene', () => {
  for (const s of steps) {
    it(`step ${s.id}: draws, calls onReady, shows every readout, pending ends false`, async () => {
      const { container, onReady, onError, onPending } = renderScene({}, s.id, false, s.id === 'reasons' ? 'zh' : 'en');
      await waitFor(() => expect(onReady).toHaveBeenCalled(), { timeout: 5000 });
      expect(onError).not.toHaveBeenCalled();
      for (const k of READOUTS) expect(readout(container, k), k).not.toBeNull();
      await waitFor(() => expect(onPending).toHaveBeenLastCalledWith(false));
    });
  }
  it('readouts follow n, prefix and t; p and t are clamped to n', async () => {
    const a = renderScene({ n: 16, prefix: 40, t: 50 }, 'kv-cache');
    await waitFor(() => expect(a.onReady).toHaveBeenCalled(), { timeout: 5000 });
    expect(readout(a.container, 'pairs-bi')).toBe('256');
    expect(readout(a.container, 'pairs-causal')).toBe('136');
    expect(readout(a.container, 'pairs-prefix')).toBe('256');
    expect(readout(a.container, 'targets-clm')).toBe('15 / 16');
    expect(readout(a.container, 'targets-mlm')).toBe('2 / 16');
    expect(readout(a.container, 'kv-bytes')).toBe('8 MiB');
    expect(readout(a.container, 'scores-step')).toBe('16 vs 136');
  });
});
