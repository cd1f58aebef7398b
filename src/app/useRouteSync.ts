import { useEffect, useState } from 'react';
import { parseLang } from '../i18n';
import { decodeSceneQuery, encodeSceneQuery } from '../store/paramsCodec';
import { parseHash, formatHash, type Route } from '../store/route';
import { useAppStore } from '../store/store';
import { findQuestion } from './registry';

/** Shell-owned query keys kept in the URL when present (lang, embed controls). */
function extraQuery(route: Route): Record<string, string> {
  const extra: Record<string, string> = {};
  const lang = parseLang(route.query.get('lang'));
  if (lang) extra.lang = useAppStore.getState().lang;
  if (route.view === 'embed' && route.query.get('controls') === '0') extra.controls = '0';
  return extra;
}

/** The canonical hash for the current store state on `route`, or null off a built scene. */
export function canonicalHash(route: Route): string | null {
  if (route.view === 'home') return null;
  const m = findQuestion(route.id)?.manifest;
  const s = useAppStore.getState();
  if (!m || s.sceneId !== m.id) return null;
  return formatHash(route.view, m.id, encodeSceneQuery(m.params, m.steps, s.params, s.stepId, extraQuery(route)));
}

/** Apply a URL to the store: language, scene params and step (clamped, with notices). */
export function applyRoute(route: Route): void {
  const st = useAppStore.getState();
  const rawLang = route.query.get('lang');
  if (rawLang !== null) {
    const l = parseLang(rawLang);
    if (l) useAppStore.setState({ lang: l });
    else st.addIssues([{ kind: 'invalid', key: 'lang', raw: rawLang, value: st.lang }]);
  }
  const m = route.view === 'home' ? undefined : findQuestion(route.id)?.manifest;
  if (!m) {
    st.loadScene(null, {}, '');
    return;
  }
  const { params, stepId, issues } = decodeSceneQuery(m.params, m.steps, route.query);
  st.loadScene(m.id, params, stepId);
  if (issues.length) st.addIssues(issues);
}

/**
 * Keep the hash URL and the store in step: the URL is read on load and on back/forward; every change of
 * params or step writes the canonical URL (steps push a history entry, params replace it).
 */
export function useRouteSync(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));

  useEffect(() => {
    const onNav = () => {
      const r = parseHash(window.location.hash);
      useAppStore.getState().clearNotices();
      useAppStore.getState().setPlaying(false);
      applyRoute(r);
      setRoute(r);
    };
    applyRoute(route);
    window.addEventListener('hashchange', onNav);
    window.addEventListener('popstate', onNav);
    return () => {
      window.removeEventListener('hashchange', onNav);
      window.removeEventListener('popstate', onNav);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const write = () => {
      const hash = canonicalHash(route);
      if (!hash || hash === window.location.hash) return;
      const mode = useAppStore.getState().historyMode;
      if (mode === 'push') window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
    };
    write();
    return useAppStore.subscribe((s, prev) => {
      if (s.params !== prev.params || s.stepId !== prev.stepId || s.sceneId !== prev.sceneId || s.lang !== prev.lang) write();
    });
  }, [route]);

  return route;
}
