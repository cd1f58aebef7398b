/** The readouts question 17 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'mem-full',
  'mem-lora',
  'mem-qlora',
  'acts',
  'fits',
  'trainable',
  'trainable-pct',
  'ckpt-full',
  'ckpt-adapter',
  'ckpt-ratio',
  'tasks-100',
  'bytes-per-param',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
