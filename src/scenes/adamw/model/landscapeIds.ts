/** The landscapes' ids (plain data: the manifest imports this, so it must not pull in tfjs). */
export const LANDSCAPES = ['valley', 'rotated', 'banana'] as const;
export type Landscape = (typeof LANDSCAPES)[number];
