import { useId } from 'react';
import { ControlHelp } from './ControlHelp';

export interface ToggleProps {
  paramKey: string;
  label: string;
  help?: string;
  value: boolean;
  onChange: (v: boolean) => void;
}

/** An on/off parameter as a labelled checkbox styled as a switch. */
export function Toggle({ paramKey, label, help, value, onChange }: ToggleProps) {
  const id = useId();
  return (
    <div className="control toggle" data-param={paramKey}>
      <label htmlFor={id} className="toggle-label">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={value}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      <ControlHelp id={`${id}-help`} text={help} />
    </div>
  );
}
