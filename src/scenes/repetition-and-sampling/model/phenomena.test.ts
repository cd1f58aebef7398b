/**
 * The phenomena the scene claims, measured on the SHIPPED tiny transformer (public/model/…), so the
 * copy's statements stay true when the model is retrained. Skipped when the weights are absent.
 * Set PRINT_PHENOMENA=1 to print the numbers quoted in NOTES.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TinyModel } from '../../../model/types';
import { generate, LogitsCache, reinforcementCurve, repeatedSequence, shuffled } from './generator';
import { longestRepeat, seqRepN } from './metrics';
import { entropy, OFF, runPipeline, softmax } from './pipeline';
import { PROMPT_TEXT, REINFORCE_SENTENCE } from './prompts';

const WEIGHTS = resolve(__dirname, '../../../../public/model/tiny-transformer.bin');
const have = existsSync(WEIGHTS);
const print = (...a: unknown[]) => {
  if (process.env.PRINT_PHENOMENA) console.log(...a);
};

describe.skipIf(!have)('phenomena on the shipped tiny transformer', () => {
  let model: TinyModel;
  let cache: LogitsCache;
  beforeAll(async () => {
    const { loadTinyModelFromBuffer } = await import('../../../model');
    model = await loadTinyModelFromBuffer(new Uint8Array(readFileSync(WEIGHTS)));
    cache = new LogitsCache(model);
  }, 60_000);
  afterAll(() => {
    cache?.dispose();
    model?.dispose();
  });

  const ids = (k: keyof typeof PROMPT_TEXT) => model.tokenizer.encode(PROMPT_TEXT[k]);
  const text = (t: number[]) => model.tokenizer.decode(t);

  it('greedy decoding repeats more 4-grams than sampling at T = 0.8 (96 tokens, zh and en questions)', async () => {
    for (const k of ['zh', 'en'] as const) {
      const greedy = await generate(cache, model.config.contextLength, ids(k), { ...OFF, temperature: 0 }, 96, 1);
      const t = greedy.tokens.map((x) => x.id);
      const rep = longestRepeat(t);
      const sampled: number[] = [];
      for (const seed of [1, 2, 3]) {
        const g = await generate(cache, model.config.contextLength, ids(k), { ...OFF, temperature: 0.8 }, 96, seed);
        sampled.push(seqRepN(g.tokens.map((x) => x.id), 4));
      }
      const meanSampled = sampled.reduce((a, b) => a + b, 0) / sampled.length;
      print(k, 'greedy', JSON.stringify(text(t)), 'rep4', seqRepN(t, 4).toFixed(3), 'longest repeat', rep?.length, JSON.stringify(rep ? text(t.slice(rep.start, rep.start + rep.length)) : ''), '| T=0.8 rep4 (seeds 1-3)', sampled.map((v) => v.toFixed(3)).join(' '));
      expect(seqRepN(t, 4)).toBeGreaterThan(meanSampled);
    }
  }, 300_000);

  it('a repetition penalty + 3-gram ban does not raise the repeated 4-gram rate of greedy decoding', async () => {
    for (const k of ['zh', 'en'] as const) {
      const plain = await generate(cache, model.config.contextLength, ids(k), { ...OFF, temperature: 0 }, 96, 1);
      const fixed = await generate(cache, model.config.contextLength, ids(k), { ...OFF, temperature: 0, repetitionPenalty: 1.3, noRepeatNgram: 3 }, 96, 1);
      const a = seqRepN(plain.tokens.map((x) => x.id), 4);
      const b = seqRepN(fixed.tokens.map((x) => x.id), 4);
      print(k, 'penalised', JSON.stringify(text(fixed.tokens.map((x) => x.id))), 'rep4', a.toFixed(3), '→', b.toFixed(3));
      expect(b).toBeLessThanOrEqual(a);
    }
  }, 300_000);

  it('self-reinforcement: one repetition of the plot sentence raises the probability of the next copy', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = model.tokenizer.encode(REINFORCE_SENTENCE[lang]);
      const { ids: rep, copies } = repeatedSequence(s, model.config.contextLength);
      const nat = reinforcementCurve((await model.forward(rep)).logits, s, copies);
      const sh = shuffled(s, 7);
      const shuf = reinforcementCurve((await model.forward(repeatedSequence(sh, model.config.contextLength).ids)).logits, sh, copies);
      print(lang, 'copies', copies, 'natural', nat.map((v) => v.toFixed(3)).join(' '), '| shuffled', shuf.map((v) => v.toFixed(3)).join(' '));
      expect(nat[1]).toBeGreaterThan(nat[0]);
      expect(shuf[shuf.length - 1]).toBeGreaterThan(shuf[0]);
      // the copy says the shuffled control rises only a little and stays below 0.1 (weak in-context copying)
      expect(Math.max(...shuf)).toBeLessThan(0.1);
    }
  }, 120_000);

  it('prints the raw entropy of the example prompts and the sharpening by temperature', async () => {
    const H = async (k: keyof typeof PROMPT_TEXT) => entropy(softmax(await cache.get(ids(k))));
    const h = { zh: await H('zh'), zhV: await H('zh-vague'), en: await H('en'), enV: await H('en-vague') };
    print('raw entropy of the first token', h, 'ln V =', Math.log(model.config.vocabSize).toFixed(2));
    const l = await cache.get(ids('zh-vague'));
    for (const T of [0.3, 0.5, 0.8, 1, 1.5]) {
      const r = runPipeline(l, ids('zh-vague'), ids('zh-vague').length, { ...OFF, temperature: T });
      print('zh-vague T', T, 'entropy', r.entropy.toFixed(3), 'top p', Math.max(...r.probs).toFixed(3));
    }
    // mean raw entropy over a sampled continuation
    for (const k of Object.keys(PROMPT_TEXT) as (keyof typeof PROMPT_TEXT)[]) {
      const g = await generate(cache, model.config.contextLength, ids(k), { ...OFF, temperature: 0.8 }, 40, 1);
      const mean = g.tokens.reduce((a, t) => a + t.rawEntropy, 0) / g.tokens.length;
      print(k, 'T=0.8 sample', JSON.stringify(text(g.tokens.map((x) => x.id))), 'mean raw H', mean.toFixed(2), 'rep4', seqRepN(g.tokens.map((x) => x.id), 4).toFixed(3));
    }
    // the copy says: vague openings are flatter, modestly
    expect(h.zhV).toBeGreaterThan(h.zh);
    expect(h.enV).toBeGreaterThan(h.en);
  }, 120_000);
});
