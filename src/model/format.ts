/**
 * The tiny transformer's weights file (no tfjs here; used by the training script and the runtime).
 *
 * Layout (little-endian):
 *   0  magic "TTFM" (4 bytes)
 *   4  u32 format version (1)
 *   8  u32 header byte length H (UTF-8 JSON: config, tokenizer, tensor table, training metadata)
 *  12  u32 data byte length N
 *  16  u32 CRC-32 of bytes [20, 20 + H + pad + N)
 *  20  header JSON, zero-padded to a multiple of 4
 *      data: the tensors, fp16 (IEEE half), row-major, at the offsets of the tensor table
 * A file whose length is not exactly 20 + H + pad + N, whose checksum differs, or whose magic or
 * version is wrong is rejected with an Error that says which.
 */
import type { TinyModelConfig } from './types';
import type { BpeSpec } from './tokenizer';

export const MAGIC = 'TTFM';
export const FORMAT_VERSION = 1;
const FIXED = 20;

export interface TensorEntry {
  name: string;
  shape: number[];
  dtype: 'f16';
  /** Byte offset inside the data section. */
  offset: number;
}

export interface ModelHeader {
  config: TinyModelConfig;
  tokenizer: BpeSpec;
  tensors: TensorEntry[];
  /** Free-form training metadata (steps, seed, losses, evaluation subset). */
  training?: Record<string, unknown>;
}

export interface ParsedModelFile {
  header: ModelHeader;
  /** Weights as float32, by name, in file order. */
  weights: Map<string, { shape: number[]; data: Float32Array }>;
}

let crcTable: Uint32Array | null = null;
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** float32 → IEEE half bits (round to nearest even, overflow → ±inf). */
export function toHalf(v: number): number {
  f32[0] = v;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let h = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && h & 1)) h++;
    return sign | h;
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++;
  e = h >>> 10;
  return sign | h;
}

/** IEEE half bits → number. */
export function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** Round a float32 array through fp16 (what the shipped file stores). */
export function roundToHalf(a: Float32Array): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = fromHalf(toHalf(a[i]));
  return out;
}

/** Serialise a model: header fields plus float32 tensors (stored as fp16). */
export function writeModelFile(
  meta: Omit<ModelHeader, 'tensors'>,
  tensors: { name: string; shape: number[]; data: Float32Array }[],
): Uint8Array {
  let offset = 0;
  const table: TensorEntry[] = [];
  for (const t of tensors) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    if (n !== t.data.length) throw new Error(`tensor ${t.name}: shape ${t.shape} does not match ${t.data.length} values`);
    table.push({ name: t.name, shape: t.shape, dtype: 'f16', offset });
    offset += n * 2;
    offset += offset % 4; // keep every tensor 4-byte aligned
  }
  const header: ModelHeader = { ...meta, tensors: table };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (4 - (json.length % 4)) % 4;
  const dataLen = offset;
  const buf = new Uint8Array(FIXED + json.length + pad + dataLen);
  const dv = new DataView(buf.buffer);
  for (let i = 0; i < 4; i++) buf[i] = MAGIC.charCodeAt(i);
  dv.setUint32(4, FORMAT_VERSION, true);
  dv.setUint32(8, json.length, true);
  dv.setUint32(12, dataLen, true);
  buf.set(json, FIXED);
  for (let i = 0; i < pad; i++) buf[FIXED + json.length + i] = 0x20;
  const dataStart = FIXED + json.length + pad;
  tensors.forEach((t, i) => {
    const base = dataStart + table[i].offset;
    for (let j = 0; j < t.data.length; j++) dv.setUint16(base + 2 * j, toHalf(t.data[j]), true);
  });
  dv.setUint32(16, crc32(buf.subarray(FIXED)), true);
  return buf;
}

