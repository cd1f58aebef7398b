import { applyParamPatch, type CodecIssue } from '../store/paramsCodec';
import type { ParamValues, SceneCopy, SceneManifest } from '../scenes/types';

/**
 * Where moving to step `index` leads: the step id and the params after the step's preset.
 * Out-of-range indices are clamped; null when there is nowhere to go.
 */
export function stepTarget(
  manifest: SceneManifest,
  params: ParamValues,
  index: number,
): { stepId: string; params: ParamValues; issues: CodecIssue[] } | null {
  if (manifest.steps.length === 0) return null;
  const i = Math.max(0, Math.min(manifest.steps.length - 1, Math.round(index)));
  const step = manifest.steps[i];
  if (!step.preset) return { stepId: step.id, params, issues: [] };
  const r = applyParamPatch(manifest.params, params, step.preset);
  return { stepId: step.id, params: r.params, issues: r.issues };
}

/** Index of a step id (0 when unknown). */
export function stepIndexOf(manifest: SceneManifest, stepId: string): number {
  const i = manifest.steps.findIndex((s) => s.id === stepId);
  return i < 0 ? 0 : i;
}

/** Step ids in order and each step's title in the current copy (the id until the copy has loaded). */
export function stepTitles(manifest: SceneManifest, copy: SceneCopy | undefined): { stepIds: string[]; titles: Record<string, string> } {
  const stepIds = manifest.steps.map((s) => s.id);
  const titles = Object.fromEntries(stepIds.map((id) => [id, copy?.steps[id]?.title ?? id]));
  return { stepIds, titles };
}
