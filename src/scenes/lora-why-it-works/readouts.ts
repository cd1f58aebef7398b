/** The readouts question 19 always shows (manifest, scene and e2e share this list). */
export const READOUTS = [
  'train-step',
  'loss-r1',
  'loss-r2',
  'loss-r4',
  'loss-r8',
  'loss-full',
  'heldout-r8',
  'heldout-full',
  'params-r1',
  'params-r8',
  'params-full',
  'optim-r8',
  'optim-full',
  'base-crc-before',
  'base-crc-after',
  'full-crc',
  'merge-diff',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
