import { describe, expect, it } from 'vitest';
import ref from '../../../../tests/fixtures/bert-gpt-bart-poisson.json';
import {
  MASK,
  attentionMask,
  bartNoise,
  bertMlm,
  countFor,
  density,
  fillSpans,
  gptClm,
  infillSpans,
  parsePicks,
  poisson,
  poissonPmf,
  sentences,
  streamFor,
  togglePick,
  tokenize,
} from './objectives';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
const TEXT = 'The cat sat on the mat . It was happy . Then it slept !';

describe('tokenize', () => {
  it('splits words and punctuation; CJK per character; caps the length', () => {
    expect(tokenize('The cat sat.').tokens).toEqual(['The', 'cat', 'sat', '.']);
    expect(tokenize('猫坐着。').tokens).toEqual(['猫', '坐', '着', '。']);
    expect(tokenize('').tokens).toEqual([]);
    const long = tokenize(words(40).join(' '));
    expect(long.tokens.length).toBe(28);
    expect(long.cut).toBe(true);
  });
});

describe('BERT masked LM (Devlin et al. 2018 §3.1, App. A.1)', () => {
  it('chooses max(1, round(15% · n)) positions, each uniformly often', () => {
    const n = 20;
    const counts = new Array(n).fill(0);
    const S = 4000;
    for (let s = 0; s < S; s++) {
      const r = bertMlm(words(n), 0.15, s);
      expect(r.chosen.length).toBe(3);
      for (const i of r.chosen) counts[i]++;
    }
    // each position chosen with p = 3/20 = 0.15: binomial σ = √(S p (1−p))
    const p = 0.15;
    const sigma = Math.sqrt(S * p * (1 - p));
    for (const c of counts) expect(Math.abs(c - S * p)).toBeLessThan(4.5 * sigma);
    expect(countFor(1, 0.15)).toBe(1);
    expect(countFor(0, 0.15)).toBe(0);
  });

  it('of the chosen positions: 80% [MASK], 10% random, 10% unchanged (within 4σ)', () => {
    let mask = 0;
    let random = 0;
    let keep = 0;
    for (let s = 0; s < 3000; s++) {
      const toks = words(40);
      const r = bertMlm(toks, 0.15, s);
      for (const i of r.chosen) {
        const a = r.action[i];
        if (a === 'mask') {
          mask++;
          expect(r.input[i]).toBe(MASK);
        } else if (a === 'random') random++;
        else {
          keep++;
          expect(r.input[i]).toBe(toks[i]);
        }
      }
      // positions not chosen are never touched and carry no loss
      toks.forEach((t, i) => {
        if (!r.chosen.includes(i)) {
          expect(r.input[i]).toBe(t);
          expect(r.action[i]).toBeNull();
        }
      });
    }
    const N = mask + random + keep;
    const check = (x: number, p: number) => expect(Math.abs(x - N * p)).toBeLessThan(4 * Math.sqrt(N * p * (1 - p)));
    check(mask, 0.8);
    check(random, 0.1);
    check(keep, 0.1);
  });

  it('a click toggles one position in or out without changing the others', () => {
    const toks = words(12);
    const base = bertMlm(toks, 0.15, 7);
    const free = [...Array(12).keys()].find((i) => !base.chosen.includes(i))!;
    const added = bertMlm(toks, 0.15, 7, [free]);
    expect(added.chosen).toEqual([...base.chosen, free].sort((a, b) => a - b));
    for (const i of base.chosen) expect(added.action[i]).toBe(base.action[i]);
    const removed = bertMlm(toks, 0.15, 7, [base.chosen[0]]);
    expect(removed.chosen).toEqual(base.chosen.slice(1));
    expect(bertMlm(toks, 0.15, 7, [99, -1]).chosen).toEqual(base.chosen);
    expect(togglePick('', 3)).toBe('3');
    expect(togglePick('1,3', 3)).toBe('1');
    expect(parsePicks('2, x,5,2')).toEqual([2, 5]);
  });

  it('same seed, same result; length 1 and empty input', () => {
    expect(bertMlm(words(15), 0.15, 3)).toEqual(bertMlm(words(15), 0.15, 3));
    expect(bertMlm(['a'], 0.15, 1).chosen).toEqual([0]);
    expect(bertMlm([], 0.15, 1).chosen).toEqual([]);
  });
});

describe('GPT causal LM (Radford et al. 2018 §3.1)', () => {
  it('targets are the inputs shifted left by one; loss at every position', () => {
    const { inputs, targets } = gptClm(['a', 'b', 'c', 'd']);
    expect(inputs).toEqual(['a', 'b', 'c']);
    expect(targets).toEqual(['b', 'c', 'd']);
    expect(gptClm(['a'])).toEqual({ inputs: [], targets: [] });
  });
});

