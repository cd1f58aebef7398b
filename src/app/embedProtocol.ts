import type { ParamValues } from '../scenes/types';

/** Messages a host page may send to `#/embed/<id>`. */
export type InboundMessage =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'goto'; step: string | number }
  | { type: 'set'; params: Record<string, unknown> };

/** Messages the embed sends to its host after load and after every change. */
export interface OutboundMessage {
  type: 'ready' | 'state';
  scene: string;
  step: string;
  stepIndex: number;
  stepCount: number;
  params: ParamValues;
}

/** Validate an inbound message; anything unknown or malformed gives null (and is ignored). */
export function parseInbound(data: unknown): InboundMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  switch (d.type) {
    case 'next':
    case 'prev':
      return { type: d.type };
    case 'goto':
      if (typeof d.step === 'string' || (typeof d.step === 'number' && Number.isInteger(d.step))) return { type: 'goto', step: d.step };
      return null;
    case 'set':
      if (typeof d.params === 'object' && d.params !== null && !Array.isArray(d.params)) return { type: 'set', params: d.params as Record<string, unknown> };
      return null;
    default:
      return null;
  }
}
