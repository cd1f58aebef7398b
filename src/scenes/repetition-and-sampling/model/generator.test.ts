import { describe, expect, it } from 'vitest';
import type { GenerationSession, TinyModelConfig } from '../../../model/types';
import { generate, LogitsCache, reinforcementCurve, repeatedSequence, sampleMany, shuffled, type LogitsModel } from './generator';
import { OFF } from './pipeline';

const V = 6;
/** Bigram fake: the logits depend on the last token only; token t prefers t+1 (mod V), strongly. */
function fakeModel(ctx = 16) {
  const log: number[][] = [];
  const next = (last: number) => Float32Array.from({ length: V }, (_, v) => (v === (last + 1) % V ? 3 : v === last ? 1 : 0));
  const model: LogitsModel = {
    config: { contextLength: ctx, vocabSize: V } as TinyModelConfig,
    forward: async (ids) => ({ logits: ids.map((t) => next(t)) }),
    session: (): GenerationSession => {
      let len = 0;
      return {
        get length() {
          return len;
        },
        append: async (ids) => {
          if (len + ids.length > ctx) throw new Error('context exceeded');
          log.push([...ids]);
          len += ids.length;
          return next(ids[ids.length - 1]);
        },
        cacheFloats: () => 0,
        dispose: () => {},
      };
    },
  };
  return { model, log };
}

describe('generation with a logits cache (fake bigram model)', () => {
  it('greedy follows the argmax; one model call per token, the prompt in one call', async () => {
    const { model, log } = fakeModel();
    const cache = new LogitsCache(model);
    const g = await generate(cache, 16, [0, 1], { ...OFF, temperature: 0 }, 4, 1);
    expect(g.tokens.map((t) => t.id)).toEqual([2, 3, 4, 5]);
    expect(log).toEqual([[0, 1], [2], [3], [4]]);
    expect(g.stop).toBe('max');
  });

  it('changing only sampling settings re-runs no model call for prefixes already seen', async () => {
    const { model } = fakeModel();
    const cache = new LogitsCache(model);
    const a = await generate(cache, 16, [0], { ...OFF, temperature: 0 }, 5, 1);
    const calls = cache.calls;
    const b = await generate(cache, 16, [0], { ...OFF, temperature: 0, topK: 2 }, 5, 1);
    expect(b.tokens.map((t) => t.id)).toEqual(a.tokens.map((t) => t.id));
    expect(cache.calls).toBe(calls);
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const { model } = fakeModel();
    const run = async (seed: number) => (await generate(new LogitsCache(model), 16, [0], { ...OFF, temperature: 2 }, 12, seed)).tokens.map((t) => t.id);
    expect(await run(3)).toEqual(await run(3));
    const all = await Promise.all([1, 2, 3, 4, 5].map(run));
    expect(new Set(all.map((x) => x.join())).size).toBeGreaterThan(1);
  });

  it('stops at the context length and when every token is banned', async () => {
    const { model } = fakeModel(5);
    const g = await generate(new LogitsCache(model), 5, [0, 1], { ...OFF, temperature: 0 }, 10, 1);
    expect(g.tokens.length).toBe(3);
    expect(g.stop).toBe('context');
    const { model: m2 } = fakeModel();
    // no-repeat 1-gram bans every seen id: after V tokens nothing is left
    const h = await generate(new LogitsCache(m2), 16, [0], { ...OFF, temperature: 0, noRepeatNgram: 1 }, 10, 1);
    expect(h.tokens.length).toBe(V - 1);
    expect(h.stop).toBe('all-filtered');
  });

  it('a branch off the cached session starts a new session: root in one call, then one token at a time', async () => {
    const { model, log } = fakeModel();
    const cache = new LogitsCache(model);
    await cache.get([0, 1, 2]);
    await cache.get([0, 1, 2, 3]);
    await cache.get([0, 5]);
    // a branch after a 1-token root replays token by token; the intermediate prefixes are cached
    await cache.get([0, 1, 4, 4], 1);
    expect(log).toEqual([[0, 1, 2], [3], [0, 5], [0], [1], [4], [4]]);
    expect(cache.peek([0, 1, 4])).toBeDefined();
  });

  it('cancellation stops after the current model call', async () => {
    const { model } = fakeModel();
    let n = 0;
    const g = await generate(new LogitsCache(model), 16, [0], OFF, 10, 1, () => n++, () => n >= 2);
    expect(g.stop).toBe('cancelled');
    expect(g.tokens.length).toBe(2);
  });
});

describe('helpers', () => {
  it('sampleMany draws n tokens, seeded; greedy puts all on one token', () => {
    const p = [0.5, 0.25, 0, 0.25];
    const a = sampleMany(p, 200, 7);
    expect([...a.values()].reduce((x, y) => x + y, 0)).toBe(200);
    expect(a.get(2)).toBeUndefined();
    expect(sampleMany(p, 200, 7)).toEqual(a);
    expect(sampleMany(p, 200, 1, 3)).toEqual(new Map([[3, 200]]));
  });
  it('reinforcementCurve reads copy k from the logits at the positions before it', () => {
    // V = 2, sentence [0, 1]: logits rows for 2 copies (T = 4); token 1 of copy k is predicted at row 2k
    const row = (p1: number) => Float32Array.from([0, Math.log(p1 / (1 - p1))]);
    const logits = [row(0.5), row(0.9), row(0.8), row(0.1)];
    const c = reinforcementCurve(logits, [0, 1], 2);
    expect(c[0]).toBeCloseTo(0.5, 6);
    expect(c[1]).toBeCloseTo(0.8, 6);
  });
  it('repeatedSequence fills the context (whole copies counted); shuffled keeps the multiset', () => {
    expect(repeatedSequence([1, 2, 3], 10)).toEqual({ ids: [1, 2, 3, 1, 2, 3, 1, 2, 3, 1], copies: 3 });
    const s = shuffled([1, 2, 3, 4, 5, 6], 9);
    expect([...s].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffled([1, 2, 3, 4, 5, 6], 9)).toEqual(s);
  });
});

describe('queueing', () => {
  it('overlapping gets never interleave on the session', async () => {
    const { model, log } = fakeModel();
    const cache = new LogitsCache(model);
    const a = cache.get([0, 1, 2]);
    const b = cache.get([0, 1, 2, 3]);
    const c = cache.get([4]);
    await Promise.all([a, b, c]);
    expect(log).toEqual([[0, 1, 2], [3], [4]]);
    expect(cache.peek([0, 1, 2, 3])).toBeDefined();
    expect(cache.peek([9])).toBeUndefined();
  });
});
