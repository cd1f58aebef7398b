import { useId } from 'react';
import { ControlHelp } from './ControlHelp';

export interface MultiToggleProps {
  paramKey: string;
  label: string;
  help?: string;
  options: readonly string[];
  optionLabels?: Record<string, string>;
  /** The chosen options. */
  value: readonly string[];
  /** The fewest options that must stay chosen: a chosen button is disabled when unpressing it would go below. */
  min?: number;
  onChange: (v: string[]) => void;
}

/** A subset of a few options as a row of toggle buttons (aria-pressed), several of which may be on. */
export function MultiToggle({ paramKey, label, help, options, optionLabels, value, min = 0, onChange }: MultiToggleProps) {
  const id = useId();
  const atMin = value.length <= min;
  return (
    <div className="control segmented multi" data-param={paramKey}>
      <div className="control-head">
        <span id={id}>{label}</span>
      </div>
      <div role="group" aria-labelledby={id} aria-describedby={help ? `${id}-help` : undefined} className="seg-row">
        {options.map((o) => {
          const on = value.includes(o);
          return (
            <button
              key={o}
              type="button"
              data-value={o}
              aria-pressed={on}
              disabled={on && atMin}
              className={on ? 'seg on' : 'seg'}
              onClick={() => onChange(on ? value.filter((x) => x !== o) : options.filter((x) => x === o || value.includes(x)))}
            >
              {optionLabels?.[o] ?? o}
            </button>
          );
        })}
      </div>
      <ControlHelp id={`${id}-help`} text={help} />
    </div>
  );
}
