/** The readouts question 5 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'model-share',
  'ring-step',
  'ring-error',
  'ring-bytes',
  'ps-bytes',
  'bubble-formula',
  'bubble-drawn',
  'inflight',
  'fp16-underflow',
  'fp16-overflow',
  'bf16-underflow',
  'lost-fp16',
  'lost-fp32',
  'sync-idle',
  'stale-mean',
  'stale-max',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
