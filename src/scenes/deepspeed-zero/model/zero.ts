/**
 * Memory and communication arithmetic of ZeRO-DP (Rajbhandari et al., "ZeRO: Memory Optimizations
 * Toward Training Trillion Parameter Models", SC'20, arXiv 1910.02054, §3.1, §5, §7, Figure 1, Table 1).
 * Pure numbers, no tensors. Ψ = number of parameters, N_d = data-parallel degree, K = optimizer-state
 * bytes per parameter (12 for mixed-precision Adam: fp32 master params, momentum and variance).
 */

/** ZeRO-DP stage: 0 = plain data parallelism, 1 = P_os, 2 = P_os+g, 3 = P_os+g+p. */
export type Stage = 0 | 1 | 2 | 3;
export const STAGES: readonly Stage[] = [0, 1, 2, 3];

/** Bytes per GB in this scene (the paper's GB: 10⁹ bytes). */
export const GB = 1e9;

/** Model-state bytes held by one device, split by kind. */
export interface StateBytes {
  /** fp16 parameters: 2Ψ, or 2Ψ/N_d when partitioned (stage 3). */
  params: number;
  /** fp16 gradients: 2Ψ, or 2Ψ/N_d when partitioned (stage ≥ 2). */
  grads: number;
  /** Optimizer states: KΨ, or KΨ/N_d when partitioned (stage ≥ 1). */
  optim: number;
  /** params + grads + optim. */
  total: number;
}

/** Which model states a stage partitions across the N_d devices. */
export function partitioned(stage: Stage): { params: boolean; grads: boolean; optim: boolean } {
  return { optim: stage >= 1, grads: stage >= 2, params: stage >= 3 };
}

/**
 * Per-device model-state bytes (Figure 1 caption, §5.1–5.3):
 * baseline (2+2+K)Ψ; P_os 4Ψ + KΨ/N_d; P_os+g 2Ψ + (2+K)Ψ/N_d; P_os+g+p (2+2+K)Ψ/N_d.
 * psi: parameters (count, not billions); nd ≥ 1; k ≥ 0.
 */
export function perDeviceBytes(psi: number, nd: number, k: number, stage: Stage): StateBytes {
  const p = partitioned(stage);
  const params = p.params ? (2 * psi) / nd : 2 * psi;
  const grads = p.grads ? (2 * psi) / nd : 2 * psi;
  const optim = p.optim ? (k * psi) / nd : k * psi;
  return { params, grads, optim, total: params + grads + optim };
}

/** Per-device model-state bytes of all four strategies at once: [baseline, P_os, P_os+g, P_os+g+p]. */
export function allStages(psi: number, nd: number, k: number): [number, number, number, number] {
  return [0, 1, 2, 3].map((s) => perDeviceBytes(psi, nd, k, s as Stage).total) as [number, number, number, number];
}

/** Where one device's model states live when the optimizer states may be offloaded to CPU memory. */
export interface Placement {
  gpu: StateBytes;
  /** Bytes of this device's optimizer-state partition kept in host (CPU) memory. */
  cpu: number;
  /** Whether offload applies (it is a ZeRO option: stage ≥ 1). */
  offloaded: boolean;
}

/**
 * GPU vs CPU bytes per device. With `offload` and stage ≥ 1 the device's optimizer-state partition
 * (KΨ/N_d) and the optimizer step move to CPU memory; fp16 parameters and gradients stay on the GPU.
 * (ZeRO-Offload also streams the gradient partition to the CPU; this model counts only the optimizer
 * states, as DeepSpeed's `offload_optimizer` names them.) Stage 0 is plain DP: no offload.
 */
export function placement(psi: number, nd: number, k: number, stage: Stage, offload: boolean): Placement {
  const b = perDeviceBytes(psi, nd, k, stage);
  if (!offload || stage === 0) return { gpu: b, cpu: 0, offloaded: false };
  return { gpu: { ...b, optim: 0, total: b.params + b.grads }, cpu: b.optim, offloaded: true };
}

/** GPU model-state bytes per parameter for a stage (Ψ = 1 of `placement`). */
export function bytesPerParam(nd: number, k: number, stage: Stage, offload = false): number {
  return placement(1, nd, k, stage, offload).gpu.total;
}

/**
 * Largest Ψ whose model states fit in `gpuBytes` per device (Table 2's "max theoretical model size"
 * with MP = 1): gpuBytes / bytes-per-parameter. Activations and buffers are not counted.
 */
export function maxPsi(gpuBytes: number, nd: number, k: number, stage: Stage, offload = false): number {
  return gpuBytes / bytesPerParam(nd, k, stage, offload);
}

/** Memory reduction of a stage over the baseline: (2+2+K)Ψ / per-device bytes. */
export function reduction(nd: number, k: number, stage: Stage): number {
  return (4 + k) / bytesPerParam(nd, k, stage);
}

/** One collective in a training step: what it moves and its per-device volume in units of Ψ elements. */
export interface Collective {
  op: 'reduce-scatter' | 'all-gather' | 'all-reduce';
  what: 'grads' | 'params';
  /** When: forward, backward, or after the update. */
  phase: 'forward' | 'backward' | 'update';
  /** Volume in Ψ (paper's count, large-N_d limit). */
  psi: number;
}

/**
 * Collectives of one training step and their volume (§7.2): stages 0–2 move 2Ψ per device
 * (reduce-scatter Ψ + all-gather Ψ — the two halves of an all-reduce; with P_os/P_os+g the all-gather
 * carries updated parameters); stage 3 moves 3Ψ (all-gather Ψ in forward, all-gather Ψ in backward,
 * reduce-scatter Ψ of gradients).
 */
export function collectives(stage: Stage): Collective[] {
  if (stage === 3)
    return [
      { op: 'all-gather', what: 'params', phase: 'forward', psi: 1 },
      { op: 'all-gather', what: 'params', phase: 'backward', psi: 1 },
      { op: 'reduce-scatter', what: 'grads', phase: 'backward', psi: 1 },
    ];
  if (stage === 0)
    return [
      { op: 'reduce-scatter', what: 'grads', phase: 'backward', psi: 1 },
      { op: 'all-gather', what: 'grads', phase: 'backward', psi: 1 },
    ];
  return [
    { op: 'reduce-scatter', what: 'grads', phase: 'backward', psi: 1 },
    { op: 'all-gather', what: 'params', phase: 'update', psi: 1 },
  ];
}

/** Communication volume per device per step, in units of Ψ, as the paper counts it (2 or 3). */
export function commFactor(stage: Stage): number {
  return collectives(stage).reduce((s, c) => s + c.psi, 0);
}

/**
 * Elements one device sends per step with ring collectives: each reduce-scatter or all-gather of Ψ
 * elements sends (N_d − 1)/N_d · Ψ, so the total is commFactor · Ψ · (N_d − 1)/N_d (→ 2Ψ or 3Ψ
 * for large N_d; 0 on one device).
 */
export function commElements(psi: number, nd: number, stage: Stage): number {
  return (commFactor(stage) * psi * (nd - 1)) / nd;
}

/**
 * The devices to draw when N_d is large: all of them up to `maxCols`, else the first `maxCols − 2`,
 * a gap (null) and the last one. Returns device indices (0-based) and nulls for the ellipsis.
 */
export function visibleDevices(nd: number, maxCols: number): (number | null)[] {
  const m = Math.max(3, Math.floor(maxCols));
  if (nd <= m) return Array.from({ length: nd }, (_, i) => i);
  return [...Array.from({ length: m - 2 }, (_, i) => i), null, nd - 1];
}
