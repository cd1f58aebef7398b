import { motion } from 'framer-motion';
import type { Segment } from '../model/segments';

/** One tokenizer's result, ready to draw. */
export interface TokenStrip {
  id: string;
  title: string;
  summary: string;
  segments: Segment[] | null;
}

export interface TokenStripsProps {
  strips: TokenStrip[];
  title: string;
  alt: string;
  loading: string;
  splitLabel: string;
  note: string;
  compact: boolean;
  reducedMotion: boolean;
}

/**
 * The text drawn once per tokenizer: each token a box (alternating shades); characters that took several
 * byte tokens are hatched with a small count.
 */
export function TokenStrips({ strips, title, alt, loading, splitLabel, note, compact, reducedMotion }: TokenStripsProps) {
  return (
    <div className={compact ? 'mc-tokens compact' : 'mc-tokens'} role="group" aria-label={alt}>
      <div className="mc-design-title">{title}</div>
      {strips.map((s) => (
        <div key={s.id} className="mc-strip">
          <div className="mc-strip-head">
            <span className="mc-strip-title">{s.title}</span>
            <span className="mc-strip-sum">{s.summary}</span>
          </div>
          <div className="mc-strip-text" lang="zh">
            {s.segments === null ? (
              <span className="mc-loading">{loading}</span>
            ) : (
              s.segments.map((g, i) => (
                <motion.span
                  key={`${i}-${g.start}`}
                  initial={reducedMotion ? false : { opacity: 0 }}
                  animate={{ opacity: 1 }}
                  transition={{ duration: reducedMotion ? 0 : 0.25, delay: reducedMotion ? 0 : Math.min(0.6, i * 0.01) }}
                  className={`mc-tok${g.tokens > 1 ? ' split' : ''} t${i % 2}`}
                  title={g.tokens > 1 ? splitLabel.replace('{n}', String(g.tokens)) : undefined}
                >
                  {g.text.replace(/ /g, '\u00a0').replace(/\n/g, '⏎')}
                  {g.tokens > 1 ? <sub>{g.tokens}</sub> : null}
                </motion.span>
              ))
            )}
          </div>
        </div>
      ))}
      {note ? <p className="mc-note">{note}</p> : null}
    </div>
  );
}
