import { describe, expect, it } from 'vitest';
import { ARCH, MODEL_IDS, countParams, dimensionValue, llamaFfn } from './architectures';

// Reference integers: Baichuan-7B's official table (Baichuan-13B README "Model Details"), and the exact counts
// computed from the configs in facts.md §c (LLaMA paper: 6.7B; Qwen ≈ 7.7B; ChatGLM README "6.2 billion").
describe('countParams', () => {
  it('reproduces the official / computed totals', () => {
    expect(countParams(ARCH['llama-7b']).total).toBe(6_738_415_616);
    expect(countParams(ARCH['baichuan-7b']).total).toBe(7_000_559_616);
    expect(ARCH['baichuan-7b'].official).toBe(7_000_559_616);
    expect(countParams(ARCH['qwen-7b']).total).toBe(7_721_324_544);
    expect(countParams(ARCH['chatglm-6b']).total).toBe(6_173_286_400);
    expect(countParams(ARCH['chatglm-6b'], true).total).toBe(6_173_286_400 + 534_642_688);
  });
  it('matches the published rounded figures', () => {
    expect(Math.round(countParams(ARCH['llama-7b']).total / 1e8) / 10).toBe(6.7);
    expect(Math.round(countParams(ARCH['qwen-7b']).total / 1e8) / 10).toBe(7.7);
    expect(Math.round(countParams(ARCH['chatglm-6b']).total / 1e8) / 10).toBe(6.2);
  });
  it('breaks LLaMA-7B down by module', () => {
    const b = countParams(ARCH['llama-7b']);
    expect(b.embedding).toBe(32000 * 4096);
    expect(b.lmHead).toBe(32000 * 4096);
    expect(b.attention).toBe(32 * 4 * 4096 * 4096);
    expect(b.ffn).toBe(32 * 3 * 4096 * 11008);
    expect(b.norms).toBe(65 * 4096);
    expect(b.perLayer).toBe(202_383_360);
  });
  it('parts always sum to the total', () => {
    for (const id of MODEL_IDS) {
      const b = countParams(ARCH[id]);
      expect(b.embedding + b.attention + b.ffn + b.norms + b.lmHead).toBe(b.total);
    }
  });
  it('Baichuan differs from LLaMA only by the 32000 extra vocabulary rows (embedding + lm_head)', () => {
    expect(countParams(ARCH['baichuan-7b']).total - countParams(ARCH['llama-7b']).total).toBe(2 * 32000 * 4096);
  });
});

describe('llamaFfn', () => {
  it('gives 11008 for h = 4096 (⌊2·4·4096/3⌋ = 10922 rounded up to a multiple of 256)', () => {
    expect(llamaFfn(4096)).toBe(11008);
    expect(llamaFfn(5120)).toBe(13824); // LLaMA-13B
    expect(llamaFfn(8192)).toBe(22016); // LLaMA-65B
  });
});

describe('dimensionValue', () => {
  it('reads each dimension', () => {
    expect(dimensionValue(ARCH['chatglm-6b'], 'layers')).toBe(28);
    expect(dimensionValue(ARCH['qwen-7b'], 'vocab')).toBe(151936);
    expect(dimensionValue(ARCH['qwen-7b'], 'context')).toBe(8192);
    expect(dimensionValue(ARCH['baichuan-7b'], 'tokens')).toBe(1.2);
  });
});
