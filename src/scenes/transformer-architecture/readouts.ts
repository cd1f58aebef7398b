/** The readouts question 7 always shows, in display order. */
export const READOUTS = ['tokens', 'focus-shape', 'params', 'ln-count', 'head', 'top-attended', 'attn-max', 'attn-entropy', 'check', 'next-token'] as const;
export type ReadoutKey = (typeof READOUTS)[number];
