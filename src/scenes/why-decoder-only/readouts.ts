/** The readouts question 9 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'pairs-bi',
  'pairs-causal',
  'pairs-prefix',
  'targets-clm',
  'targets-mlm',
  'targets-prefix',
  'kv-bytes',
  'scores-step',
  'work-ratio',
  'rank-bi',
  'rank-causal',
  'erank-bi',
  'erank-causal',
  'cond-causal',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
