import { cleanup, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseModelFile } from '../../model/format';
import { en } from './copy/en';
import { zh } from './copy/zh';
import { params, type LowRankParams } from './params';
import { READOUTS } from './readouts';
import { renderScene as renderSceneWith } from '../renderScene.test-util';
import { Scene } from './Scene';
import { steps } from './steps';

const ROOT = join(__dirname, '../../..');
const files = {
  base: parseModelFile(readFileSync(join(ROOT, 'public/model/tiny-transformer.bin'))),
  ft: parseModelFile(readFileSync(join(ROOT, 'public/model/tiny-transformer-ft.bin'))),
};
vi.mock('./model/loadWeights', () => ({ getWeights: async () => files }));

function renderScene(p: Partial<LowRankParams>, stepId: string, embed = false, lang: 'zh' | 'en' = 'en') {
  return renderSceneWith(Scene, params, { stepId, params: p, embed, lang, copy: { zh, en } });
}
const readout = (c: HTMLElement, k: string) => c.querySelector(`[data-readout="${k}"]`)?.textContent ?? null;

afterEach(cleanup);

describe('lora-low-rank-why Scene', () => {
  for (const s of steps) {
    it(`step ${s.id}: draws, calls onReady, shows every readout, pending ends false`, async () => {
      const { container, onReady, onError, onPending } = renderScene({}, s.id, false, s.id === 'paper' ? 'zh' : 'en');
      await waitFor(() => expect(onReady).toHaveBeenCalled());
      expect(onError).not.toHaveBeenCalled();
      for (const k of READOUTS) expect(readout(container, k)).not.toBeNull();
      expect(onPending).toHaveBeenLastCalledWith(false);
    });
  }
  it('readouts follow the params (r, matrix, seed)', async () => {
    const a = renderScene({ r: 4 }, 'energy');
    await waitFor(() => expect(a.onReady).toHaveBeenCalled());
    const e4 = readout(a.container, 'err-delta');
    expect(readout(a.container, 'shape')).toBe('64×64');
    cleanup();
    const b = renderScene({ r: 8, matrix: 'ffn1', seed: 3 }, 'energy');
    await waitFor(() => expect(b.onReady).toHaveBeenCalled());
    expect(readout(b.container, 'shape')).toBe('64×256');
    expect(readout(b.container, 'err-delta')).not.toBe(e4);
    expect(readout(b.container, 'lora-params')).toBe('2,560');
  });
  it('embed shows only the step’s readouts', async () => {
    const { container, onReady } = renderScene({}, 'spectrum', true);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(readout(container, 'fp16-margin')).not.toBeNull();
    expect(readout(container, 'lora-params')).toBeNull();
  });
});
