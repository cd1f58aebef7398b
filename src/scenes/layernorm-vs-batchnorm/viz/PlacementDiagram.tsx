export interface PlacementDiagramProps {
  width: number;
  labels: { pre: string; post: string; sublayer: string };
}

function Box({ x, y, w, h, text, hl }: { x: number; y: number; w: number; h: number; text: string; hl?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={5} fill={hl ? 'var(--hl)' : 'var(--surface-2)'} fillOpacity={hl ? 0.85 : 1} stroke="var(--muted)" />
      <text x={x + w / 2} y={y + h / 2 + 4} textAnchor="middle" className="diagram-text">
        {text}
      </text>
    </g>
  );
}

function Plus({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={8} fill="var(--surface)" stroke="var(--text)" />
      <path d={`M${x - 4},${y}h8M${x},${y - 4}v8`} stroke="var(--text)" strokeWidth={1.5} />
    </g>
  );
}

/**
 * One residual block drawn twice: Post-LN, x ← LN(x + F(x)) (the norm sits on the residual stream), and
 * Pre-LN, x ← x + F(LN(x)) (the norm sits on the branch; the stream is a clean identity path).
 */
export function PlacementDiagram({ width, labels }: PlacementDiagramProps) {
  const h = 66;
  const rowW = width;
  const row = (y: number, kind: 'post' | 'pre') => {
    const x0 = 4;
    const x1 = rowW - 8;
    const boxW = Math.min(70, (rowW - 60) / 3.2);
    const midY = y + 40;
    const branchY = y + 16;
    const plusX = kind === 'post' ? x0 + (x1 - x0) * 0.62 : x0 + (x1 - x0) * 0.78;
    const items =
      kind === 'post'
        ? { branch: [{ x: x0 + (x1 - x0) * 0.3, t: labels.sublayer }], stream: [{ x: x0 + (x1 - x0) * 0.84, t: 'LN' }] }
        : { branch: [{ x: x0 + (x1 - x0) * 0.3, t: 'LN' }, { x: x0 + (x1 - x0) * 0.58, t: labels.sublayer }], stream: [] as { x: number; t: string }[] };
    const bx0 = x0 + (x1 - x0) * 0.12;
    return (
      <g>
        <text x={x0} y={y + 2} className="chart-title">
          {kind === 'post' ? labels.post : labels.pre}
        </text>
        <line x1={x0} x2={x1} y1={midY} y2={midY} stroke="var(--text)" strokeWidth={1.5} markerEnd="url(#arrow)" />
        <path d={`M${bx0},${midY}V${branchY + 9}H${plusX}V${midY - 8}`} fill="none" stroke="var(--muted)" strokeWidth={1.5} />
        {items.branch.map((b) => (
          <Box key={b.t} x={b.x - boxW / 2} y={branchY} w={boxW} h={18} text={b.t} hl={b.t === 'LN'} />
        ))}
        <Plus x={plusX} y={midY} />
        {items.stream.map((b) => (
          <Box key={b.t} x={b.x - boxW / 3} y={midY - 9} w={(boxW * 2) / 3} h={18} text={b.t} hl />
        ))}
      </g>
    );
  };
  return (
    <svg width={width} height={2 * h + 8} role="img" aria-label={`${labels.post} / ${labels.pre}`} className="chart">
      <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0L8,4L0,8z" fill="var(--text)" />
        </marker>
      </defs>
      {row(12, 'post')}
      {row(12 + h + 8, 'pre')}
    </svg>
  );
}
