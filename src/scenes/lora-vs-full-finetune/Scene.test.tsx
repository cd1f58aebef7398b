import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from './copy/en';
import { zh } from './copy/zh';
import { params, type FtParams } from './params';
import { READOUTS } from './readouts';
import { renderScene as renderSceneWith } from '../renderScene.test-util';
import { Scene } from './Scene';
import { steps } from './steps';


function renderScene(p: Partial<FtParams>, stepId: string, opts: { embed?: boolean; lang?: 'zh' | 'en' } = {}) {
  return renderSceneWith(Scene, params, { stepId, params: p, ...opts, copy: { zh, en } });
}

afterEach(cleanup);

describe('lora-vs-full-finetune Scene', () => {
  it.each(steps.map((s) => s.id))('step %s renders every readout, page and embed, zh and en', (id) => {
    const step = steps.find((s) => s.id === id);
    const preset = step && 'preset' in step ? step.preset : {};
    for (const embed of [false, true])
      for (const lang of ['en', 'zh'] as const) {
        const { read, onReady, unmount } = renderScene(preset as Partial<FtParams>, id, { embed, lang });
        expect(onReady).toHaveBeenCalled();
        if (!embed) for (const k of READOUTS) expect(read(k), k).toBeTruthy();
        unmount();
      }
  });

  it('shows the paper figures for GPT-3 175B at r = 4 on W_q, W_v', () => {
    const { read } = renderScene({ model: 'gpt3-175b', r: 4, targets: 'q,v' }, 'checkpoint');
    expect(read('ckpt-full')).toBe('351 GB');
    expect(read('ckpt-adapter')).toBe('37.7 MB (36.0 MiB)');
    expect(read('ckpt-ratio')).toBe('9,285×');
    expect(read('tasks-100')).toBe('35.1 TB vs 354 GB');
    expect(read('trainable')).toBe('18.9M');
  });

  it('LLaMA-7B defaults: 16 B/param for full FT, the GPU size in the fit readout', () => {
    const { read } = renderScene({}, 'full-ft');
    expect(read('bytes-per-param')?.startsWith('16.0 · 2.0')).toBe(true);
    expect(read('fits')).toBe('24 GB: full ✗ · LoRA ✓ · QLoRA ✓');
    expect(read('mem-full')).toBe('111 GB'); // 107.8 GB model states + 3.62 GB activations
  });
});
