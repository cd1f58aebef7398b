import { motion } from 'framer-motion';
import { useEffect, useMemo, useRef } from 'react';
import { diverging } from '../../../viz/colors';
import type { NormMode } from '../params';

/** Where each sample's T×C sheet sits. */
export interface SheetLayout {
  perRow: number;
  cs: number;
  gap: number;
  labelH: number;
  sheetW: number;
  sheetH: number;
  width: number;
  height: number;
}

/** Choose the layout (sheets per row) with the largest cell size (3–22 px) that fits `width` × `maxHeight`. */
export function layoutSheets(width: number, maxHeight: number, B: number, T: number, C: number): SheetLayout {
  const gap = 8;
  const labelH = 14;
  let best: SheetLayout | null = null;
  for (let perRow = 1; perRow <= B; perRow++) {
    const rows = Math.ceil(B / perRow);
    const byWidth = Math.floor((width - (perRow - 1) * gap) / (perRow * C));
    const byHeight = Math.floor((maxHeight - rows * labelH - (rows - 1) * gap) / (rows * T));
    const cs = Math.max(3, Math.min(22, byWidth, byHeight));
    if (byWidth < 3) continue;
    const height = rows * (T * cs + labelH) + (rows - 1) * gap;
    const cand = { perRow, cs, gap, labelH, sheetW: C * cs, sheetH: T * cs, width, height };
    if (!best || cs > best.cs || (cs === best.cs && height < best.height)) best = cand;
  }
  return best ?? { perRow: B, cs: 3, gap, labelH, sheetW: 3 * C, sheetH: 3 * T, width, height: 3 * T + labelH };
}

/** Top-left corner of sample b's sheet (cells start below its label). */
export function sheetOrigin(l: SheetLayout, b: number): { x: number; y: number } {
  const col = b % l.perRow;
  const row = Math.floor(b / l.perRow);
  return { x: col * (l.sheetW + l.gap), y: row * (l.sheetH + l.labelH + l.gap) + l.labelH };
}

/** Rectangles (one per sheet it touches) that outline normalisation group g. */
export function groupRects(l: SheetLayout, mode: NormMode, g: number, B: number, T: number, C: number) {
  const rects: { b: number; x: number; y: number; w: number; h: number }[] = [];
  if (mode === 'bn') {
    const c = Math.min(C - 1, g);
    for (let b = 0; b < B; b++) {
      const o = sheetOrigin(l, b);
      rects.push({ b, x: o.x + c * l.cs, y: o.y, w: l.cs, h: T * l.cs });
    }
  } else if (mode === 'in') {
    const b = Math.min(B - 1, Math.floor(g / C));
    const c = g % C;
    const o = sheetOrigin(l, b);
    rects.push({ b, x: o.x + c * l.cs, y: o.y, w: l.cs, h: T * l.cs });
  } else {
    const b = Math.min(B - 1, Math.floor(g / T));
    const t = g % T;
    const o = sheetOrigin(l, b);
    rects.push({ b, x: o.x, y: o.y + t * l.cs, w: C * l.cs, h: l.cs });
  }
  return rects;
}

export interface TensorSheetsProps {
  values: Float32Array;
  mask: Uint8Array;
  shape: readonly [number, number, number];
  /** Values at ±scale get the end colours. */
  scale: number;
  layout: SheetLayout;
  mode: NormMode;
  focusGroup: number;
  groupOf: Int32Array;
  title: string;
  sampleLabel: string;
  outlierLabel?: string;
  padColor: string;
  reducedMotion: boolean;
  onPick: (group: number) => void;
}

/**
 * A [B, T, C] tensor as B heatmaps (T rows × C columns), cells on a canvas, the lit normalisation group
 * and its dimmed complement on an SVG overlay (animated as the group moves), click a cell to pick its group.
 */
