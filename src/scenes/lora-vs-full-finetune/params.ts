import type { ParamSpec } from '../types';
import { TARGETS } from '../lora-structure/model/presets';
import { GPU_OPTIONS, MODEL_IDS, OPTIMIZERS, WBITS, type ModelId, type Optimizer, type WBits } from './model/memory';

/** Typed params schema of question 17: drives the controls, the URL codec and the defaults. */
export const params = [
  { key: 'model', type: 'enum', default: 'llama-7b', options: MODEL_IDS },
  { key: 'wbits', type: 'enum', default: '16', options: WBITS },
  { key: 'opt', type: 'enum', default: 'adamw', options: OPTIMIZERS },
  { key: 'r', type: 'int', default: 8, min: 1, max: 256, step: 1 },
  { key: 'targets', type: 'set', default: 'q,v', options: TARGETS, min: 1 },
  { key: 'batch', type: 'int', default: 1, min: 1, max: 64, step: 1 },
  { key: 'seq', type: 'int', default: 512, min: 128, max: 8192, step: 128 },
  { key: 'ckpt', type: 'bool', default: false },
  { key: 'flash', type: 'bool', default: false },
  { key: 'gpu', type: 'enum', default: '24', options: GPU_OPTIONS },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof params)[number]['key'];

/** The parameter values of this scene. */
export interface FtParams {
  [key: string]: string | number | boolean;
  model: ModelId;
  /** Bits per frozen base weight in the LoRA column. */
  wbits: WBits;
  opt: Optimizer;
  r: number;
  /** Comma list of LoRA targets in option order, e.g. "q,v". */
  targets: string;
  batch: number;
  seq: number;
  /** Full activation checkpointing. */
  ckpt: boolean;
  /** Fused (Flash) attention: no s×s tensors stored. */
  flash: boolean;
  /** GPU memory in GB. */
  gpu: (typeof GPU_OPTIONS)[number];
}
