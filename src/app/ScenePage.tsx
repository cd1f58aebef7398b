import { useCallback } from 'react';
import { fmt, MESSAGES } from '../i18n';
import type { SceneManifest } from '../scenes/types';
import { defaultParams, encodeSceneQuery } from '../store/paramsCodec';
import { formatHash } from '../store/route';
import { useAppStore } from '../store/store';
import { RichText } from '../ui/Formula';
import { ParamControls } from '../ui/ParamControls';
import { StepControls } from '../ui/StepControls';
import { AnswerPanel } from './AnswerPanel';
import { baseUrl, CopyButton, embedSnippet } from './CopyButtons';
import { neighbours, type QuestionEntry } from './registry';
import { ErrorBox } from './ErrorBoundary';
import { stepTitles } from './sceneNav';
import { SceneHost } from './SceneHost';
import { useSceneController, useStepKeys } from './useSceneController';
import { useSceneModule } from './useSceneModule';

export interface ScenePageProps {
  question: QuestionEntry;
  manifest: SceneManifest;
}

/** A question's full page: figure, steps, parameters, answer, sources, neighbours, share. */
export function ScenePage({ question, manifest }: ScenePageProps) {
  const lang = useAppStore((s) => s.lang);
  const sceneId = useAppStore((s) => s.sceneId);
  const t = MESSAGES[lang];
  const { module, error, retry } = useSceneModule(manifest);
  const ctl = useSceneController(manifest);
  const prev = useCallback(() => ctl.goto(ctl.stepIndex - 1), [ctl.goto, ctl.stepIndex]);
  const next = useCallback(() => ctl.goto(ctl.stepIndex + 1), [ctl.goto, ctl.stepIndex]);
  useStepKeys(prev, next);
  const { prev: prevQ, next: nextQ } = neighbours(question.id);
  const title = question.title[lang];

  const stateQuery = () => {
    const s = useAppStore.getState();
    return encodeSceneQuery(manifest.params, manifest.steps, s.params, s.stepId);
  };

  if (sceneId !== manifest.id) return <p className="loading">{t.scene.loading}</p>;

  const copy = module?.copy[lang];
  const { stepIds, titles } = stepTitles(manifest, copy);
  const step = copy?.steps[ctl.stepId];

  return (
    <article className="scene-page">
      <header className="scene-head">
        <p className="kicker">{fmt(t.scene.questionN, { n: question.number })}</p>
        <h1>{copy?.question ?? title}</h1>
        {copy ? <p className="lede">{copy.lede}</p> : null}
      </header>

      {error ? <ErrorBox title={fmt(t.errors.loadFailed, { message: error.message })} retry={{ label: t.errors.retry, onClick: retry }} /> : null}
      {!module && !error ? <p className="loading">{t.scene.loading}</p> : null}

      {module && copy ? (
        <>
          <div className="scene-grid">
            <section className="figure-card" aria-label={t.scene.figure}>
              <div className="step-caption" aria-live="polite">
                <h2 className="step-title">
                  <span className="step-num">{ctl.stepIndex + 1}</span> {step?.title}
                </h2>
                <RichText as="p" text={step?.caption ?? ''} />
              </div>
              <SceneHost
                manifest={manifest}
                module={module}
                params={ctl.params}
                stepId={ctl.stepId}
                stepIndex={ctl.stepIndex}
                embed={false}
                setParams={ctl.setParams}
              />
              <StepControls
                stepIds={stepIds}
                titles={titles}
                index={ctl.stepIndex}
                playing={ctl.playing}
                labels={{ ...t.scene, stepOf: fmt(t.scene.stepOf, { i: ctl.stepIndex + 1, n: stepIds.length }) }}
                onGoto={ctl.goto}
                onTogglePlay={ctl.togglePlay}
              />
              <p className="keys-hint">{t.scene.keysHint}</p>
            </section>
            <aside className="params-card" aria-labelledby="params-h">
              <div className="params-head">
                <h2 id="params-h">{t.scene.params}</h2>
                <button type="button" className="btn small" data-action="reset" onClick={() => ctl.setParams(defaultParams(manifest.params))}>
                  {t.scene.reset}
                </button>
              </div>
              <ParamControls specs={manifest.params} values={ctl.params} copy={copy.params} onChange={(k, v) => ctl.setParams({ [k]: v })} />
            </aside>
          </div>

          <div className="share-row">
            <CopyButton
              action="copy-link"
              label={t.scene.copyLink}
              copiedLabel={t.scene.copied}
              failedLabel={t.scene.copyFailed}
              getText={() => baseUrl() + formatHash('scene', manifest.id, stateQuery())}
            />
            <CopyButton
              action="copy-embed"
              label={t.scene.copyEmbed}
              copiedLabel={t.scene.copied}
              failedLabel={t.scene.copyFailed}
              getText={() => embedSnippet(baseUrl() + formatHash('embed', manifest.id, stateQuery()), title)}
            />
          </div>

          <AnswerPanel copy={copy} t={t.scene} />
        </>
      ) : null}

      <nav className="q-nav" aria-label={t.nav.home}>
        {prevQ ? (
          <a href={formatHash('scene', prevQ.id)} className="q-link prev">
            <span className="q-link-dir">← {t.scene.prevQuestion}</span>
            <span className="q-link-title">
              {prevQ.number}. {prevQ.title[lang]}
            </span>
          </a>
        ) : (
          <span />
        )}
        {nextQ ? (
          <a href={formatHash('scene', nextQ.id)} className="q-link next">
            <span className="q-link-dir">{t.scene.nextQuestion} →</span>
            <span className="q-link-title">
              {nextQ.number}. {nextQ.title[lang]}
            </span>
          </a>
        ) : null}
      </nav>
    </article>
  );
}
