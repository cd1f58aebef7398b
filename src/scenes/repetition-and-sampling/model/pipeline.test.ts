import { describe, expect, it } from 'vitest';
import fixtures from '../../../../tests/fixtures/sampling.json';
import { mulberry32 } from '../../../compute/rng';
import {
  applyTemperature,
  bannedByNgram,
  chooseToken,
  entropy,
  minP,
  noRepeatNgram,
  OFF,
  presenceFrequency,
  repetitionPenalty,
  runPipeline,
  sampleIndex,
  softmax,
  STAGES,
  topK,
  topP,
  type SamplingSettings,
} from './pipeline';

type Num = number | null | string;
/** JSON null = −∞ (JSON has no infinities). */
const dec = (a: Num[]): number[] => a.map((v) => (v === null ? -Infinity : Number(v)));

function expectClose(got: ArrayLike<number>, want: Num[], what: string) {
  const w = dec(want);
  expect(got.length, `${what}: length`).toBe(w.length);
  for (let i = 0; i < w.length; i++) {
    if (w[i] === -Infinity) expect(got[i], `${what}[${i}] should be -inf`).toBe(-Infinity);
    else {
      expect(got[i], `${what}[${i}] should be finite`).not.toBe(-Infinity);
      expect(Math.abs(got[i] - w[i]), `${what}[${i}]: ${got[i]} vs ${w[i]}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(w[i])));
    }
  }
}

describe('each processor against the PyTorch re-implementation of HF (tests/fixtures/sampling.json)', () => {
  it.each(fixtures.repetition.map((c) => [c.name, c] as const))('repetition penalty: %s', (_, c) => {
    expectClose(repetitionPenalty(dec(c.logits), c.ids, c.penalty), c.expected, c.name);
  });
  it.each(fixtures.presenceFrequency.map((c) => [c.name, c] as const))('presence/frequency: %s', (_, c) => {
    expectClose(presenceFrequency(dec(c.logits), c.generated, c.presence, c.frequency), c.expected, c.name);
  });
  it.each(fixtures.noRepeatNgram.map((c) => [c.name, c] as const))('no-repeat n-gram: %s', (_, c) => {
    expectClose(noRepeatNgram(dec(c.logits), c.ids, c.n), c.expected, c.name);
  });
  it.each(fixtures.temperature.map((c) => [c.name, c] as const))('temperature: %s', (_, c) => {
    const x = applyTemperature(dec(c.logits), c.t);
    expectClose(x, c.expected, c.name);
    expectClose(softmax(x), c.probs, `${c.name} probs`);
  });
  it.each(fixtures.topK.map((c) => [c.name, c] as const))('top-k: %s', (_, c) => {
    expectClose(topK(dec(c.logits as Num[]), c.k), c.expected, c.name);
  });
  it.each(fixtures.topP.map((c) => [c.name, c] as const))('top-p: %s', (_, c) => {
    expectClose(topP(dec(c.logits as Num[]), c.p), c.expected, c.name);
  });
  it.each(fixtures.minP.map((c) => [c.name, c] as const))('min-p: %s', (_, c) => {
    expectClose(minP(dec(c.logits as Num[]), c.minP), c.expected, c.name);
  });
});

describe('the whole pipeline in HF generate order', () => {
  it.each(fixtures.pipeline.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = runPipeline(dec(c.logits), c.ids, c.promptLength, c.settings as SamplingSettings);
    expect(r.stages.map((s) => s.id)).toEqual([...STAGES]);
    const stages = c.stages as Record<string, Num[]>;
    for (const s of r.stages) if (stages[s.id]) expectClose(s.logits, stages[s.id], `${c.name} / ${s.id}`);
    if ('greedy' in c && typeof c.greedy === 'number') {
      expect(r.greedy).toBe(true);
      expect(chooseToken(r, 0.5)).toBe(c.greedy);
      expect(chooseToken(r, 0.01)).toBe(c.greedy);
    } else {
      expect(r.allFiltered).toBe(c.allFiltered);
      if (c.probs) expectClose(r.probs, c.probs, `${c.name} probs`);
      if (c.allFiltered) expect(chooseToken(r, 0.3)).toBe(-1);
    }
  });
});

describe('edge cases and invariants', () => {
  it('the penalty touches each seen id once, however often it occurs', () => {
    const once = repetitionPenalty([2, -2, 1], [0, 1], 2);
    const many = repetitionPenalty([2, -2, 1], [0, 0, 0, 1, 1], 2);
    expect(Array.from(many)).toEqual(Array.from(once));
    expect(Array.from(once)).toEqual([1, -4, 1]);
  });
  it('top-p always keeps at least one token and top-p=1 / top-k≥V / min-p=0 are identities', () => {
    const l = [0.1, 5, 0.2, -1];
    expect(topP(l, 0).filter((v) => v !== -Infinity).length).toBe(1);
    expect(Array.from(topP(l, 1))).toEqual(Array.from(Float32Array.from(l)));
    expect(Array.from(topK(l, 99))).toEqual(Array.from(Float32Array.from(l)));
    expect(Array.from(minP(l, 0))).toEqual(Array.from(Float32Array.from(l)));
  });
  it('temperature → 0 approaches greedy; temperature 0 is exactly greedy', () => {
    const l = [1, 3, 2.9, -1];
    const p = softmax(applyTemperature(l, 0.01));
    expect(p[1]).toBeGreaterThan(0.99995);
    const r = runPipeline(l, [], 0, { ...OFF, temperature: 0 });
    expect(r.greedy).toBe(true);
    expect(Array.from(r.probs)).toEqual([0, 1, 0, 0]);
    expect(r.entropy).toBe(0);
  });
  it('n-gram bans: the suffix never bans its own successor; n=1 bans every seen id', () => {
    expect(bannedByNgram([7, 8, 7], 2)).toEqual([8]);
    expect(bannedByNgram([5, 6, 5], 1).sort()).toEqual([5, 6]);
    expect(bannedByNgram([1, 2], 3)).toEqual([]);
  });
  it('a stage that is off is marked inactive and changes nothing', () => {
    const r = runPipeline([1, 2, 3], [0, 1], 1, OFF);
    for (const s of r.stages.slice(1)) {
      expect(s.active).toBe(false);
      expect(Array.from(s.logits)).toEqual([1, 2, 3]);
    }
  });
  it('seeded sampling draws each token with its probability (20 000 draws, within 4 σ)', () => {
    const probs = softmax([1, 0.5, 0, -1, 2]);
    const rng = mulberry32(42);
    const n = 20000;
    const counts = new Array(5).fill(0);
    for (let i = 0; i < n; i++) counts[sampleIndex(probs, rng())]++;
    for (let i = 0; i < 5; i++) {
      const sd = Math.sqrt(n * probs[i] * (1 - probs[i]));
      expect(Math.abs(counts[i] - n * probs[i])).toBeLessThan(4 * sd);
    }
    expect(sampleIndex([0, 0, 1, 0], 0.999999)).toBe(2);
    expect(sampleIndex([0, 0, 0], 0.5)).toBe(-1);
  });
  it('entropy of a uniform distribution over V is ln V', () => {
    expect(entropy(softmax([0, 0, 0, 0]))).toBeCloseTo(Math.log(4), 12);
  });
});
