import { useCallback, useEffect, useRef, useState } from 'react';
import { fmt, MESSAGES } from '../i18n';
import type { SceneManifest } from '../scenes/types';
import { encodeSceneQuery } from '../store/paramsCodec';
import { formatHash } from '../store/route';
import { useAppStore } from '../store/store';
import { StepControls } from '../ui/StepControls';
import { parseInbound, type OutboundMessage } from './embedProtocol';
import type { QuestionEntry } from './registry';
import { ErrorBox } from './ErrorBoundary';
import { stepTitles } from './sceneNav';
import { SceneHost } from './SceneHost';
import { useSceneController, useStepKeys } from './useSceneController';
import { useSceneModule } from './useSceneModule';
import { BackendBadge } from './Header';

export interface EmbedPageProps {
  question: QuestionEntry;
  manifest: SceneManifest;
  showControls: boolean;
}

/**
 * `#/embed/<id>`: the figure alone for slides, with its step controls (unless `controls=0`), a link back,
 * and the postMessage protocol (see README). Never takes keyboard focus on load.
 */
export function EmbedPage({ question, manifest, showControls }: EmbedPageProps) {
  const lang = useAppStore((s) => s.lang);
  const sceneId = useAppStore((s) => s.sceneId);
  const t = MESSAGES[lang];
  const { module, error, retry } = useSceneModule(manifest);
  const ctl = useSceneController(manifest);
  const prev = useCallback(() => ctl.goto(ctl.stepIndex - 1), [ctl.goto, ctl.stepIndex]);
  const next = useCallback(() => ctl.goto(ctl.stepIndex + 1), [ctl.goto, ctl.stepIndex]);
  useStepKeys(prev, next);
  const [ready, setReady] = useState(false);
  const sentReady = useRef(false);

  // Inbound messages from the host page.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || window.parent === window) return;
      const msg = parseInbound(e.data);
      if (!msg) return;
      const st = useAppStore.getState();
      const i = manifest.steps.findIndex((s) => s.id === st.stepId);
      if (msg.type === 'next') ctl.goto(i + 1);
      else if (msg.type === 'prev') ctl.goto(i - 1);
      else if (msg.type === 'goto') {
        if (typeof msg.step === 'number') ctl.goto(msg.step);
        else ctl.gotoId(msg.step);
      } else if (msg.type === 'set') ctl.setParams(msg.params, { notify: false });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [manifest, ctl.goto, ctl.gotoId, ctl.setParams]);

  // Outbound: 'ready' once the scene has drawn, then 'state' after every change.
  useEffect(() => {
    if (!ready || window.parent === window || sceneId !== manifest.id) return;
    const msg: OutboundMessage = {
      type: sentReady.current ? 'state' : 'ready',
      scene: manifest.id,
      step: ctl.stepId,
      stepIndex: ctl.stepIndex,
      stepCount: manifest.steps.length,
      params: { ...ctl.params },
    };
    sentReady.current = true;
    window.parent.postMessage(msg, '*');
  }, [ready, sceneId, manifest, ctl.stepId, ctl.stepIndex, ctl.params]);

  if (sceneId !== manifest.id) return <p className="loading">{t.scene.loading}</p>;
  const copy = module?.copy[lang];
  const { stepIds, titles } = stepTitles(manifest, copy);
  const full = formatHash('scene', manifest.id, encodeSceneQuery(manifest.params, manifest.steps, ctl.params, ctl.stepId));

  return (
    <main className="embed" data-embed={manifest.id}>
      <h1 className="sr-only">{copy?.question ?? question.title[lang]}</h1>
      {error ? <ErrorBox title={fmt(t.errors.loadFailed, { message: error.message })} retry={{ label: t.errors.retry, onClick: retry }} /> : null}
      {!module && !error ? <p className="loading">{t.scene.loading}</p> : null}
      {module && copy ? (
        <>
          <div className="embed-figure">
            <SceneHost
              manifest={manifest}
              module={module}
              params={ctl.params}
              stepId={ctl.stepId}
              stepIndex={ctl.stepIndex}
              embed
              setParams={ctl.setParams}
              onReadyChange={setReady}
            />
          </div>
          <footer className="embed-bar">
            {showControls ? (
              <StepControls
                compact
                stepIds={stepIds}
                titles={titles}
                index={ctl.stepIndex}
                playing={ctl.playing}
                labels={{ ...t.scene, stepOf: `${ctl.stepIndex + 1}/${stepIds.length} · ${titles[ctl.stepId] ?? ''}` }}
                onGoto={ctl.goto}
                onTogglePlay={ctl.togglePlay}
              />
            ) : (
              <span className="embed-step">{titles[ctl.stepId]}</span>
            )}
            <span className="embed-meta">
              <BackendBadge needed={manifest.usesTf !== false} />
              <a href={full} target="_blank" rel="noopener" data-action="open-full" className="embed-link">
                {fmt(t.scene.questionN, { n: question.number })} · {t.scene.openFull} ↗
              </a>
            </span>
          </footer>
        </>
      ) : null}
    </main>
  );
}
