/** The readouts question 4 always shows, in display order (manifest, scene and e2e share this list). */
export const READOUTS = [
  'pic-err',
  'pic-energy',
  'shape',
  'err-delta',
  'err-random',
  'energy-delta',
  'energy-random',
  'eff-delta',
  'eff-random',
  'lora-params',
  'dense-params',
  'param-ratio',
  'fp16-margin',
  'amp-factor',
  'ft-loss',
] as const;

export type ReadoutKey = (typeof READOUTS)[number];
