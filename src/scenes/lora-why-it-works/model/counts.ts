/** LoRA targets this scene can adapt: the four attention projections of every block. */
export const LORA_TARGETS = ['q', 'k', 'v', 'o'] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

/** Weight name of a target in block l (the tiny transformer's names, applied as x·W, W [in, out]). */
export function targetWeight(l: number, t: LoraTarget): string {
  return `layers.${l}.attn.w${t}`;
}

/** Parse a `targets` list ("q,v") in option order; unknown names are dropped. */
export function parseTargets(s: string): LoraTarget[] {
  const on = new Set(s.split(',').map((x) => x.trim()));
  return LORA_TARGETS.filter((t) => on.has(t));
}

/**
 * Trainable parameters of LoRA: each adapted W ∈ ℝ^{d×k} gets B ∈ ℝ^{d×r}, A ∈ ℝ^{r×k}, i.e. r·(d + k)
 * (LoRA paper §4.2: |Θ| = 2 × L̂ × d_model × r when d = k = d_model).
 */
export function loraTrainable(r: number, shapes: readonly (readonly [number, number])[]): number {
  return shapes.reduce((s, [d, k]) => s + r * (d + k), 0);
}

/** Bytes of Adam's optimizer state (m and v, fp32) for `n` trainable parameters. */
export function adamStateBytes(n: number, bytesPerFloat = 4): number {
  return 2 * n * bytesPerFloat;
}

/** CRC-32 (IEEE, as zlib.crc32) of the bytes of some Float32Arrays, in order. */
export function crc32Floats(arrays: readonly Float32Array[]): number {
  let c = 0xffffffff;
  for (const a of arrays) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    for (let i = 0; i < bytes.length; i++) {
      c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    }
  }
  return (c ^ 0xffffffff) >>> 0;
}

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** An 8-digit hex form of a CRC. */
export function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
