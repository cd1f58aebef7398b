import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GenerationSession, TinyModel, TinyModelConfig } from '../../model/types';
import { en } from './copy/en';
import { params, type SamplingParams } from './params';
import { READOUTS } from './readouts';
import { Scene } from './Scene';

// A fake model: characters a–z, space, ？, 答, ：, \n, 问 … anything else is <unk> (0); bigram logits.
const ALPHA = ['<unk>', ...' abcdefghijklmnopqrstuvwxyz'.split('')];
const V = ALPHA.length;
const CTX = 24;
let appends = 0;
const next = (last: number) => Float32Array.from({ length: V }, (_, v) => (v === (last % 4) + 1 ? 2 : v === last ? 1.5 : 0));
const fake: TinyModel = {
  config: { contextLength: CTX, vocabSize: V, nLayers: 1, nHeads: 1, dModel: 4 } as TinyModelConfig,
  parameterCount: 10,
  tokenizer: {
    vocabSize: V,
    encode: (s) => Array.from(s, (c) => Math.max(0, ALPHA.indexOf(c))),
    decode: (ids) => ids.map((i) => ALPHA[i] ?? '?').join(''),
    tokenLabel: (i) => ALPHA[i] ?? '?',
  },
  forward: async (ids) => ({ logits: ids.map((t) => next(t)) }),
  session: (): GenerationSession => {
    let len = 0;
    return {
      get length() {
        return len;
      },
      append: async (ids) => {
        appends++;
        len += ids.length;
        if (len > CTX) throw new Error('context exceeded');
        return next(ids[ids.length - 1]);
      },
      cacheFloats: () => 0,
      dispose: () => {},
    };
  },
  weight: () => ({ shape: [], data: new Float32Array() }),
  weightNames: () => [],
  dispose: () => {},
};
vi.mock('../../model', () => ({ loadTinyModel: async () => fake }));
const defaults = { ...Object.fromEntries(params.map((p) => [p.key, p.default])), prompt: 'the cat' } as SamplingParams;

function sceneEl(p: Partial<SamplingParams>, stepId: string, onReady: () => void, onError: (e: unknown) => void) {
  return (
    <Scene
      params={{ ...defaults, ...p } as SamplingParams}
      stepId={stepId as never}
      stepIndex={0}
      lang="en"
      copy={en as never}
      embed={false}
      reducedMotion
      setParams={() => {}}
      onReady={onReady}
      onError={onError}
      onPending={() => {}}
    />
  );
}

function renderScene(p: Partial<SamplingParams> = {}, stepId = 'pipeline') {
  const onReady = vi.fn();
  const onError = vi.fn();
  const r = render(sceneEl(p, stepId, onReady, onError));
  return { ...r, onReady, onError, update: (q: Partial<SamplingParams>) => r.rerender(sceneEl({ ...p, ...q }, stepId, onReady, onError)) };
}

const textOf = () => Array.from(document.querySelectorAll('.rs-chip:not(.sample)'), (b) => b.textContent).join('');

const readout = (k: string) => document.querySelector(`[data-readout="${k}"]`)?.textContent ?? null;

afterEach(cleanup);

describe('Scene (fake model)', () => {
  it('generates, draws every readout and reports ready', async () => {
    const { onReady, onError } = renderScene({ maxNew: 10 });
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(onError).not.toHaveBeenCalled();
    await waitFor(() => expect(readout('generated')).toBe('10'));
    for (const k of READOUTS) expect(readout(k), k).not.toBeNull();
  });

  it('greedy on a bigram model loops; the loop readout says so', async () => {
    renderScene({ maxNew: 16, temperature: 0 }, 'greedy-loop');
    await waitFor(() => expect(readout('generated')).toBe('16'));
    expect(readout('loop')).not.toBe(en.labels.none);
    expect(readout('p-chosen')).toBe('100%');
  });

  it('a drag (changes in quick succession) starts the model only after the input pauses, then shows the final settings', async () => {
    renderScene({ maxNew: 12, temperature: 1.5, seed: 9 });
    await waitFor(() => expect(readout('generated')).toBe('12'));
    const expected = textOf();
    cleanup();

    const { update } = renderScene({ maxNew: 12, temperature: 1 });
    await waitFor(() => expect(readout('generated')).toBe('12'));
    const before = textOf();
    const tokens = document.querySelector('.rs-tokens')!;
    update({ temperature: 1.2 }); // first change of a gesture: runs at once
    await waitFor(() => expect(tokens.getAttribute('aria-busy')).toBeNull());
    const n = appends;
    update({ temperature: 1.3 });
    update({ temperature: 1.5 });
    update({ temperature: 1.5, seed: 9 });
    // mid-drag (60 ms later, less than the settle time): the old text is still shown, marked out of
    // date, and the model has not been called (without the wait it would have generated all 12 by now)
    await new Promise((r) => setTimeout(r, 60));
    expect(tokens.getAttribute('aria-busy')).toBe('true');
    expect(textOf()).not.toBe('');
    expect(appends).toBe(n);
    await waitFor(() => expect(tokens.getAttribute('aria-busy')).toBeNull());
    expect(textOf()).toBe(expected);
    expect(before).not.toBe(expected);
  });

  it('an empty prompt shows a clear message instead of generating', async () => {
    const { onReady } = renderScene({ prompt: '   ' });
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(screen.getByRole('alert').textContent).toBe(en.labels.errEmpty);
    expect(readout('generated')).toBe('0');
  });

  it('a prompt longer than the context gets a message with both numbers', async () => {
    const { onReady } = renderScene({ prompt: 'x'.repeat(CTX + 3) });
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(screen.getByRole('alert').textContent).toContain(String(CTX + 3));
    expect(screen.getByRole('alert').textContent).toContain(String(CTX));
  });

  it('unknown characters are listed, and generation still runs', async () => {
    renderScene({ prompt: 'cat 猫', maxNew: 4 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('猫'));
    await waitFor(() => expect(readout('generated')).toBe('4'));
  });

  it('an example button sets the prompt through setParams', async () => {
    const setParams = vi.fn();
    render(
      <Scene
        params={defaults}
        stepId={'pipeline' as never}
        stepIndex={0}
        lang="en"
        copy={en as never}
        embed={false}
        reducedMotion
        setParams={setParams}
        onReady={() => {}}
        onError={() => {}}
        onPending={() => {}}
      />,
    );
    const btn = await screen.findByText(en.labels['preset_en-vague']);
    fireEvent.click(btn);
    expect(setParams).toHaveBeenCalledWith({ prompt: 'Also,' });
  });
});
