import { describe, expect, it } from 'vitest';
import { blockMatrices, loraBudget, parseTargets, PRESETS, tinyTotalParams, TINY_CONFIG, type Target } from './presets';

const set = (...t: Target[]) => new Set<Target>(t);
/** The paper prints parameter counts in millions with one decimal, truncated (e.g. 301,989,888 → 301.9M). */
const paperM = (n: number) => Math.floor(n / 1e5) / 10;
const gpt3 = PRESETS['gpt3-175b'];

describe('LoRA paper, GPT-3 175B (Hu et al. 2021, Tables 4 and 15; §5.1)', () => {
  it('r = 1 on W_q and W_v → 4.7M (Table 4)', () => {
    expect(loraBudget(gpt3, 1, set('q', 'v')).trainable).toBe(4_718_592);
    expect(paperM(loraBudget(gpt3, 1, set('q', 'v')).trainable)).toBe(4.7);
  });
  it('r = 8 on W_q and W_v → 37.7M (Table 4)', () => {
    expect(loraBudget(gpt3, 8, set('q', 'v')).trainable).toBe(37_748_736);
    expect(paperM(loraBudget(gpt3, 8, set('q', 'v')).trainable)).toBe(37.7);
  });
  it('Table 15 rows', () => {
    const rows: [number, Target[], number][] = [
      [2, ['v'], 4.7],
      [2, ['q', 'v'], 9.4],
      [1, ['q', 'k', 'v', 'o'], 9.4],
      [4, ['q', 'v'], 18.8],
      [2, ['q', 'k', 'v', 'o'], 18.8],
      [4, ['q', 'k', 'v', 'o'], 37.7],
      [64, ['q', 'v'], 301.9],
    ];
    for (const [r, t, m] of rows) expect(paperM(loraBudget(gpt3, r, set(...t)).trainable), `r=${r} ${t}`).toBe(m);
  });
  it('§5.1: |Θ| = 2 × L̂ × d_model × r, i.e. 2,359,296 per (matrix type × rank) unit', () => {
    expect(loraBudget(gpt3, 1, set('q')).trainable).toBe(2 * 96 * 12288);
    expect(loraBudget(gpt3, 1, set('q')).trainable).toBe(2_359_296);
  });
  it('Table 5 budget (18M ≈ 35MB in FP16) and §4.2 (r = 4 on W_q, W_v ≈ 35MB checkpoint)', () => {
    for (const [r, t] of [[8, ['q']], [4, ['q', 'v']], [2, ['q', 'k', 'v', 'o']]] as [number, Target[]][]) {
      const b = loraBudget(gpt3, r, set(...t));
      expect(b.trainable).toBe(18_874_368);
      expect(b.fp16Bytes / 2 ** 20).toBeCloseTo(36, 0); // 37.7 MB = 36 MiB, "roughly 35MB"
    }
  });
  it('percentage of the full 175,255.8M (Table 4, fine-tuning row)', () => {
    expect(loraBudget(gpt3, 1, set('q', 'v')).fraction * 100).toBeCloseTo(0.00269, 4);
    expect(gpt3.totalParams / loraBudget(gpt3, 4, set('q', 'v')).trainable).toBeGreaterThan(9000);
  });
  it('FFN of GPT-3 is two 12288 ↔ 49152 matrices', () => {
    expect(loraBudget(gpt3, 1, set('ffn')).perLayer).toBe(2 * (12288 + 49152));
  });
});

describe('real shapes reproduce the published totals (facts.md §c)', () => {
  it('LLaMA-7B: 6,738,415,616 = 32 blocks (4·4096² + 3·4096·11008 + 2 norms) + 2·32000·4096 + final norm', () => {
    const p = PRESETS['llama-7b'];
    const perBlock = blockMatrices(p).reduce((s, m) => s + m.dIn * m.dOut, 0) + 2 * 4096;
    expect(p.layers * perBlock + 2 * 32000 * 4096 + 4096).toBe(p.totalParams);
    expect(p.totalParams).toBe(6_738_415_616);
  });
  it('Qwen-7B: 7,721,324,544 with the fused c_attn bias and vocabulary 151936', () => {
    const p = PRESETS['qwen-7b'];
    const perBlock = blockMatrices(p).reduce((s, m) => s + m.dIn * m.dOut, 0) + 3 * 4096 + 2 * 4096;
    expect(p.layers * perBlock + 2 * 151936 * 4096 + 4096).toBe(p.totalParams);
  });
  it('LLaMA-7B, r = 8 on q, v: 4,194,304 (0.062%); on all seven matrices: 19,988,480', () => {
    const p = PRESETS['llama-7b'];
    const qv = loraBudget(p, 8, set('q', 'v'));
    expect(qv.trainable).toBe(2 * 32 * 8 * 8192);
    expect(qv.fraction * 100).toBeCloseTo(0.0622, 3);
    const all = loraBudget(p, 8, set('q', 'k', 'v', 'o', 'ffn'));
    expect(all.trainable).toBe(32 * 8 * (4 * 8192 + 3 * (4096 + 11008)));
    expect(all.matricesPerLayer).toBe(7);
  });
  it('no targets → 0; rank scales linearly', () => {
    expect(loraBudget(PRESETS['qwen-7b'], 8, set()).trainable).toBe(0);
    expect(loraBudget(PRESETS['qwen-7b'], 16, set('o')).trainable).toBe(2 * loraBudget(PRESETS['qwen-7b'], 8, set('o')).trainable);
  });
  it('tiny preset total is computed from its config', () => {
    expect(PRESETS.tiny.totalParams).toBe(tinyTotalParams(TINY_CONFIG));
    expect(PRESETS.tiny.dModel).toBe(TINY_CONFIG.dModel);
  });
  it('parseTargets keeps known names only', () => {
    expect([...parseTargets('q, v,x,ffn')]).toEqual(['q', 'v', 'ffn']);
  });
});
