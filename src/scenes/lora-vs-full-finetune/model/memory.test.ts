import { describe, expect, it } from 'vitest';
import {
  activationBytes,
  activationPerLayer,
  archOf,
  bitsPerWeight,
  finetuneMemory,
  HEADS,
  impliedBytesPerParam,
  LLAMA_65B,
  optimizerBytes,
  taskStorage,
  type FinetuneConfig,
} from './memory';
import { formatBytes, formatCount, formatMiB } from './format';

const base: FinetuneConfig = { model: 'gpt3-175b', wbits: 16, opt: 'adamw', r: 4, targets: 'q,v', batch: 1, seq: 2048, ckpt: false };

describe('LoRA paper §4.2 numbers (GPT-3 175B, r = 4 on W_q, W_v)', () => {
  const m = finetuneMemory(base);
  it('checkpoint of a full fine-tune: 175e9 × 2 B ≈ 350 GB (Table 4: 175,255.8M params → 350.5 GB)', () => {
    expect(m.ckptFull).toBe(2 * 175_255_800_000);
    expect(m.ckptFull / 1e9).toBeCloseTo(350.5, 1);
  });
  it('adapter: 2 matrices × 96 layers × (12288 + 12288) × 4 = 18,874,368 params (Table 15 "18.8M") → 37.7 MB = 36.0 MiB ("35MB")', () => {
    expect(m.trainable).toBe(18_874_368);
    expect(m.ckptAdapter).toBe(37_748_736);
    expect(formatBytes(m.ckptAdapter)).toBe('37.7 MB');
    expect(formatMiB(m.ckptAdapter)).toBe('36.0 MiB');
    // the paper's "10,000×" is rounded: the arithmetic gives ≈ 9,285×
    expect(Math.round(m.ckptFull / m.ckptAdapter)).toBe(9285);
  });
  it('100 tasks (footnote 4): 100 × 350 GB = 35 TB vs 350 GB + 100 × 35 MB ≈ 354 GB', () => {
    const t = taskStorage(m.ckptFull, m.ckptAdapter, 100);
    expect(t.full / 1e12).toBeCloseTo(35.05, 2);
    expect(t.lora / 1e9).toBeCloseTo(354.3, 1);
  });
  it('LoRA training state ≈ 350 GB: frozen fp16 weights 2Ψ plus 16 B per adapter parameter (0.30 GB)', () => {
    expect(m.lora.weights).toBe(2 * 175_255_800_000);
    expect(m.lora.grads).toBe(0);
    expect(m.lora.optim).toBe(0);
    expect(m.lora.adapters).toBe(16 * 18_874_368);
    expect((m.lora.total - m.lora.acts) / 1e9).toBeCloseTo(350.81, 2);
  });
  it('full fine-tuning with mixed-precision AdamW is 16Ψ = 2.80 TB of model states, not the paper\'s 1.2 TB', () => {
    expect(m.full.weights + m.full.grads + m.full.optim).toBe(16 * 175_255_800_000);
    expect(formatBytes(16 * 175_255_800_000)).toBe('2.80 TB');
    // 1.2 TB corresponds to ≈ 6.85 B/param; fp16 W + fp16 m, v (the "up to 2/3" reduction) is 6 B/param = 1.05 TB
    expect(impliedBytesPerParam(1.2e12, m.psi)).toBeCloseTo(6.847, 3);
    expect((6 * m.psi) / 1e12).toBeCloseTo(1.0515, 4);
    expect(1 - 350e9 / 1.2e12).toBeCloseTo(0.708, 3);
  });
});

describe('QLoRA §3 (NF4, double quantisation)', () => {
  it('block constants: 32/64 = 0.5 bit per weight; with DQ 8/64 + 32/(64·256) = 0.127; saving 0.373', () => {
    expect(bitsPerWeight(4) - 4).toBe(0.5);
    expect(bitsPerWeight(4, true) - 4).toBeCloseTo(0.127, 3);
    expect(bitsPerWeight(4) - bitsPerWeight(4, true)).toBeCloseTo(0.373, 3);
  });
  it('DQ saves about 3 GB on a 65B model (§3: "approximately 3 GB")', () => {
    const saved = ((bitsPerWeight(4) - bitsPerWeight(4, true)) / 8) * LLAMA_65B.totalParams;
    expect(saved / 1e9).toBeCloseTo(3.04, 1);
  });
  it('LLaMA-65B in NF4 + DQ (embeddings, norms in 16-bit) is 34.5 GB: room under 48 GB for adapters and activations', () => {
    expect(LLAMA_65B.totalParams).toBe(65_285_660_672); // LLaMA paper Table 2: 65.2B
    const m = finetuneMemory({ ...base, model: 'llama-65b', r: 64, targets: 'q,k,v,o,ffn', seq: 512 });
    expect(m.qlora.weights).toBeCloseTo(34_458_927_104, -1);
  });
  it('16- and 32-bit bases: 2 and 4 bytes per parameter', () => {
    expect(finetuneMemory({ ...base, model: 'llama-7b', wbits: 16 }).loraBasePerParam).toBeCloseTo(2, 12);
    expect(finetuneMemory({ ...base, model: 'llama-7b', wbits: 32 }).loraBasePerParam).toBeCloseTo(4, 12);
  });
});