/** Parse and validate a weights file. Throws a clear Error for anything truncated, corrupt or foreign. */
export function parseModelFile(input: ArrayBuffer | Uint8Array): ParsedModelFile {
  const buf = input instanceof Uint8Array ? input : new Uint8Array(input);
  const what = 'tiny-transformer weights';
  if (buf.length < FIXED) throw new Error(`${what}: file too short (${buf.length} bytes; truncated or not a weights file)`);
  const magic = String.fromCharCode(buf[0], buf[1], buf[2], buf[3]);
  if (magic !== MAGIC) {
    const looksHtml = buf[0] === 0x3c; // '<': an HTML error page served instead of the file
    throw new Error(`${what}: wrong magic "${magic.replace(/[^\x20-\x7e]/g, '?')}" (expected "${MAGIC}")${looksHtml ? ' — got an HTML page; is the file missing?' : ''}`);
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`${what}: unsupported format version ${version} (expected ${FORMAT_VERSION})`);
  const headerLen = dv.getUint32(8, true);
  const dataLen = dv.getUint32(12, true);
  const pad = (4 - (headerLen % 4)) % 4;
  const expected = FIXED + headerLen + pad + dataLen;
  if (buf.length < expected) throw new Error(`${what}: truncated (${buf.length} of ${expected} bytes)`);
  if (buf.length > expected) throw new Error(`${what}: ${buf.length - expected} unexpected trailing bytes (expected ${expected} bytes)`);
  const crc = crc32(buf.subarray(FIXED));
  if (crc !== dv.getUint32(16, true)) throw new Error(`${what}: checksum mismatch (file is corrupt)`);
  let header: ModelHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(buf.subarray(FIXED, FIXED + headerLen))) as ModelHeader;
  } catch (e) {
    throw new Error(`${what}: header is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!header || !header.config || !header.tokenizer || !Array.isArray(header.tensors)) throw new Error(`${what}: header lacks config, tokenizer or tensor table`);
  const dataStart = FIXED + headerLen + pad;
  const weights = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const t of header.tensors) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    if (t.dtype !== 'f16') throw new Error(`${what}: tensor ${t.name} has unsupported dtype ${String(t.dtype)}`);
    if (t.offset < 0 || t.offset + 2 * n > dataLen) throw new Error(`${what}: tensor ${t.name} lies outside the data section`);
    const data = new Float32Array(n);
    const base = dataStart + t.offset;
    for (let j = 0; j < n; j++) data[j] = fromHalf(dv.getUint16(base + 2 * j, true));
    weights.set(t.name, { shape: t.shape.slice(), data });
  }
  return { header, weights };
}

/** Weight names and shapes the architecture needs, in file order. */
export function expectedShapes(c: TinyModelConfig): { name: string; shape: number[] }[] {
  const D = c.dModel;
  const F = c.dFF;
  const out: { name: string; shape: number[] }[] = [{ name: 'tok_emb', shape: [c.vocabSize, D] }];
  if (c.posEncoding === 'learned') out.push({ name: 'pos_emb', shape: [c.contextLength, D] });
  for (let l = 0; l < c.nLayers; l++) {
    const p = `layers.${l}.`;
    out.push(
      { name: p + 'ln1.g', shape: [D] },
      { name: p + 'ln1.b', shape: [D] },
      { name: p + 'attn.wq', shape: [D, D] },
      { name: p + 'attn.bq', shape: [D] },
      { name: p + 'attn.wk', shape: [D, D] },
      { name: p + 'attn.bk', shape: [D] },
      { name: p + 'attn.wv', shape: [D, D] },
      { name: p + 'attn.bv', shape: [D] },
      { name: p + 'attn.wo', shape: [D, D] },
      { name: p + 'attn.bo', shape: [D] },
      { name: p + 'ln2.g', shape: [D] },
      { name: p + 'ln2.b', shape: [D] },
      { name: p + 'ffn.w1', shape: [D, F] },
      { name: p + 'ffn.b1', shape: [F] },
      { name: p + 'ffn.w2', shape: [F, D] },
      { name: p + 'ffn.b2', shape: [D] },
    );
  }
  out.push({ name: 'ln_f.g', shape: [D] }, { name: 'ln_f.b', shape: [D] });
  if (!c.tiedEmbeddings) out.push({ name: 'lm_head', shape: [D, c.vocabSize] });
  return out;
}

/** Check that a parsed file has every weight the config needs, with the right shapes. */
export function validateWeights(p: ParsedModelFile): void {
  for (const { name, shape } of expectedShapes(p.header.config)) {
    const w = p.weights.get(name);
    if (!w) throw new Error(`tiny-transformer weights: missing tensor ${name}`);
    if (w.shape.join('x') !== shape.join('x')) throw new Error(`tiny-transformer weights: tensor ${name} has shape [${w.shape}] but the config needs [${shape}]`);
  }
}
