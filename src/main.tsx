import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { resolveLang } from './i18n';
import { readSavedPrefs, useAppStore } from './store/store';
import { parseHash } from './store/route';
import './app/styles.css';

/** Initial preferences: saved choice, else the OS / browser. (`lang=` in the URL is applied by the router.) */
function initPrefs(): void {
  const saved = readSavedPrefs();
  const mq = (q: string) => (typeof window.matchMedia === 'function' ? window.matchMedia(q).matches : false);
  const route = parseHash(window.location.hash);
  useAppStore.setState({
    lang: resolveLang(route.query.get('lang'), saved.lang, navigator.languages ?? [navigator.language]),
    theme: saved.theme ?? (mq('(prefers-color-scheme: dark)') ? 'dark' : 'light'),
    reducedMotion: saved.reducedMotion ?? mq('(prefers-reduced-motion: reduce)'),
  });
}

initPrefs();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
