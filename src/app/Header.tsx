import { MESSAGES } from '../i18n';
import { useAppStore } from '../store/store';

export interface BackendBadgeProps {
  /** False on a scene that never starts tfjs (`usesTf: false`): an idle runtime then reads "not needed". */
  needed?: boolean;
}

/** The active tfjs backend (`data-readout="tf-backend"`): webgl, cpu, not started yet, or not needed. */
export function BackendBadge({ needed = true }: BackendBadgeProps) {
  const backend = useAppStore((s) => s.backend);
  const lang = useAppStore((s) => s.lang);
  const t = MESSAGES[lang].backend;
  const unneeded = backend === 'idle' && !needed;
  const text = unneeded ? t.notNeeded : backend === 'idle' ? t.idle : backend === 'loading' ? t.loading : backend === 'error' ? 'error' : backend;
  return (
    <span className={`backend-badge b-${backend}`} title={backend === 'cpu' ? t.cpuNote : unneeded ? t.notNeededNote : undefined}>
      <span className="backend-label">{t.label}</span> <span data-readout="tf-backend">{text}</span>
    </span>
  );
}

export interface HeaderProps {
  /** Whether the page's scene uses tfjs (see `BackendBadgeProps.needed`). */
  tfNeeded?: boolean;
}

/** Page chrome: title, language, theme, motion, backend. */
export function Header({ tfNeeded = true }: HeaderProps) {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const t = MESSAGES[lang];
  return (
    <header className="site-header">
      <a className="brand" href="#/">
        <span className="brand-mark" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="22" height="22"><rect x="2" y="2" width="9" height="9" rx="2" fill="var(--c1)" /><rect x="13" y="2" width="9" height="9" rx="2" fill="var(--c2)" /><rect x="2" y="13" width="9" height="9" rx="2" fill="var(--c3)" /><rect x="13" y="13" width="9" height="9" rx="2" fill="var(--accent)" /></svg>
        </span>
        <span className="brand-text">{t.appTitle}</span>
      </a>
      <nav className="header-tools" aria-label={t.nav.header}>
        <BackendBadge needed={tfNeeded} />
        <button
          type="button"
          className="btn small"
          data-action="lang"
          lang={lang === 'zh' ? 'en' : 'zh'}
          aria-label={`${t.lang.label}: ${t.lang.switchTo}`}
          onClick={() => {
            const next = lang === 'zh' ? 'en' : 'zh';
            useAppStore.getState().setLang(next);
          }}
        >
          {t.lang.switchTo}
        </button>
        <button
          type="button"
          className="btn small"
          data-action="theme"
          aria-label={theme === 'dark' ? t.theme.toLight : t.theme.toDark}
          title={theme === 'dark' ? t.theme.toLight : t.theme.toDark}
          onClick={() => useAppStore.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? (
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="3.2" fill="currentColor" /><path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" /></svg>
          ) : (
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M13.5 10.2A6 6 0 0 1 5.8 2.5a6 6 0 1 0 7.7 7.7z" fill="currentColor" /></svg>
          )}
        </button>
        <button
          type="button"
          className="btn small"
          data-action="motion"
          aria-pressed={reducedMotion}
          aria-label={reducedMotion ? t.motion.toFull : t.motion.toReduced}
          title={reducedMotion ? t.motion.toFull : t.motion.toReduced}
          onClick={() => useAppStore.getState().setReducedMotion(!reducedMotion)}
        >
          {reducedMotion ? t.motion.reduced : t.motion.full}
        </button>
      </nav>
    </header>
  );
}
