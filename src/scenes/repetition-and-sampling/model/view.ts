/**
 * Pure helpers that turn pipeline results into what the figure draws (rows of top candidates,
 * curves). No React, no model.
 */
import { entropy, runPipeline, type PipelineResult, type SamplingSettings } from './pipeline';

/** A candidate row before/after one stage (see viz/TokenBars). */
export interface StageRow {
  id: number;
  before: number;
  after: number;
  filtered: boolean;
  chosen: boolean;
}

/**
 * The top `n` candidates around stage `s` (index into r.stages; 0 = raw logits): the tokens with the
 * largest probability before or after the stage, plus the chosen token; ordered by the probability
 * after the stage, removed tokens last (by their probability before).
 */
export function stageRows(r: PipelineResult, s: number, chosen: number, n: number): StageRow[] {
  const after = s === r.stages.length ? r.probs : r.stages[s].probs;
  const beforeStage = r.stages[Math.max(0, s - 1)];
  const before = s === 0 ? r.stages[0].probs : beforeStage.probs;
  const afterLogits = s === r.stages.length ? r.stages[r.stages.length - 1].logits : r.stages[s].logits;
  const ids = new Set<number>();
  const top = (p: ArrayLike<number>, k: number) =>
    Array.from({ length: p.length }, (_, i) => i)
      .sort((a, b) => p[b] - p[a] || a - b)
      .slice(0, k);
  for (const i of top(before, n)) ids.add(i);
  for (const i of top(after, n)) ids.add(i);
  if (chosen >= 0 && chosen < after.length) ids.add(chosen);
  const rows = [...ids].map((id) => ({ id, before: before[id], after: after[id], filtered: afterLogits[id] === -Infinity, chosen: id === chosen }));
  rows.sort((a, b) => Number(a.filtered) - Number(b.filtered) || (a.filtered ? b.before - a.before : b.after - a.after) || a.id - b.id);
  let out = rows.slice(0, n);
  if (chosen >= 0 && !out.some((x) => x.id === chosen)) {
    const c = rows.find((x) => x.id === chosen);
    if (c) out = [...out.slice(0, n - 1), c];
  }
  return out;
}

/** Entropy of the final distribution as a function of temperature (other settings fixed). Greedy (T = 0) gives 0. */
export function entropyVsTemperature(
  logits: ArrayLike<number>,
  context: readonly number[],
  promptLength: number,
  s: SamplingSettings,
  temps: readonly number[],
): { x: number; y: number }[] {
  return temps.map((t) => {
    const r = runPipeline(logits, context, promptLength, { ...s, temperature: t });
    return { x: t, y: r.greedy ? 0 : entropy(r.probs) };
  });
}

/** The top `n` of a sparse count map, most frequent first (ties by id). */
export function topCounts(counts: Map<number, number>, n: number): { id: number; count: number }[] {
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id - b.id)
    .slice(0, n);
}
