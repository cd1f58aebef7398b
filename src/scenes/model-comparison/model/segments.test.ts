import { describe, expect, it } from 'vitest';
import { segmentsFromByteLengths, tokensPerChar } from './segments';

describe('segmentsFromByteLengths', () => {
  it('one token per character', () => {
    expect(segmentsFromByteLengths('大模', [3, 3]).map((s) => [s.text, s.tokens])).toEqual([['大', 1], ['模', 1]]);
  });
  it('a multi-character token', () => {
    expect(segmentsFromByteLengths('有什么', [9])).toEqual([{ text: '有什么', start: 0, end: 3, tokens: 1 }]);
  });
  it('a character split into byte tokens (百 = 2 + 1 bytes in cl100k)', () => {
    expect(segmentsFromByteLengths('百川', [2, 1, 2, 1]).map((s) => [s.text, s.tokens])).toEqual([['百', 2], ['川', 2]]);
  });
  it('a token straddling two characters merges them', () => {
    // bytes of 'aé' = 1 + 2 ; tokens [2, 1]: first token ends inside é
    expect(segmentsFromByteLengths('aé', [2, 1])).toEqual([{ text: 'aé', start: 0, end: 2, tokens: 2 }]);
  });
  it('astral characters (4 bytes)', () => {
    expect(segmentsFromByteLengths('🦙x', [1, 1, 1, 1, 1]).map((s) => [s.text, s.tokens])).toEqual([['🦙', 4], ['x', 1]]);
  });
  it('empty text', () => {
    expect(segmentsFromByteLengths('', [])).toEqual([]);
    expect(tokensPerChar(0, 0)).toBe(0);
  });
  it('rejects a byte mismatch', () => {
    expect(() => segmentsFromByteLengths('ab', [1])).toThrow();
  });
});
