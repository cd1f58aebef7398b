import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BpeTokenizer, chunks, trainBpe, UNK } from './tokenizer';
import { parseModelFile } from './format';

const shipped = () => new BpeTokenizer(parseModelFile(readFileSync('public/model/tiny-transformer.bin')).header.tokenizer);

describe('chunks', () => {
  it('splits into words with their leading space, digits, CJK runs and single symbols, losing nothing', () => {
    const s = 'LayerNorm 的均值，和 batch norm 不同 (2017)!\n\n  ok';
    const c = chunks(s);
    expect(c.join('')).toBe(s);
    expect(c).toContain(' batch');
    expect(c).toContain('的均值');
    expect(c).toContain('(');
    expect(c).toContain(' ');
    expect(c).toContain('2');
    expect(c.filter((x) => /^[0-9]$/.test(x)).length).toBe(4);
  });
});

describe('trainBpe', () => {
  it('is deterministic and merges frequent pairs inside chunks only', () => {
    const text = 'the cat the hat the mat 注意力 注意力 注意力 头 头';
    const a = trainBpe(text, 40, 1);
    const b = trainBpe(text, 40, 1);
    expect(a).toEqual(b);
    const tok = new BpeTokenizer(a);
    expect(tok.decode(tok.encode(text))).toBe(text);
    expect(tok.encode(' the').length).toBe(1);
    expect(tok.encode('注意力').length).toBe(1);
    // never merges across a chunk boundary ("the" + " cat")
    expect(tok.tokens.some((t) => t.includes('e c'))).toBe(false);
  });

  it('drops characters seen fewer than minCount times to <unk>', () => {
    const spec = trainBpe('aab', 10, 2);
    expect(spec.alphabet).toEqual(['a']);
    const tok = new BpeTokenizer(spec);
    expect(tok.encode('b')).toEqual([0]);
    expect(tok.tokenLabel(0)).toBe(UNK);
  });
});

describe('shipped tokenizer', () => {
  const tok = shipped();

  it('round-trips Chinese and English text from the corpus', () => {
    for (const s of [
      '大模型为什么会复读？贪心解码每一步都选概率最高的 token，容易陷入循环。',
      'Greedy decoding picks the most likely token at every step and easily falls into a loop.',
      'LoRA 冻结原来的权重，旁边加两个小矩阵 A 和 B。\n\nTop-p keeps the smallest set.',
      'Q: Why are most large models decoder-only?\nA: ',
    ]) {
      const ids = tok.encode(s);
      expect(tok.decode(ids)).toBe(s);
      expect(ids.every((i) => Number.isInteger(i) && i > 0 && i < tok.vocabSize)).toBe(true);
    }
  });

  it('gives subwords for English and multi-character tokens for Chinese', () => {
    const en = tok.encode(' the attention');
    expect(en.length).toBeLessThan(' the attention'.length / 2);
    const zh = tok.encode('注意力');
    expect(zh.length).toBeLessThan(3);
    expect(tok.tokenLabel(tok.encode(' the')[0])).toBe('␣the');
    expect(tok.tokenLabel(tok.encode('\n')[0])).toBe('\\n');
  });

  it('never throws on unseen characters: they become <unk> and decode to U+FFFD', () => {
    const s = '😀 Ωmega 龘 \u0000 ok';
    const ids = tok.encode(s);
    expect(ids).toContain(0);
    expect(ids.every((i) => i >= 0 && i < tok.vocabSize)).toBe(true);
    const back = tok.decode(ids);
    expect(back).toContain('\uFFFD');
    expect(back.endsWith(' ok')).toBe(true);
    expect(tok.encode('')).toEqual([]);
    expect(tok.decode([99999])).toBe('\uFFFD');
    expect(typeof tok.tokenLabel(99999)).toBe('string');
  });
});
