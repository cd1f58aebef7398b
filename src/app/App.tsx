import { lazy, Suspense, useEffect } from 'react';
import { onTfStatus } from '../compute/tf';
import { fmt, MESSAGES } from '../i18n';
import { useAppStore } from '../store/store';
import { ErrorBoundary, ErrorBox } from './ErrorBoundary';
import { Header } from './Header';
import { Home } from './Home';
import { Notices } from './Notices';
import { findQuestion } from './registry';
import { useRouteSync } from './useRouteSync';

const ScenePage = lazy(() => import('./ScenePage').then((m) => ({ default: m.ScenePage })));
const EmbedPage = lazy(() => import('./EmbedPage').then((m) => ({ default: m.EmbedPage })));

/** Mirror preferences onto <html> (lang, theme, motion) so CSS and assistive tech follow them. */
function useDocumentPrefs(): void {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  useEffect(() => {
    const el = document.documentElement;
    el.lang = lang === 'zh' ? 'zh-CN' : 'en';
    el.dataset.theme = theme;
    el.dataset.motion = reducedMotion ? 'reduced' : 'full';
    document.title = MESSAGES[lang].appTitle;
  }, [lang, theme, reducedMotion]);
}

/** Forward tfjs runtime status into the store (compute/ never imports the store). */
function useTfStatus(): void {
  useEffect(
    () =>
      onTfStatus((s) => {
        const set = useAppStore.getState().setBackend;
        if (s.state === 'loading') set('loading');
        else if (s.state === 'error') set('error', s.error ?? null);
        else set(s.state);
      }),
    [],
  );
}

/** The whole app: routes `#/`, `#/q/<id>`, `#/embed/<id>`. */
export function App() {
  const route = useRouteSync();
  useDocumentPrefs();
  useTfStatus();
  const lang = useAppStore((s) => s.lang);
  const t = MESSAGES[lang];
  const q = route.view === 'home' ? undefined : findQuestion(route.id);

  const fallback = (error: Error, reset: () => void) => (
    <ErrorBox title={t.errors.sceneFailed} detail={error.message} retry={{ label: t.errors.retry, onClick: reset }} />
  );

  if (route.view === 'embed' && q?.manifest) {
    return (
      <div className="embed-shell">
        <Notices />
        <ErrorBoundary resetKey={q.id} fallback={fallback}>
          <Suspense fallback={<p className="loading">{t.scene.loading}</p>}>
            <EmbedPage question={q} manifest={q.manifest} showControls={route.query.get('controls') !== '0'} />
          </Suspense>
        </ErrorBoundary>
      </div>
    );
  }

  let body;
  if (route.view === 'home') body = <Home />;
  else if (!q)
    body = (
      <div className="not-built">
        <h1>{fmt(t.scene.unknownScene, { id: route.id })}</h1>
        <p>
          <a href="#/">{t.scene.backHome}</a>
        </p>
      </div>
    );
  else if (!q.manifest)
    body = (
      <div className="not-built" data-question-status="not-built">
        <p className="kicker">{fmt(t.scene.questionN, { n: q.number })}</p>
        <h1>{q.title[lang]}</h1>
        <h2>{t.scene.notBuiltTitle}</h2>
        <p>{fmt(t.scene.notBuiltBody, { n: q.number })}</p>
        <p>
          <a href="#/">{t.scene.backHome}</a>
        </p>
      </div>
    );
  else
    body = (
      <ErrorBoundary resetKey={q.id} fallback={fallback}>
        <Suspense fallback={<p className="loading">{t.scene.loading}</p>}>
          <ScenePage key={q.id} question={q} manifest={q.manifest} />
        </Suspense>
      </ErrorBoundary>
    );

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t.skipToContent}
      </a>
      <Header tfNeeded={q?.manifest?.usesTf !== false} />
      <main id="main" tabIndex={-1}>
        <Notices />
        {body}
      </main>
    </div>
  );
}
