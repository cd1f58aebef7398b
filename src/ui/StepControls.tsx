export interface StepControlsProps {
  stepIds: readonly string[];
  titles: Record<string, string>;
  index: number;
  playing: boolean;
  labels: { prev: string; next: string; play: string; pause: string; steps: string; stepOf: string };
  onGoto: (index: number) => void;
  onTogglePlay: () => void;
  /** Compact layout for embeds: no step titles row. */
  compact?: boolean;
}

/** Prev / play-pause / next buttons and one dot per step (each a button that jumps to it). */
export function StepControls({ stepIds, titles, index, playing, labels, onGoto, onTogglePlay, compact }: StepControlsProps) {
  const n = stepIds.length;
  return (
    <nav className={compact ? 'step-controls compact' : 'step-controls'} aria-label={labels.steps}>
      <button type="button" className="icon-btn" data-action="prev" aria-label={labels.prev} title={labels.prev} disabled={index <= 0} onClick={() => onGoto(index - 1)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
      <button type="button" className="icon-btn" data-action="play" aria-label={playing ? labels.pause : labels.play} title={playing ? labels.pause : labels.play} aria-pressed={playing} onClick={onTogglePlay}>
        {playing ? (
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3v10M11 3v10" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" /></svg>
        ) : (
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 3v10l8-5z" fill="currentColor" /></svg>
        )}
      </button>
      <button type="button" className="icon-btn" data-action="next" aria-label={labels.next} title={labels.next} disabled={index >= n - 1} onClick={() => onGoto(index + 1)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
      </button>
      <ol className="step-dots">
        {stepIds.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className={i === index ? 'dot on' : i < index ? 'dot done' : 'dot'}
              aria-current={i === index ? 'step' : undefined}
              aria-label={`${i + 1}. ${titles[id] ?? id}`}
              title={titles[id] ?? id}
              data-step-id={id}
              onClick={() => onGoto(i)}
            >
              {compact ? null : <span className="dot-n">{i + 1}</span>}
            </button>
          </li>
        ))}
      </ol>
      <span className="step-of" aria-live="polite">
        {labels.stepOf}
      </span>
    </nav>
  );
}
