export interface ReadoutProps {
  /** Test hook and identity: rendered as `data-readout`. */
  k: string;
  label: string;
  value: string;
  /** Visual emphasis, e.g. for the readout the current step is about. */
  emphasis?: boolean;
}

/** One key number of a scene: label and value; the value's element carries `data-readout`. */
export function Readout({ k, label, value, emphasis }: ReadoutProps) {
  return (
    <div className={emphasis ? 'readout emph' : 'readout'}>
      <span className="readout-label">{label}</span>
      <span className="readout-value" data-readout={k}>
        {value}
      </span>
    </div>
  );
}
