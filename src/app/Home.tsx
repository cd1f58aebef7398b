import { CHAPTERS, fmt, MESSAGES } from '../i18n';
import { formatHash } from '../store/route';
import { useAppStore } from '../store/store';
import { questions } from './registry';

/** The 19 questions grouped in chapters, each with its original number and whether it is ready. */
export function Home() {
  const lang = useAppStore((s) => s.lang);
  const t = MESSAGES[lang];
  const ready = questions.filter((q) => q.manifest).length;
  return (
    <div className="home">
      <section className="hero">
        <h1>{t.appTitle}</h1>
        <p className="lede">{t.tagline}</p>
        <p className="ready-count">{fmt(t.home.readyCount, { ready, total: questions.length })}</p>
      </section>
      {CHAPTERS.map((ch) => {
        const qs = questions.filter((q) => q.chapter === ch);
        if (!qs.length) return null;
        return (
          <section key={ch} className="chapter" aria-labelledby={`ch-${ch}`}>
            <h2 id={`ch-${ch}`}>{t.chapters[ch]}</h2>
            <ul className="q-list">
              {qs.map((q) => (
                <li key={q.id}>
                  <a href={formatHash('scene', q.id)} className={q.manifest ? 'q-card built' : 'q-card'} data-question={q.id} data-built={q.manifest ? 'true' : 'false'}>
                    <span className="q-num" aria-hidden="true">
                      {q.number}
                    </span>
                    <span className="q-body">
                      <span className="sr-only">{fmt(t.home.questionN, { n: q.number })}: </span>
                      <span className="q-title">{q.title[lang]}</span>
                      <span className={q.manifest ? 'q-status ready' : 'q-status'}>{q.manifest ? t.home.ready : t.home.notReady}</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
