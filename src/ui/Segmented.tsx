import { useId } from 'react';
import { ControlHelp } from './ControlHelp';

export interface SegmentedProps {
  paramKey: string;
  label: string;
  help?: string;
  options: readonly string[];
  optionLabels?: Record<string, string>;
  value: string;
  onChange: (v: string) => void;
}

/** A choice among a few options as a row of toggle buttons (aria-pressed). */
export function Segmented({ paramKey, label, help, options, optionLabels, value, onChange }: SegmentedProps) {
  const id = useId();
  return (
    <div className="control segmented" data-param={paramKey}>
      <div className="control-head">
        <span id={id}>{label}</span>
      </div>
      <div role="group" aria-labelledby={id} aria-describedby={help ? `${id}-help` : undefined} className="seg-row">
        {options.map((o) => (
          <button
            key={o}
            type="button"
            data-value={o}
            aria-pressed={o === value}
            className={o === value ? 'seg on' : 'seg'}
            onClick={() => onChange(o)}
          >
            {optionLabels?.[o] ?? o}
          </button>
        ))}
      </div>
      <ControlHelp id={`${id}-help`} text={help} />
    </div>
  );
}
