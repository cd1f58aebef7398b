/** The readouts question 16 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'loss-sgd',
  'loss-momentum',
  'loss-adam',
  'loss-adam-l2',
  'loss-adamw',
  'gap-l2-w',
  'l2-decay-x',
  'l2-decay-y',
  'adamw-decay',
  'sgd-l2-vs-w',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
