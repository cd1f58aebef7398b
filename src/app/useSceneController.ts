import { useCallback, useEffect } from 'react';
import type { ParamValues, SceneManifest } from '../scenes/types';
import { applyParamPatch } from '../store/paramsCodec';
import { useAppStore } from '../store/store';
import { stepIndexOf, stepTarget } from './sceneNav';

/** Seconds per step while playing. */
export const PLAY_INTERVAL_MS = 6000;

/** Step navigation, params and the player for one scene, backed by the store. */
export function useSceneController(manifest: SceneManifest) {
  const params = useAppStore((s) => s.params);
  const stepId = useAppStore((s) => s.stepId);
  const playing = useAppStore((s) => s.playing);
  const stepIndex = stepIndexOf(manifest, stepId);

  const goto = useCallback(
    (index: number) => {
      const st = useAppStore.getState();
      const t = stepTarget(manifest, st.params, index);
      if (!t || t.stepId === st.stepId) return;
      st.setStep(t.stepId, t.params);
    },
    [manifest],
  );

  const gotoId = useCallback(
    (id: string) => {
      const i = manifest.steps.findIndex((s) => s.id === id);
      if (i >= 0) goto(i);
    },
    [manifest, goto],
  );

  /**
   * Change params through the schema's validation. Nothing changes (and nothing is announced) when the
   * patch leaves every value as it was. `notify: false` (embed hosts) drops the notices: an invalid key
   * from a host page is ignored, an out-of-range value clamped, without covering the figure.
   */
  const setParams = useCallback(
    (patch: Record<string, unknown>, opts: { notify?: boolean } = {}) => {
      const st = useAppStore.getState();
      const r = applyParamPatch(manifest.params, st.params, patch);
      const changed = Object.keys(r.params).some((k) => r.params[k] !== st.params[k]);
      if (changed) st.setParams(r.params);
      if (r.issues.length && opts.notify !== false) st.addIssues(r.issues);
    },
    [manifest],
  );

  const togglePlay = useCallback(() => {
    const st = useAppStore.getState();
    if (!st.playing && stepIndexOf(manifest, st.stepId) >= manifest.steps.length - 1) goto(0);
    st.setPlaying(!st.playing);
  }, [manifest, goto]);

  useEffect(() => {
    if (!playing) return;
    const t = window.setInterval(() => {
      const st = useAppStore.getState();
      const i = stepIndexOf(manifest, st.stepId);
      if (i >= manifest.steps.length - 1) st.setPlaying(false);
      else goto(i + 1);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(t);
  }, [playing, manifest, goto]);

  return { params: params as ParamValues, stepId, stepIndex, playing, goto, gotoId, setParams, togglePlay };
}

/** ←/→ move between steps unless the user is typing or moving a slider. */
export function useStepKeys(onPrev: () => void, onNext: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const t = e.target as HTMLElement | null;
      if (t && (t.closest('input, textarea, select, [contenteditable="true"]'))) return;
      e.preventDefault();
      if (e.key === 'ArrowLeft') onPrev();
      else onNext();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPrev, onNext]);
}
