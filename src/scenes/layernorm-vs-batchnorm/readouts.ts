/** The readouts question 3 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'groups',
  'group-size',
  'focus-mean',
  'focus-var',
  'out-mean',
  'out-std',
  'batch-mean-spread',
  'pad-shift',
  'outlier-effect',
  'train-eval-gap',
  'depth-ratio',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