describe('Korthikanti et al. §4.1 activations', () => {
  it('GPT-3 175B, s = 2048, b = 1: sbh(34 + 5as/h) = 2048·12288·114 bytes per layer', () => {
    expect(activationPerLayer(2048, 1, 12288, 96)).toBe(2_868_903_936);
    expect(activationBytes(archOf('gpt3-175b'), HEADS['gpt3-175b'], { batch: 1, seq: 2048, ckpt: false })).toBe(96 * 2_868_903_936);
  });
  it('full checkpointing keeps 2sbhL plus one layer being recomputed', () => {
    expect(activationBytes(archOf('gpt3-175b'), 96, { batch: 1, seq: 2048, ckpt: true })).toBe(2 * 2048 * 12288 * 96 + 2_868_903_936);
  });
  it('linear in batch; the attention-score term is quadratic in s', () => {
    const a1 = activationPerLayer(1024, 1, 4096, 32);
    expect(activationPerLayer(1024, 4, 4096, 32)).toBe(4 * a1);
    // doubling s: 34-term doubles, 5as/h term quadruples
    expect(activationPerLayer(2048, 1, 4096, 32)).toBe(2048 * 4096 * 34 + 5 * 32 * 2048 * 2048);
  });
  it('FlashAttention drops the 5as/h term: 34·sbh per layer', () => {
    expect(activationPerLayer(2048, 1, 12288, 96, true)).toBe(34 * 2048 * 12288);
    const a = activationBytes(archOf('llama-7b'), 32, { batch: 4, seq: 2048, ckpt: false, flash: true });
    expect(a).toBe(32 * 34 * 2048 * 4 * 4096);
  });
  it('the same activations for all three methods (LoRA does not reduce them)', () => {
    const m = finetuneMemory({ ...base, model: 'llama-7b', batch: 8 });
    expect(m.lora.acts).toBe(m.full.acts);
    expect(m.qlora.acts).toBe(m.full.acts);
  });
});

describe('optimizer states and edge cases', () => {
  it('AdamW keeps fp32 master, m, v: K = 12, total 16 B/param; 8-bit AdamW: K = 6', () => {
    expect(optimizerBytes('adamw')).toBe(12);
    expect(optimizerBytes('adamw-8bit')).toBe(6);
    const m = finetuneMemory({ ...base, model: 'llama-7b', opt: 'adamw-8bit' });
    expect(m.full.optim).toBe(6 * m.psi);
    expect(m.full.optim / (m.full.total - m.full.acts)).toBeCloseTo(0.6, 12);
  });
  it('optimizer states are 3/4 of full-FT model states with AdamW', () => {
    const m = finetuneMemory({ ...base, model: 'llama-7b' });
    expect(m.full.optim / (m.full.total - m.full.acts)).toBe(0.75);
  });
  it('rank 1, batch 1, length 1 and the tiny model stay finite and positive', () => {
    const m = finetuneMemory({ model: 'tiny', wbits: 4, opt: 'adamw', r: 1, targets: 'q', batch: 1, seq: 1, ckpt: true });
    expect(m.trainable).toBe(3 * 1 * (64 + 64));
    for (const x of [m.full.total, m.lora.total, m.qlora.total]) expect(Number.isFinite(x) && x > 0).toBe(true);
  });
  it('no targets: no adapter', () => {
    const m = finetuneMemory({ ...base, targets: '' });
    expect(m.trainable).toBe(0);
    expect(m.lora.adapters).toBe(0);
  });
  it('LLaMA-7B r = 8 on q, v: 4,194,304 trainable = 32 · 2 · 8 · (4096 + 4096)', () => {
    expect(finetuneMemory({ ...base, model: 'llama-7b', r: 8 }).trainable).toBe(4_194_304);
  });
});

describe('format', () => {
  it('SI bytes and counts', () => {
    expect(formatBytes(350_511_600_000)).toBe('351 GB');
    expect(formatBytes(2.8e12)).toBe('2.80 TB');
    expect(formatBytes(999.9e9)).toBe('1.00 TB');
    expect(formatBytes(0)).toBe('0 B');
    expect(formatCount(18_874_368)).toBe('18.9M');
    expect(formatCount(6_738_415_616)).toBe('6.74B');
  });
});
