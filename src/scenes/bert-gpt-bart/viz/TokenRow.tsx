import { motion } from 'framer-motion';

/** How a token chip is marked. */
export type ChipKind = 'plain' | 'mask' | 'random' | 'keep' | 'loss' | 'hit' | 'moved';

/** One token chip. */
export interface Chip {
  text: string;
  kind: ChipKind;
  /** Small index shown under the chip (the original position). */
  index?: number | string;
}

export interface TokenRowProps {
  label: string;
  chips: Chip[];
  /** Clicking a chip (BERT: toggle its position). Chips become buttons when given. */
  onChip?: (i: number) => void;
  chipTitle?: (i: number) => string;
  reducedMotion: boolean;
  compact?: boolean;
}

/** A labelled row of token chips; wraps on narrow screens. Colours mark what the objective did to each token. */
export function TokenRow({ label, chips, onChip, chipTitle, reducedMotion, compact }: TokenRowProps) {
  return (
    <div className={compact ? 'bgb-row compact' : 'bgb-row'}>
      <div className="bgb-row-label">{label}</div>
      <div className="bgb-chips">
        {chips.length === 0 ? <span className="bgb-empty">∅</span> : null}
        {chips.map((c, i) => {
          const inner = (
            <>
              <span className="bgb-chip-text">{c.text}</span>
              {c.index !== undefined ? <span className="bgb-chip-idx">{c.index}</span> : null}
            </>
          );
          const common = {
            className: `bgb-chip ${c.kind}`,
            initial: reducedMotion ? false : { opacity: 0, y: -4 },
            animate: { opacity: 1, y: 0 },
            transition: { duration: reducedMotion ? 0 : 0.25, delay: reducedMotion ? 0 : Math.min(i, 20) * 0.012 },
          } as const;
          return onChip ? (
            <motion.button key={`${i}-${c.text}-${c.kind}`} type="button" {...common} onClick={() => onChip(i)} title={chipTitle?.(i)} aria-label={chipTitle?.(i)}>
              {inner}
            </motion.button>
          ) : (
            <motion.span key={`${i}-${c.text}-${c.kind}`} {...common}>
              {inner}
            </motion.span>
          );
        })}
      </div>
    </div>
  );
}
