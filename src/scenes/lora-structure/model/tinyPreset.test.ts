import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModelFile } from '../../../model/format';
import { PRESETS, TINY_CONFIG, tinyTotalParams } from './presets';

const FILE = 'public/model/tiny-transformer.bin';

describe('tiny preset matches the shipped tiny transformer', () => {
  const { header, weights } = parseModelFile(new Uint8Array(readFileSync(FILE)));
  it('config in the weights header', () => {
    const c = header.config;
    expect({ d: c.dModel, L: c.nLayers, h: c.nHeads, f: c.dFF, V: c.vocabSize, T: c.contextLength, pos: c.posEncoding, tied: c.tiedEmbeddings }).toEqual({
      d: TINY_CONFIG.dModel,
      L: TINY_CONFIG.nLayers,
      h: TINY_CONFIG.nHeads,
      f: TINY_CONFIG.dFF,
      V: TINY_CONFIG.vocabSize,
      T: TINY_CONFIG.contextLength,
      pos: TINY_CONFIG.posEncoding,
      tied: TINY_CONFIG.tiedEmbeddings,
    });
  });
  it('total parameters = the sum of the shipped tensors (223,808 in MODEL_CARD.md)', () => {
    let n = 0;
    for (const w of weights.values()) n += w.shape.reduce((a: number, b: number) => a * b, 1);
    expect(tinyTotalParams(TINY_CONFIG)).toBe(n);
    expect(PRESETS.tiny.totalParams).toBe(223_808);
  });
  it('attention and FFN matrices have the preset shapes', () => {
    const shape = (name: string) => weights.get(name)?.shape.join('x');
    expect(shape('layers.0.attn.wq')).toBe(`${TINY_CONFIG.dModel}x${TINY_CONFIG.dModel}`);
    expect(shape('layers.0.ffn.w1')).toBe(`${TINY_CONFIG.dModel}x${TINY_CONFIG.dFF}`);
    expect(shape('layers.0.ffn.w2')).toBe(`${TINY_CONFIG.dFF}x${TINY_CONFIG.dModel}`);
  });
});
