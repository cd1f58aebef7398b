export interface InfoTableProps {
  caption: string;
  head: string[];
  rows: { key: string; cells: string[]; strong?: boolean }[];
  className?: string;
}

/** A small HTML table (text tables stay legible at every width and are read by screen readers). */
export function InfoTable({ caption, head, rows, className }: InfoTableProps) {
  return (
    <table className={className ? `ft-table ${className}` : 'ft-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.strong ? 'strong' : undefined}>
            {r.cells.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {c}
                </th>
              ) : (
                <td key={i}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
