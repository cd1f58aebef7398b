import { describe, expect, it } from 'vitest';
import { crc32, fromHalf, parseModelFile, toHalf, writeModelFile } from './format';
import type { TinyModelConfig } from './types';

const cfg: TinyModelConfig = {
  vocabSize: 3, contextLength: 4, dModel: 2, nLayers: 0, nHeads: 1, dFF: 4,
  posEncoding: 'learned', norm: 'pre-ln', activation: 'gelu', tiedEmbeddings: true, layerNormEps: 1e-5,
};

describe('fp16', () => {
  it('matches IEEE half for known values (round to nearest even)', () => {
    expect(toHalf(1)).toBe(0x3c00);
    expect(toHalf(-2)).toBe(0xc000);
    expect(toHalf(65504)).toBe(0x7bff);
    expect(toHalf(1e6)).toBe(0x7c00);
    expect(toHalf(2 ** -24)).toBe(0x0001);
    expect(toHalf(0.1)).toBe(0x2e66);
    expect(toHalf(1 + 2 ** -11)).toBe(0x3c00); // tie → even
    expect(toHalf(1 + 3 * 2 ** -11)).toBe(0x3c02);
    for (const h of [0x0001, 0x03ff, 0x0400, 0x3555, 0x7bff, 0xbc00]) expect(toHalf(fromHalf(h))).toBe(h);
  });
  it('crc32 of "123456789" is the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('weights file', () => {
  const tensors = [
    { name: 'tok_emb', shape: [3, 2], data: new Float32Array([1, 2, 3, 4, 5, 6]) },
    { name: 'pos_emb', shape: [4, 2], data: new Float32Array([0.5, -0.5, 0, 0, 1, 1, 2, 2]) },
    { name: 'ln_f.g', shape: [2], data: new Float32Array([1, 1]) },
    { name: 'ln_f.b', shape: [2], data: new Float32Array([0, 0.25]) },
  ];
  const good = writeModelFile({ config: cfg, tokenizer: { alphabet: ['a', 'b'], merges: [] } }, tensors);

  it('round-trips', () => {
    const p = parseModelFile(good);
    expect(p.header.config).toEqual(cfg);
    expect([...p.weights.keys()]).toEqual(tensors.map((t) => t.name));
    expect(Array.from(p.weights.get('pos_emb')!.data)).toEqual([0.5, -0.5, 0, 0, 1, 1, 2, 2]);
  });

  it('rejects truncated, padded, corrupt, foreign and wrong-version files with clear errors', () => {
    expect(() => parseModelFile(good.slice(0, 10))).toThrow(/too short/);
    expect(() => parseModelFile(good.slice(0, good.length - 3))).toThrow(/truncated/);
    expect(() => parseModelFile(new Uint8Array([...good, 0]))).toThrow(/trailing/);
    const bad = good.slice();
    bad[bad.length - 1] ^= 0x40;
    expect(() => parseModelFile(bad)).toThrow(/checksum/);
    const html = new TextEncoder().encode('<!doctype html><html>not found</html>');
    expect(() => parseModelFile(html)).toThrow(/wrong magic.*HTML/);
    const v2 = good.slice();
    v2[4] = 2;
    expect(() => parseModelFile(v2)).toThrow(/version 2/);
  });
});
