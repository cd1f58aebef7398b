/** The readouts question 18 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'scale',
  'lora-params',
  'dense-params',
  'param-ratio',
  'init-delta',
  'fit-error',
  'delta-max',
  'merge-diff',
  'unmerge-diff',
  'branch-ratio',
  'per-layer',
  'trainable',
  'trainable-pct',
  'adapter-size',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
