/** The readouts question 8 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'params-total',
  'params-emb',
  'params-layers',
  'dim-spread',
  'chars',
  'tok-llama',
  'tok-qwen',
  'tok-gpt',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
