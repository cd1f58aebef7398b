import { useState } from 'react';
import { headLines } from '../model/view';

export interface HeadViewProps {
  /** Token labels, length T. */
  tokens: readonly string[];
  /** [T][T] attention of one head (row = query). */
  attn: readonly ArrayLike<number>[];
  width: number;
  rowHeight: number;
  labels: { query: string; key: string; token: string };
  color: string;
}

/** BertViz-style head view: queries on the left, keys on the right, lines weighted by attention; hover or focus a token to isolate it. */
export function HeadView({ tokens, attn, width, rowHeight, labels, color }: HeadViewProps) {
  const [sel, setSel] = useState<{ t: number; side: 'query' | 'key' } | null>(null);
  const T = tokens.length;
  const colW = Math.min(110, Math.max(56, width * 0.3));
  const x0 = colW;
  const x1 = width - colW;
  const H = 18 + T * rowHeight;
  const y = (i: number) => 18 + i * rowHeight + rowHeight / 2;
  const lines = headLines(attn, sel ? 0.005 : 0.03, sel?.t ?? null, sel?.side ?? 'query');
  const font = Math.max(8, Math.min(13, rowHeight - 3));
  // when rows are tighter than the text, label every other token (all stay focusable)
  const every = rowHeight < 10 ? 2 : 1;
  const tok = (i: number, side: 'query' | 'key') => {
    const active = sel !== null && sel.t === i && sel.side === side;
    const x = side === 'query' ? x0 - 6 : x1 + 6;
    return (
      <text
        key={`${side}-${i}`}
        x={x}
        y={y(i)}
        textAnchor={side === 'query' ? 'end' : 'start'}
        dominantBaseline="middle"
        fontSize={font}
        className={`ta-tok${active ? ' on' : ''}`}
        tabIndex={0}
        role="button"
        aria-pressed={active}
        aria-label={`${side === 'query' ? labels.query : labels.key} ${i + 1}: ${tokens[i]}`}
        onMouseEnter={() => setSel({ t: i, side })}
        onMouseLeave={() => setSel(null)}
        onFocus={() => setSel({ t: i, side })}
        onBlur={() => setSel(null)}
      >
        {i % every === 0 || active ? tokens[i] : '·'}
      </text>
    );
  };
  return (
    <svg className="ta-headview" width={width} height={H} role="group" aria-label={`${labels.query} → ${labels.key}`}>
      <text x={x0 - 6} y={10} textAnchor="end" className="ta-col-title">
        {labels.query}
      </text>
      <text x={x1 + 6} y={10} className="ta-col-title">
        {labels.key}
      </text>
      {lines.map(({ i, j, w }) => (
        <line key={`${i}-${j}`} x1={x0} y1={y(i)} x2={x1} y2={y(j)} stroke={color} strokeOpacity={Math.min(1, 0.1 + w)} strokeWidth={0.5 + 3.5 * w} />
      ))}
      {sel
        ? lines.map(({ i, j, w }) => (
            <text key={`w-${i}-${j}`} x={sel.side === 'query' ? x1 - 4 : x0 + 4} y={sel.side === 'query' ? y(j) : y(i)} textAnchor={sel.side === 'query' ? 'end' : 'start'} dominantBaseline="middle" fontSize={font - 2} className="ta-w">
              {w >= 0.05 ? w.toFixed(2) : ''}
            </text>
          ))
        : null}
      {tokens.map((_, i) => tok(i, 'query'))}
      {tokens.map((_, i) => tok(i, 'key'))}
    </svg>
  );
}
