import type { ParamCopy, ParamSpec, ParamValue, ParamValues } from '../scenes/types';
import { setMembers } from '../store/paramsCodec';
import { MultiToggle } from './MultiToggle';
import { Segmented } from './Segmented';
import { TextField } from './TextField';
import { Slider } from './Slider';
import { Toggle } from './Toggle';

export interface ParamControlsProps {
  specs: readonly ParamSpec[];
  values: ParamValues;
  copy: Record<string, ParamCopy>;
  onChange: (key: string, v: ParamValue) => void;
}

/** The controls of a scene, generated from its params schema. */
export function ParamControls({ specs, values, copy, onChange }: ParamControlsProps) {
  return (
    <div className="param-controls">
      {specs.map((s) => {
        const c = copy[s.key] ?? { label: s.key };
        if (s.type === 'enum')
          return (
            <Segmented
              key={s.key}
              paramKey={s.key}
              label={c.label}
              help={c.help}
              options={s.options}
              optionLabels={c.options}
              value={String(values[s.key])}
              onChange={(v) => onChange(s.key, v)}
            />
          );
        if (s.type === 'set')
          return (
            <MultiToggle
              key={s.key}
              paramKey={s.key}
              label={c.label}
              help={c.help}
              options={s.options}
              optionLabels={c.options}
              value={setMembers(values[s.key])}
              min={s.min}
              onChange={(v) => onChange(s.key, v.join(','))}
            />
          );
        if (s.type === 'text')
          return (
            <TextField
              key={s.key}
              paramKey={s.key}
              label={c.label}
              help={c.help}
              value={String(values[s.key])}
              maxLength={s.maxLength}
              rows={s.rows}
              onChange={(v) => onChange(s.key, v)}
            />
          );
        if (s.type === 'bool')
          return <Toggle key={s.key} paramKey={s.key} label={c.label} help={c.help} value={Boolean(values[s.key])} onChange={(v) => onChange(s.key, v)} />;
        return (
          <Slider
            key={s.key}
            spec={s}
            value={Number(values[s.key])}
            label={c.label}
            help={c.help}
            unit={c.unit}
            onChange={(v) => onChange(s.key, v)}
          />
        );
      })}
    </div>
  );
}
