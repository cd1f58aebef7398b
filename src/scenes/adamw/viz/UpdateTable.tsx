import type { UpdateView } from '../model/inspect';

export interface UpdateTableProps {
  /** Two optimizers side by side (e.g. Adam+L2 and AdamW), each with a colour and a label. */
  cols: { view: UpdateView; label: string; color: string }[];
  /** Row labels, keyed by field. */
  rows: Record<RowKey, string>;
  caption: string;
  /** Rows to emphasise. */
  emphasis?: RowKey[];
  compact?: boolean;
  /** One table per optimizer, one under the other (narrow screens). */
  stacked?: boolean;
}

export type RowKey = 'theta0' | 'gradF' | 'g' | 'm' | 'v' | 'mHat' | 'vHat' | 'den' | 'step' | 'decay' | 'relDecay' | 'theta1';

const ORDER: RowKey[] = ['theta0', 'gradF', 'g', 'm', 'v', 'mHat', 'vHat', 'den', 'step', 'decay', 'relDecay', 'theta1'];
const COMPACT: RowKey[] = ['g', 'vHat', 'den', 'step', 'relDecay'];

/** A number in at most 3 significant digits (exponent form when tiny or huge). */
export function sig(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e5) return v.toExponential(2).replace('e-', 'e−').replace('-', '−');
  return v.toPrecision(3).replace('-', '−');
}

/** One update of two Adam-family optimizers, term by term, per coordinate (θ₁, θ₂). */
export function UpdateTable({ cols, rows, caption, emphasis = [], compact, stacked }: UpdateTableProps) {
  const keys = compact ? COMPACT : ORDER;
  const groups = stacked ? cols.map((c) => [c]) : [cols];
  return (
    <div className="update-table-wrap">
      {groups.map((group, gi) => (
        <table key={gi} className={compact ? 'update-table compact' : 'update-table'}>
          {gi === 0 ? <caption>{caption}</caption> : null}
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{caption}</span>
              </th>
              {group.map((c) => (
                <th key={c.label} scope="colgroup" colSpan={2} style={{ borderBottomColor: c.color }}>
                  <span className="swatch-line" style={{ background: c.color }} aria-hidden="true" /> {c.label}
                </th>
              ))}
            </tr>
            <tr>
              <td />
              {group.map((c) => [
                <th key={`${c.label}-1`} scope="col" className="coord">
                  θ₁
                </th>,
                <th key={`${c.label}-2`} scope="col" className="coord">
                  θ₂
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k} className={emphasis.includes(k) ? 'emph' : undefined}>
                <th scope="row">{rows[k]}</th>
                {group.map((c) => [
                  <td key={`${c.label}-${k}-0`}>{sig(c.view[k][0])}</td>,
                  <td key={`${c.label}-${k}-1`}>{sig(c.view[k][1])}</td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
