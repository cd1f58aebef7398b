import { useId } from 'react';
import { ControlHelp } from './ControlHelp';
import type { NumberParamSpec } from '../scenes/types';

export interface SliderProps {
  spec: NumberParamSpec;
  value: number;
  label: string;
  help?: string;
  unit?: string;
  onChange: (v: number) => void;
}

const LOG_STEPS = 1000;

function toPosition(spec: NumberParamSpec, v: number): number {
  if (spec.scale !== 'log') return v;
  const t = (Math.log(v) - Math.log(spec.min)) / (Math.log(spec.max) - Math.log(spec.min));
  return Math.round(t * LOG_STEPS);
}

function fromPosition(spec: NumberParamSpec, p: number): number {
  if (spec.scale !== 'log') return p;
  const v = Math.exp(Math.log(spec.min) + (p / LOG_STEPS) * (Math.log(spec.max) - Math.log(spec.min)));
  const snapped = Math.round(v / spec.step) * spec.step;
  return Math.min(spec.max, Math.max(spec.min, Number(snapped.toPrecision(6))));
}

/** Format a parameter value with the precision its step implies. */
export function formatParamValue(spec: NumberParamSpec, v: number): string {
  if (spec.type === 'int') return String(Math.round(v));
  const s = String(spec.step);
  const d = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
  return v.toFixed(d);
}

/** A labelled range input for a numeric parameter (linear or logarithmic). */
export function Slider({ spec, value, label, help, unit, onChange }: SliderProps) {
  const id = useId();
  const isLog = spec.scale === 'log';
  const shown = formatParamValue(spec, value);
  return (
    <div className="control slider" data-param={spec.key}>
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="control-value">
          {shown}
          {unit ? <span className="unit"> {unit}</span> : null}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={isLog ? 0 : spec.min}
        max={isLog ? LOG_STEPS : spec.max}
        step={isLog ? 1 : spec.step}
        value={toPosition(spec, value)}
        aria-valuetext={unit ? `${shown} ${unit}` : shown}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(fromPosition(spec, Number(e.currentTarget.value)))}
      />
      <ControlHelp id={`${id}-help`} text={help} />
    </div>
  );
}
