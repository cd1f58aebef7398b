import { motion } from 'framer-motion';
import type { KeyboardEvent } from 'react';
import { shapeText, type Block, type BlockKind } from '../model/arch';

export interface ArchDiagramProps {
  blocks: readonly Block[];
  /** N of the N× bracket. */
  N: number;
  /** Shape of the input ids (drawn under the first block). */
  inputShape: string;
  /** Label of each block kind. */
  kindLabel: Record<BlockKind, string>;
  /** Labels: stack titles, the K,V arrow, the input. */
  labels: { encoder: string; decoder: string; kv: string; inputs: string; outputs: string; ariaBlock: string };
  /** Block kinds the current step is about (tinted). */
  highlight: readonly BlockKind[];
  focus: string | null;
  onFocus: (id: string | null) => void;
  width: number;
  reducedMotion: boolean;
}

const BH = 22;
const GAP = 16;
const COLW = 150;
const FILL: Partial<Record<BlockKind, string>> = {
  embed: 'var(--ta-embed)',
  'self-attn': 'var(--ta-attn)',
  'masked-attn': 'var(--ta-attn)',
  'cross-attn': 'var(--ta-cross)',
  ffn: 'var(--ta-ffn)',
  linear: 'var(--ta-out)',
  softmax: 'var(--ta-out)',
};

/** The Transformer as React-rendered SVG: stacks bottom to top, the shape on every arrow, clickable blocks. */
export function ArchDiagram({ blocks, N, inputShape, kindLabel, labels, highlight, focus, onFocus, width, reducedMotion }: ArchDiagramProps) {
  const encDec = blocks.some((b) => b.stack === 'encoder');
  const colX = { encoder: 26, decoder: encDec ? 240 : 60, io: encDec ? 240 : 60 };
  const VW = encDec ? 430 : 300;
  // y positions: each stack from the bottom; io continues the decoder column
  const dec = blocks.filter((b) => b.stack !== 'encoder');
  const enc = blocks.filter((b) => b.stack === 'encoder');
  const rowsMax = Math.max(dec.length, enc.length);
  const top = 30;
  const H = top + rowsMax * (BH + GAP) + 40;
  const yOf = new Map<string, number>();
  const place = (list: Block[]) => list.forEach((b, i) => yOf.set(b.id, H - 40 - (i + 1) * (BH + GAP) + GAP));
  place(enc);
  // the decoder column starts at the same height as the encoder's
  place(dec);
  const scale = Math.min(1.25, width / VW);
  const key = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onFocus(focus === id ? null : id);
    }
  };
  const bracket = (list: Block[], right: boolean) => {
    const rep = list.filter((b) => b.repeated);
    if (!rep.length) return null;
    const y0 = yOf.get(rep[rep.length - 1].id)! - 5;
    const y1 = yOf.get(rep[0].id)! + BH + 5;
    const x = colX[rep[0].stack];
    return (
      <g key={`br-${rep[0].stack}`}>
        <rect x={x - 6} y={y0} width={COLW + 12} height={y1 - y0} rx={8} className="ta-bracket" />
        <text x={right ? x + COLW + 10 : x - 10} y={(y0 + y1) / 2} className="ta-n" textAnchor={right ? 'start' : 'end'} dominantBaseline="middle">
          {N}×
        </text>
      </g>
    );
  };
  const arrows = (list: Block[], first: string) =>
    list.map((b, i) => {
      const x = colX[b.stack] + COLW / 2;
      const yTop = yOf.get(b.id)! + BH;
      const yBot = i === 0 ? H - 30 : yOf.get(list[i - 1].id)!;
      const shape = i === 0 ? first : shapeText(list[i - 1].out);
      return (
        <g key={`ar-${b.id}`}>
          <line x1={x} x2={x} y1={yBot} y2={yTop + 3} className="ta-arrow" markerEnd="url(#ta-head)" />
          <text x={x + 5} y={(yBot + yTop) / 2 + 1} className="ta-shape" dominantBaseline="middle">
            {shape}
          </text>
        </g>
      );
    });
  const last = dec[dec.length - 1];
  const encTop = enc[enc.length - 1];
  const cross = blocks.find((b) => b.kind === 'cross-attn');
  return (
    <svg className="ta-diagram" width={VW * scale} height={H * scale} viewBox={`0 0 ${VW} ${H}`} role="group" aria-label={labels.ariaBlock}>
      <defs>
        <marker id="ta-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {encDec ? (
        <text x={colX.encoder + COLW / 2} y={top - 12} className="ta-stack" textAnchor="middle">
          {labels.encoder}
        </text>
      ) : null}
      <text x={colX.decoder + COLW / 2} y={14} className="ta-stack" textAnchor="middle">
        {labels.decoder}
      </text>
      {bracket(enc, false)}
      {bracket(dec, encDec)}
      {arrows(enc, inputShape)}
      {arrows(dec, encDec ? `T′` : inputShape)}
      {encDec ? (
        <text x={colX.encoder + COLW / 2} y={H - 16} className="ta-shape" textAnchor="middle">
          {labels.inputs}
        </text>
      ) : null}
      <text x={colX.decoder + COLW / 2} y={H - 16} className="ta-shape" textAnchor="middle">
        {encDec ? labels.outputs : labels.inputs}
      </text>
      {encTop && cross ? (
        <g>
          <path
            d={`M${colX.encoder + COLW / 2},${yOf.get(encTop.id)!} L${colX.encoder + COLW / 2},${yOf.get(encTop.id)! - 10} L${colX.decoder - 20},${yOf.get(encTop.id)! - 10} L${colX.decoder - 20},${yOf.get(cross.id)! + BH / 2} L${colX.decoder - 2},${yOf.get(cross.id)! + BH / 2}`}
            className={`ta-kv${highlight.includes('cross-attn') ? ' on' : ''}`}
            markerEnd="url(#ta-head)"
          />
          <text x={colX.encoder + COLW / 2 + 6} y={yOf.get(encTop.id)! - 14} className="ta-kv-label">
            {labels.kv} {shapeText(encTop.out)}
          </text>
        </g>
      ) : null}
      {blocks.map((b) => {
        const x = colX[b.stack];
        const y = yOf.get(b.id)!;
        const on = focus === b.id;
        const hl = highlight.includes(b.kind);
        return (
          <g
            key={b.id}
            role="button"
            tabIndex={0}
            aria-pressed={on}
            aria-label={`${kindLabel[b.kind]} (${shapeText(b.out)})`}
            data-block={b.id}
            className={`ta-block${on ? ' focus' : ''}${hl ? ' hl' : ''}`}
            onClick={() => onFocus(on ? null : b.id)}
            onKeyDown={key(b.id)}
          >
            <motion.rect
              x={x}
              width={COLW}
              height={BH}
              rx={5}
              initial={false}
              animate={{ y }}
              transition={reducedMotion ? { duration: 0 } : { duration: 0.35 }}
              style={{ fill: FILL[b.kind] ?? 'var(--ta-norm)' }}
            />
            <motion.text
              x={x + COLW / 2}
              initial={false}
              animate={{ y: y + BH / 2 + 1 }}
              transition={reducedMotion ? { duration: 0 } : { duration: 0.35 }}
              textAnchor="middle"
              dominantBaseline="middle"
              className="ta-block-label"
            >
              {kindLabel[b.kind]}
            </motion.text>
          </g>
        );
      })}
      {last ? (
        <text x={colX.decoder + COLW / 2} y={yOf.get(last.id)! - 6} className="ta-shape" textAnchor="middle">
          {shapeText(last.out)}
        </text>
      ) : null}
    </svg>
  );
}
