import type { MethodBytes } from '../model/memory';

/** Memory kinds, bottom to top in every stack. */
export const KINDS = ['weights', 'grads', 'optim', 'adapters', 'acts'] as const;
export type Kind = (typeof KINDS)[number];

/** Okabe–Ito colours per kind (CSS variables, so they follow the theme). */
export const KIND_COLOR: Record<Kind, string> = {
  weights: 'var(--c1)',
  grads: 'var(--c2)',
  optim: 'var(--c3)',
  adapters: 'var(--c4)',
  acts: 'var(--c6)',
};

/** The three methods, left to right. */
export const METHODS = ['full', 'lora', 'qlora'] as const;
export type Method = (typeof METHODS)[number];

/** Bytes of a kind in a method's stack. */
export function kindBytes(m: MethodBytes, k: Kind): number {
  return m[k];
}
