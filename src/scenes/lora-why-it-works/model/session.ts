/**
 * The scene's lab session: loads the tiny transformer once, keeps one LoraLab per (task, seed, lr, …)
 * and trains it to the requested step. Jobs run one at a time (a queue), so two renders never step the
 * same lab concurrently. Pure compute: no React, no store.
 */
import type { TinyModel } from '../../../model/types';
import { parseTargets } from './counts';
import { LoraLab, type LabInspection, type RunCurve } from './lab';
import { makeTask, type TaskData, type TaskId } from './task';

/** LoRA ranks the scene trains side by side. */
export const RANKS = [1, 2, 4, 8] as const;

export interface LabKey {
  task: TaskId;
  seed: number;
  lr: number;
  lrFull: number;
  alpha: number;
  targets: string;
}

export interface LabView {
  key: string;
  step: number;
  curves: RunCurve[];
  /** Null while training is playing (the checks run when it stops). */
  inspection: LabInspection | null;
  task: TaskData;
  /** Labels of the task's symbols and a sample training sequence. */
  labels: (id: number) => string;
  msPerStep: number;
}

let modelP: Promise<TinyModel> | null = null;
function getModel(): Promise<TinyModel> {
  if (!modelP) {
    modelP = import('../../../model').then((m) => m.loadTinyModel());
    modelP.catch(() => (modelP = null));
  }
  return modelP;
}

/** Single-character CJK tokens of the vocabulary: the alphabet of the new task. */
export function candidateTokens(label: (id: number) => string, vocab: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < vocab; i++) if (/^[\u4e00-\u9fff]$/u.test(label(i))) out.push(i);
  return out;
}

let current: { key: string; lab: LoraLab; task: TaskData } | null = null;
let queue: Promise<unknown> = Promise.resolve();

export function keyOf(k: LabKey): string {
  return JSON.stringify([k.task, k.seed, k.lr, k.lrFull, k.alpha, k.targets]);
}

/**
 * Train (or re-train from scratch when the key changed or `steps` went back) to `steps`, then inspect
 * unless `inspect` is false. `alive()` false abandons the job between steps.
 */
export function runLab(k: LabKey, steps: number, inspect: boolean, alive: () => boolean, onProgress?: (v: LabView) => void): Promise<LabView | null> {
  const job = queue.then(async () => {
    if (!alive()) return null;
    const model = await getModel();
    const key = keyOf(k);
    if (!current || current.key !== key || current.lab.step > steps) {
      current?.lab.dispose();
      current = null;
      const names = model.weightNames();
      const label = (i: number) => model.tokenizer.tokenLabel(i);
      const task = makeTask(k.task, k.seed, candidateTokens(label, model.config.vocabSize));
      const lab = new LoraLab(
        { config: model.config, names, weights: new Map(names.map((n) => [n, model.weight(n)] as const)) },
        { task, ranks: RANKS, alpha: k.alpha, lr: k.lr, lrFull: k.lrFull, targets: parseTargets(k.targets), seed: k.seed },
      );
      current = { key, lab, task };
    }
    const { lab, task } = current;
    const from = lab.step;
    const t0 = performance.now();
    const snapshot = (inspection: LabInspection | null): LabView => {
      const n = lab.step + (inspection ? 1 : 0);
      const ms = lab.step > from ? (performance.now() - t0) / (lab.step - from) : NaN;
      const curves = lab.curves.map((c) => ({ ...c, train: c.train.slice(0, n), heldOut: c.heldOut.slice(0, n) }));
      return { key, step: lab.step, curves, inspection, task, labels: (i: number) => model.tokenizer.tokenLabel(i), msPerStep: ms };
    };
    while (lab.step < steps) {
      if (!alive()) return null;
      await lab.stepOnce();
      // a long catch-up shows its progress (curves and step count) after every step
      if (onProgress && alive()) onProgress(snapshot(null));
    }
    if (!alive()) return null;
    return snapshot(inspect ? await lab.inspect() : null);
  });
  queue = job.catch(() => undefined);
  return job;
}
