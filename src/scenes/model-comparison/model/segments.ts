/** Token boundaries on characters: pure functions, no tokenizer code (unit-tested without the vocabularies). */

/** One drawn piece of the text: characters [start, end) covered by `tokens` tokens. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Tokens covering exactly these characters: 1 = one token for the piece; >1 = characters split into byte tokens. */
  tokens: number;
}

/** UTF-8 byte length of one code point. */
function utf8Len(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Group tokens into character segments. `tokenBytes[i]` = UTF-8 bytes of token i, in order, summing to
 * the bytes of `text`. A token that ends inside a character is merged with its neighbours until a boundary
 * falls between characters, so every segment is whole characters plus the number of tokens it took.
 */
export function segmentsFromByteLengths(text: string, tokenBytes: readonly number[]): Segment[] {
  const chars = Array.from(text);
  const charEnds: number[] = [];
  let acc = 0;
  for (const ch of chars) {
    acc += utf8Len(ch.codePointAt(0) ?? 0);
    charEnds.push(acc);
  }
  const total = tokenBytes.reduce((s, b) => s + b, 0);
  if (total !== acc) throw new Error(`token bytes ${total} ≠ text bytes ${acc}`);
  const out: Segment[] = [];
  let ci = 0; // next character index
  let segStart = 0;
  let pending = 0;
  let bytePos = 0;
  for (const b of tokenBytes) {
    bytePos += b;
    pending += 1;
    while (ci < chars.length && charEnds[ci] < bytePos) ci += 1;
    if (ci < chars.length && charEnds[ci] === bytePos) {
      out.push({ text: chars.slice(segStart, ci + 1).join(''), start: segStart, end: ci + 1, tokens: pending });
      ci += 1;
      segStart = ci;
      pending = 0;
    }
  }
  return out;
}

/** Tokens per character (0 for empty text). */
export function tokensPerChar(tokens: number, chars: number): number {
  return chars > 0 ? tokens / chars : 0;
}