export function TensorSheets(props: TensorSheetsProps) {
  const { values, mask, shape, scale, layout: l, mode, focusGroup, groupOf, title, sampleLabel, outlierLabel, padColor, reducedMotion, onPick } = props;
  const [B, T, C] = shape;
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const cv = canvasRef.current;
    if (!cv) return;
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    cv.width = Math.ceil(l.width * dpr);
    cv.height = Math.ceil(l.height * dpr);
    const ctx = cv.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, l.width, l.height);
    for (let b = 0; b < B; b++) {
      const o = sheetOrigin(l, b);
      for (let t = 0; t < T; t++) {
        const real = mask[b * T + t] === 1;
        for (let c = 0; c < C; c++) {
          const x = o.x + c * l.cs;
          const y = o.y + t * l.cs;
          if (real) {
            ctx.fillStyle = diverging(values[(b * T + t) * C + c] / scale);
            ctx.fillRect(x, y, l.cs, l.cs);
          } else {
            ctx.fillStyle = padColor;
            ctx.fillRect(x, y, l.cs, l.cs);
          }
        }
        if (!real && l.cs >= 5) {
          ctx.strokeStyle = 'rgba(127,127,127,0.55)';
          ctx.lineWidth = 1;
          ctx.beginPath();
          for (let c = 0; c < C; c++) {
            const x = o.x + c * l.cs;
            const y = o.y + t * l.cs;
            ctx.moveTo(x, y + l.cs);
            ctx.lineTo(x + l.cs, y);
          }
          ctx.stroke();
        }
      }
    }
  }, [values, mask, B, T, C, scale, l, padColor]);

  const rects = useMemo(() => groupRects(l, mode, focusGroup, B, T, C), [l, mode, focusGroup, B, T, C]);
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.3, ease: 'easeInOut' as const };

  const onClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - r.left;
    const py = e.clientY - r.top;
    for (let b = 0; b < B; b++) {
      const o = sheetOrigin(l, b);
      const c = Math.floor((px - o.x) / l.cs);
      const t = Math.floor((py - o.y) / l.cs);
      if (c >= 0 && c < C && t >= 0 && t < T) {
        onPick(groupOf[(b * T + t) * C + c]);
        return;
      }
    }
  };

  // Dim everything outside the lit group: one even-odd path per sheet (sheet minus its hole).
  const dims = Array.from({ length: B }, (_, b) => {
    const o = sheetOrigin(l, b);
    const hole = rects.find((r) => r.b === b);
    const outer = `M${o.x},${o.y}h${l.sheetW}v${l.sheetH}h${-l.sheetW}Z`;
    const inner = hole ? `M${hole.x},${hole.y}h${hole.w}v${hole.h}h${-hole.w}Z` : `M${o.x},${o.y}h0v0h0Z`;
    return outer + inner;
  });

  return (
    <div className="sheets" style={{ width: l.width, height: l.height }}>
      <canvas ref={canvasRef} style={{ width: l.width, height: l.height }} aria-hidden="true" />
      <svg width={l.width} height={l.height} className="sheets-overlay" role="img" aria-label={title} onClick={onClick}>
        {Array.from({ length: B }, (_, b) => {
          const o = sheetOrigin(l, b);
          const text = l.sheetW >= 56 ? `${sampleLabel} ${b}` : String(b);
          return (
            <g key={b}>
              <text x={o.x} y={o.y - 3} className={b === 0 && outlierLabel ? 'sheet-label outlier' : 'sheet-label'}>
                {b === 0 && outlierLabel && l.sheetW >= 90 ? `${text} · ${outlierLabel}` : text}
              </text>
              <rect x={o.x - 0.5} y={o.y - 0.5} width={l.sheetW + 1} height={l.sheetH + 1} fill="none" stroke="var(--border)" />
            </g>
          );
        })}
        {dims.map((d, b) => (
          <motion.path key={`dim-${b}`} initial={false} animate={{ d }} transition={tr} fill="var(--surface)" fillOpacity={0.5} fillRule="evenodd" pointerEvents="none" />
        ))}
        {rects.map((r) => (
          <motion.rect
            key={`hl-${r.b}-${mode}`}
            initial={false}
            animate={{ x: r.x - 1, y: r.y - 1, width: r.w + 2, height: r.h + 2 }}
            transition={tr}
            fill="none"
            stroke="var(--hl)"
            strokeWidth={2.5}
            pointerEvents="none"
          />
        ))}
      </svg>
    </div>
  );
}
