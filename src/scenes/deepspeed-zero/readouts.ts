/** The readouts question 15 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'mem-baseline',
  'mem-pos',
  'mem-posg',
  'mem-posgp',
  'mem-gpu',
  'mem-cpu',
  'reduction',
  'max-psi',
  'comm',
  'comm-gb',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
