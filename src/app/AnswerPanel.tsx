import type { SceneCopy } from '../scenes/types';
import { Formula, RichText } from '../ui/Formula';
import type { ShellMessages } from '../i18n';

export interface AnswerPanelProps {
  copy: SceneCopy;
  t: ShellMessages['scene'];
}

function SourceTags({ ids, copy }: { ids?: string[]; copy: SceneCopy }) {
  if (!ids?.length) return null;
  return (
    <span className="source-tags">
      {ids.map((id) => {
        const n = copy.sources.findIndex((s) => s.id === id);
        return n < 0 ? null : (
          <a key={id} href={`#src-${id}`} className="source-tag" onClick={(e) => { e.preventDefault(); document.getElementById(`src-${id}`)?.scrollIntoView({ block: 'center' }); }}>
            [{n + 1}]
          </a>
        );
      })}
    </span>
  );
}

/** The interview answer: key points, formulas, misconceptions, follow-ups and sources. */
export function AnswerPanel({ copy, t }: AnswerPanelProps) {
  return (
    <div className="answer">
      <section aria-labelledby="ans-h">
        <h2 id="ans-h">{t.answer}</h2>
        <ol className="answer-points">
          {copy.answer.map((a, i) => (
            <li key={i}>
              <RichText text={a} />
            </li>
          ))}
        </ol>
      </section>
      {copy.formulas.length ? (
        <section aria-labelledby="f-h">
          <h2 id="f-h">{t.formulas}</h2>
          <div className="formulas">
            {copy.formulas.map((f, i) => (
              <figure key={i} className="formula-card" tabIndex={0} aria-label={f.caption.replace(/\$[^$]*\$/g, '…')}>
                <Formula tex={f.tex} />
                <figcaption>
                  <RichText text={f.caption} />
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      ) : null}
      {copy.misconceptions.length ? (
        <section aria-labelledby="m-h">
          <h2 id="m-h">{t.misconceptions}</h2>
          <ul className="misconceptions">
            {copy.misconceptions.map((m, i) => (
              <li key={i} className="misconception">
                <p className="claim">
                  <span className="tag tag-claim">{t.claim}</span> <RichText text={m.claim} />
                </p>
                <p className="correction">
                  <span className="tag tag-correct">{t.correction}</span> <RichText text={m.correction} />{' '}
                  <SourceTags ids={m.sources} copy={copy} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {copy.followUps.length ? (
        <section aria-labelledby="fu-h">
          <h2 id="fu-h">{t.followUps}</h2>
          <dl className="followups">
            {copy.followUps.map((f, i) => (
              <div key={i}>
                <dt>{f.q}</dt>
                <dd>
                  <RichText text={f.a} /> <SourceTags ids={f.sources} copy={copy} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="s-h">
        <h2 id="s-h">{t.sources}</h2>
        <ol className="sources">
          {copy.sources.map((s) => (
            <li key={s.id} id={`src-${s.id}`}>
              {s.text}
              {s.url ? (
                <>
                  {' '}
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.url.replace(/^https?:\/\//, '')}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
