/**
 * A small byte-pair-encoding tokenizer for mixed Chinese/English text (issue 3).
 *
 * Base alphabet: every character that occurs at least `minCount` times in the training corpus (each
 * Chinese character is one base token), plus `<unk>` (id 0) for anything else, so encoding never throws.
 * Text is first split into chunks (an English word with its leading space, one digit, a run of CJK
 * characters, a run of whitespace, or one other character); learned merges then join symbols inside a
 * chunk, so English gives subwords and Chinese gives characters and frequent words.
 *
 * This one file is used by the training script (bundled for Node) and by the browser runtime; it does
 * not import tfjs.
 */
import type { Tokenizer } from './types';

export const UNK = '<unk>';

/** Serialised form stored in the weights file's header. */
export interface BpeSpec {
  /** Base characters in id order (ids 1..alphabet.length; id 0 is <unk>). */
  alphabet: string[];
  /** Merges in rank order: merge r joins ids [a, b] into id 1 + alphabet.length + r. */
  merges: [number, number][];
}

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
// An English word (with its leading space), one digit (with its leading space), a run of CJK
// characters, a run of whitespace, or any other single code point.
const CHUNK = new RegExp(` ?[A-Za-z]+| ?[0-9]|[${CJK}]+|\\s+|[^\\s${CJK}]`, 'gsu');

/** Split text into pre-tokenisation chunks (concatenating them gives the text back). */
export function chunks(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(CHUNK)) {
    if (m.index !== last) out.push(text.slice(last, m.index)); // defensive: never lose text
    out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export class BpeTokenizer implements Tokenizer {
  readonly vocabSize: number;
  /** Token strings by id (id 0 = <unk>). */
  readonly tokens: string[];
  private readonly charId = new Map<string, number>();
  private readonly rank = new Map<number, number>();
  private readonly cache = new Map<string, number[]>();

  constructor(readonly spec: BpeSpec) {
    this.tokens = [UNK, ...spec.alphabet];
    spec.alphabet.forEach((c, i) => {
      if (Array.from(c).length !== 1) throw new Error(`tokenizer: alphabet entry ${i} is not one character`);
      this.charId.set(c, i + 1);
    });
    spec.merges.forEach(([a, b], r) => {
      const next = this.tokens.length;
      if (!(a >= 0 && a < next && b >= 0 && b < next)) throw new Error(`tokenizer: merge ${r} refers to an unknown id`);
      this.rank.set(a * 1_000_003 + b, r);
      this.tokens.push(this.tokens[a] + this.tokens[b]);
    });
    this.vocabSize = this.tokens.length;
  }

  private encodeChunk(chunk: string): number[] {
    const hit = this.cache.get(chunk);
    if (hit) return hit;
    let ids = Array.from(chunk, (c) => this.charId.get(c) ?? 0);
    for (;;) {
      let best = -1;
      let bestRank = Infinity;
      for (let i = 0; i + 1 < ids.length; i++) {
        if (ids[i] === 0 || ids[i + 1] === 0) continue;
        const r = this.rank.get(ids[i] * 1_000_003 + ids[i + 1]);
        if (r !== undefined && r < bestRank) {
          bestRank = r;
          best = i;
        }
      }
      if (best < 0) break;
      const [a, b] = this.spec.merges[bestRank];
      const merged = 1 + this.spec.alphabet.length + bestRank;
      const out: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
          out.push(merged);
          i++;
        } else out.push(ids[i]);
      }
      ids = out;
    }
    if (this.cache.size < 50_000) this.cache.set(chunk, ids);
    return ids;
  }

  encode(text: string): number[] {
    const out: number[] = [];
    for (const c of chunks(text)) for (const id of this.encodeChunk(c)) out.push(id);
    return out;
  }

  decode(ids: readonly number[]): string {
    let s = '';
    for (const id of ids) s += id === 0 ? '\uFFFD' : (this.tokens[id] ?? '\uFFFD');
    return s;
  }

  tokenLabel(id: number): string {
    if (id === 0) return UNK;
    const t = this.tokens[id];
    if (t === undefined) return `<${id}?>`;
    return t.replace(/ /g, '␣').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  }
}

/**
 * Learn a BPE from `text`: alphabet = characters seen ≥ minCount times (sorted by code point), then
 * merges of the most frequent adjacent pair inside chunks until the vocabulary reaches `vocabSize`
 * (ties broken by the smaller pair of ids, so training is deterministic).
 */
export function trainBpe(text: string, vocabSize: number, minCount = 2): BpeSpec {
  const charCount = new Map<string, number>();
  for (const c of text) charCount.set(c, (charCount.get(c) ?? 0) + 1);
  const alphabet = [...charCount.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([c]) => c)
    .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  const charId = new Map(alphabet.map((c, i) => [c, i + 1]));
  const chunkCount = new Map<string, number>();
  for (const c of chunks(text)) chunkCount.set(c, (chunkCount.get(c) ?? 0) + 1);
  const words: { ids: number[]; n: number }[] = [];
  for (const [c, n] of chunkCount) {
    const ids = Array.from(c, (ch) => charId.get(ch) ?? 0);
    if (ids.length > 1) words.push({ ids, n });
  }
  const merges: [number, number][] = [];
  const K = 1_000_003;
  let next = 1 + alphabet.length;
  while (next < vocabSize) {
    const pairs = new Map<number, number>();
    for (const w of words) {
      const ids = w.ids;
      for (let i = 0; i + 1 < ids.length; i++) {
        if (ids[i] === 0 || ids[i + 1] === 0) continue;
        const k = ids[i] * K + ids[i + 1];
        pairs.set(k, (pairs.get(k) ?? 0) + w.n);
      }
    }
    let bestK = -1;
    let bestN = 1; // a pair must occur at least twice to be merged
    for (const [k, n] of pairs) if (n > bestN || (n === bestN && bestK >= 0 && k < bestK)) [bestK, bestN] = [k, n];
    if (bestK < 0) break;
    const a = Math.floor(bestK / K);
    const b = bestK % K;
    merges.push([a, b]);
    for (const w of words) {
      const ids = w.ids;
      let j = 0;
      for (let i = 0; i < ids.length; i++) {
        if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
          ids[j++] = next;
          i++;
        } else ids[j++] = ids[i];
      }
      ids.length = j;
    }
    next++;
  }
  return { alphabet, merges };
}
