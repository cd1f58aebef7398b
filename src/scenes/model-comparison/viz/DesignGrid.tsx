/** One row of the design grid: a property and each model's choice. */
export interface DesignRow {
  key: string;
  label: string;
  cells: { id: string; text: string; differs: boolean }[];
}

export interface DesignGridProps {
  names: { id: string; name: string }[];
  rows: DesignRow[];
  focus: string;
  title: string;
  alt: string;
  narrow?: boolean;
}

/** Design choices as chips: rows = property, columns = model; a chip that departs from LLaMA is outlined. */
export function DesignGrid({ names, rows, focus, title, alt, narrow }: DesignGridProps) {
  return (
    <div className={narrow ? 'mc-design narrow' : 'mc-design'} role="group" aria-label={alt}>
      <div className="mc-design-title">{title}</div>
      <div className="mc-design-grid" style={{ gridTemplateColumns: `auto repeat(${names.length}, minmax(0, 1fr))` }}>
        <span />
        {names.map((n) => (
          <span key={n.id} className={n.id === focus ? 'mc-design-head sel' : 'mc-design-head'}>
            {n.name}
          </span>
        ))}
        {rows.map((r) => (
          <div key={r.key} className="mc-design-row" style={{ display: 'contents' }}>
            <span className="mc-design-label">{r.label}</span>
            {r.cells.map((c) => (
              <span key={c.id} className={`mc-chip${c.differs ? ' differs' : ''}${c.id === focus ? ' sel' : ''}`}>
                {c.text}
              </span>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
