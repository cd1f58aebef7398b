import { describe, expect, it } from 'vitest';
import { blocks, ffnParams, layerNormCount, mhaParams, PAPER_BASE, shapeText, totalParams } from './arch';

const TINY = { N: 3, dModel: 64, heads: 4, dFF: 256, vocab: 1024, posRows: 128 };

describe('architecture data', () => {
  it('tiny decoder-only pre-LN: 49,984 per block and 223,808 in all (public/model/MODEL_CARD.md)', () => {
    const bs = blocks('decoder-only', 'pre', TINY, 7);
    const perLayer = bs.filter((b) => b.repeated).reduce((s, b) => s + b.params, 0);
    expect(perLayer).toBe(49984);
    expect(totalParams(bs, 3)).toBe(223808);
    expect(layerNormCount(bs, 3)).toBe(7);
    expect(shapeText(bs[0].out)).toBe('7×64');
    expect(shapeText(bs[bs.length - 1].out)).toBe('7×1024');
  });

  it('paper base, Post-LN: 6+6 layers, three sub-layers in the decoder, the second is cross-attention (Vaswani et al. 2017 §3.1)', () => {
    const bs = blocks('encoder-decoder', 'post', PAPER_BASE, 10, 'T′');
    const dec = bs.filter((b) => b.stack === 'decoder' && b.repeated && b.kind !== 'add-norm').map((b) => b.kind);
    expect(dec).toEqual(['masked-attn', 'cross-attn', 'ffn']);
    expect(bs.filter((b) => b.stack === 'encoder' && b.repeated && b.kind !== 'add-norm').map((b) => b.kind)).toEqual(['self-attn', 'ffn']);
    expect(layerNormCount(bs, 6)).toBe(6 * 2 + 6 * 3);
    // d_model = 512, d_ff = 2048 (§3.3): 4·(512²+512) and 2·512·2048+2048+512
    expect(mhaParams(512)).toBe(1050624);
    expect(ffnParams(512, 2048)).toBe(2099712);
    // + a shared 37k-token embedding (§5.1, §3.4) ≈ the 65M of Table 3 (base)
    const total = totalParams(bs, 6) + 37000 * 512;
    expect(total / 1e6).toBeGreaterThan(60);
    expect(total / 1e6).toBeLessThan(66);
    expect(shapeText(bs.find((b) => b.id === 'dec-cross')!.out)).toBe('T′×512');
  });

  it('Pre-LN moves the norm in front of each sub-layer and adds a final norm per stack', () => {
    const post = blocks('decoder-only', 'post', TINY, 4);
    const pre = blocks('decoder-only', 'pre', TINY, 4);
    expect(layerNormCount(post, 3)).toBe(6);
    expect(layerNormCount(pre, 3)).toBe(7);
    const i = pre.findIndex((b) => b.kind === 'masked-attn');
    expect(pre[i - 1].kind).toBe('norm');
    expect(pre[i + 1].kind).toBe('add');
    expect(post[post.findIndex((b) => b.kind === 'masked-attn') + 1].kind).toBe('add-norm');
    expect(layerNormCount(blocks('encoder-decoder', 'pre', PAPER_BASE, 4), 6)).toBe(32);
  });

  it('length 1 works', () => {
    expect(shapeText(blocks('decoder-only', 'pre', TINY, 1)[0].out)).toBe('1×64');
  });
});
