/** The readouts question 10 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = ['tokens', 'bert-chosen', 'bert-split', 'gpt-loss', 'bart-input', 'bart-masks', 'bart-detail', 'mask-density'] as const;

export type ReadoutKey = (typeof READOUTS)[number];
