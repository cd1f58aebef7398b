import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from './copy/en';
import { zh } from './copy/zh';
import { params, type WhyDecoderParams } from './params';
import { READOUTS } from './readouts';
import { renderScene as renderSceneWith } from '../renderScene.test-util';
import { Scene } from './Scene';
import { steps } from './steps';

vi.mock('../../compute/tf', () => ({ ensureTf: async () => ({ tf, backend: 'cpu', fallbackReason: null }) }));

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function renderScene(p: Partial<WhyDecoderParams>, stepId: string, embed = false, lang: 'zh' | 'en' = 'en') {
  return renderSceneWith(Scene, params, { stepId, params: p, embed, lang, copy: { zh, en } });
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