describe('Poisson(3) sampler against torch.distributions (tests/fixtures/bert-gpt-bart-poisson.json)', () => {
  it('exact pmf matches torch', () => {
    ref.pmf.forEach((p, k) => expect(poissonPmf(k, 3)).toBeCloseTo(p, 12));
  });
  it('draws follow the pmf (χ² over k = 0..9, 10+), mean and variance ≈ 3', () => {
    const u = streamFor(11, 0);
    const N = 40000;
    const bins = new Array(11).fill(0);
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < N; i++) {
      const k = poisson(3, u);
      bins[Math.min(10, k)]++;
      s += k;
      s2 += k * k;
    }
    const mean = s / N;
    const variance = s2 / N - mean * mean;
    expect(Math.abs(mean - ref.mean)).toBeLessThan(4 * Math.sqrt(ref.variance / N));
    // Var of the sample variance of Poisson(λ) ≈ (λ + 2λ²)/N
    expect(Math.abs(variance - ref.variance)).toBeLessThan(4 * Math.sqrt((3 + 2 * 9) / N));
    const expected = bins.map((_, k) => (k < 10 ? ref.pmf[k] : 1 - ref.pmf.slice(0, 10).reduce((a, b) => a + b, 0)) * N);
    const chi2 = bins.reduce((a, o, k) => a + (o - expected[k]) ** 2 / expected[k], 0);
    expect(chi2).toBeLessThan(29.6); // χ²(10) 0.999 quantile
  });
});

describe('BART noising (Lewis et al. 2019 §2.2, Fig. 2)', () => {
  const toks = tokenize(TEXT).tokens;

  it('token masking keeps the length and masks round(rate·n) tokens', () => {
    const r = bartNoise(toks, 'mask', 0.3, 5);
    expect(r.input.length).toBe(toks.length);
    expect(r.input.filter((t) => t === MASK).length).toBe(countFor(toks.length, 0.3));
  });

  it('token deletion removes tokens and leaves the rest in order (no mask marks where)', () => {
    const r = bartNoise(toks, 'delete', 0.3, 5);
    expect(r.input.length).toBe(toks.length - countFor(toks.length, 0.3));
    expect(r.input).not.toContain(MASK);
    expect(r.source).toEqual([...r.source].sort((a, b) => a - b));
    r.source.forEach((o, i) => expect(r.input[i]).toBe(toks[o]));
  });

  it('text infilling: one [MASK] per span, lengths sum to the masked count, the original is recoverable', () => {
    for (let seed = 0; seed < 300; seed++) {
      for (const rate of [0.15, 0.3, 0.5]) {
        const t = words(24);
        const r = bartNoise(t, 'infill', rate, seed);
        const masks = r.input.filter((x) => x === MASK).length;
        expect(masks).toBe(r.spans.length);
        const removed = r.spans.reduce((a, s) => a + s.length, 0);
        expect(removed).toBe(countFor(24, rate));
        expect(r.hit.length).toBe(removed);
        expect(r.input.length).toBe(24 - removed + r.spans.length);
        expect(fillSpans(r.input, r.spans, t)).toEqual(t);
      }
    }
  });

  it('span lengths are Poisson(3) when nothing is cut (long sequence, many draws)', () => {
    // lengths of all spans except the last (which is cut to hit the target) over many seeds
    let s = 0;
    let c = 0;
    let zeros = 0;
    for (let seed = 0; seed < 800; seed++) {
      const sp = infillSpans(28, 0.5, seed);
      // spans are re-sorted by position, so take the multiset and drop one smallest-information item: the cut one is unknown;
      // instead check the share of 0-length spans, which the cut never creates
      zeros += sp.filter((x) => x.length === 0).length;
      s += sp.reduce((a, x) => a + x.length, 0);
      c += sp.length;
    }
    expect(c).toBeGreaterThan(1000);
    // P(0) = e^{-3} ≈ 0.0498 among uncut draws; cut draws are ≥1, so the share is a little lower but close
    expect(zeros / c).toBeGreaterThan(0.03);
    expect(zeros / c).toBeLessThan(0.07);
    expect(s / c).toBeGreaterThan(2);
    expect(s / c).toBeLessThan(3.2);
  });

  it('sentence permutation keeps every sentence intact; rotation is a cyclic shift', () => {
    const sents = sentences(toks);
    expect(sents.length).toBe(3);
    for (let seed = 0; seed < 20; seed++) {
      const p = bartNoise(toks, 'permute', 0.15, seed);
      expect([...p.order].sort()).toEqual([0, 1, 2]);
      expect(p.input).toEqual(p.order.flatMap((k) => toks.slice(sents[k][0], sents[k][1])));
      const r = bartNoise(toks, 'rotate', 0.15, seed);
      const k = r.order[0];
      expect(k).toBeGreaterThanOrEqual(1);
      expect(r.input).toEqual([...toks.slice(k), ...toks.slice(0, k)]);
    }
    expect(bartNoise(['a'], 'rotate', 0.15, 1).input).toEqual(['a']);
    expect(bartNoise([], 'infill', 0.15, 1).input).toEqual([]);
  });
});

describe('attention masks', () => {
  it('full is all ones, causal is lower-triangular with density (n+1)/(2n)', () => {
    expect(attentionMask(3, 3, 'causal')).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
    ]);
    expect(density(attentionMask(4, 6, 'full'))).toBe(1);
    expect(density(attentionMask(10, 10, 'causal'))).toBeCloseTo(11 / 20, 12);
    expect(density([])).toBe(0);
  });
});
