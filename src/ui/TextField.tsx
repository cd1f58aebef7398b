import { useEffect, useId, useRef, useState } from 'react';
import { ControlHelp } from './ControlHelp';

export interface TextFieldProps {
  paramKey: string;
  label: string;
  help?: string;
  value: string;
  maxLength: number;
  rows?: number;
  /** Milliseconds of no typing after which the text is committed (it is also committed on blur and Ctrl/⌘+Enter). */
  commitDelay?: number;
  onChange: (v: string) => void;
}

/**
 * Free text (a prompt) as a labelled text area. Typing stays local; the value is committed (URL,
 * recomputation) after a pause, on blur, or with Ctrl/⌘+Enter, so a scene does not recompute per key.
 */
export function TextField({ paramKey, label, help, value, maxLength, rows = 2, commitDelay = 600, onChange }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const committed = useRef(value);

  // a new value from outside (URL, embed `set`, step preset) replaces the draft
  useEffect(() => {
    committed.current = value;
    setDraft(value);
  }, [value]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (v !== committed.current) {
      committed.current = v;
      onChange(v);
    }
  };

  return (
    <div className="control text-field" data-param={paramKey}>
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        <span className="control-value" aria-hidden="true">
          {Array.from(draft).length}/{maxLength}
        </span>
      </div>
      <textarea
        id={id}
        rows={rows}
        value={draft}
        maxLength={maxLength}
        spellCheck={false}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setDraft(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(v), commitDelay);
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit(e.currentTarget.value);
          }
        }}
      />
      <ControlHelp id={`${id}-help`} text={help} />
    </div>
  );
}
