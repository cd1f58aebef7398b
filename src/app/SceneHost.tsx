import { useCallback, useEffect, useState } from 'react';
import { fmt, MESSAGES } from '../i18n';
import type { ParamValues, SceneManifest, SceneModule } from '../scenes/types';
import { useAppStore } from '../store/store';
import { ErrorBoundary, ErrorBox } from './ErrorBoundary';

export interface SceneHostProps {
  manifest: SceneManifest;
  module: SceneModule;
  params: ParamValues;
  stepId: string;
  stepIndex: number;
  embed: boolean;
  setParams: (patch: Record<string, unknown>) => void;
  /** Called when the scene reports its first draw. */
  onReadyChange?: (ready: boolean) => void;
}

/**
 * The scene root (`data-scene`, `data-ready`, `data-pending`, `data-step`) with an error boundary, and a clear message
 * (the page keeps working) when the scene reports a failed computation.
 */
export function SceneHost({ manifest, module, params, stepId, stepIndex, embed, setParams, onReadyChange }: SceneHostProps) {
  const lang = useAppStore((s) => s.lang);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const [ready, setReady] = useState(false);
  const [computeError, setComputeError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = MESSAGES[lang];

  // A different scene starts afresh (state reset during render, so an error its first effect reports
  // is not wiped by a reset effect that runs after it).
  const [shownId, setShownId] = useState(manifest.id);
  if (shownId !== manifest.id) {
    setShownId(manifest.id);
    setReady(false);
    setPending(false);
    setComputeError(null);
  }

  useEffect(() => onReadyChange?.(ready), [ready, onReadyChange]);

  const onReady = useCallback(() => {
    setReady(true);
    setComputeError(null);
  }, []);
  const onPending = useCallback((p: boolean) => setPending(p), []);
  const onError = useCallback((e: unknown) => {
    setPending(false);
    const msg = e instanceof Error ? e.message : String(e);
    console.warn('[compute]', msg);
    setComputeError(msg);
  }, []);

  const { Scene } = module;
  const copy = module.copy[lang];
  return (
    <div className="scene-root" data-scene={manifest.id} data-ready={ready ? 'true' : 'false'} data-pending={pending ? 'true' : 'false'} data-step={stepId}>
      {computeError ? <ErrorBox title={fmt(t.errors.computeFailed, { message: computeError })} /> : null}
      <ErrorBoundary
        resetKey={manifest.id}
        fallback={(error, reset) => <ErrorBox title={t.errors.sceneFailed} detail={error.message} retry={{ label: t.errors.retry, onClick: reset }} />}
      >
        <Scene
          params={params}
          stepId={stepId}
          stepIndex={stepIndex}
          lang={lang}
          copy={copy}
          embed={embed}
          reducedMotion={reducedMotion}
          setParams={setParams}
          onReady={onReady}
          onError={onError}
          onPending={onPending}
        />
      </ErrorBoundary>
    </div>
  );
}
