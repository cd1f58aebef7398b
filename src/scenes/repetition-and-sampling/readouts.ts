/** The readouts question 6 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'chosen',
  'p-chosen',
  'entropy',
  'entropy-raw',
  'kept-top-k',
  'kept-top-p',
  'kept-min-p',
  'kept',
  'generated',
  'distinct-2',
  'rep-4',
  'loop',
  'sample-top',
  'reinforce',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
