import { motion } from 'framer-motion';
import { blockMatrices, loraParamsPerMatrix, type ArchPreset, type Target } from '../model/presets';

export interface BlockBudgetProps {
  preset: ArchPreset;
  r: number;
  targets: ReadonlySet<Target>;
  onToggle: (t: Target) => void;
  labels: { attention: string; ffn: string; matrix: string; shape: string; lora: string; adapted: string; frozen: string; perLayer: string; layers: string; fused: string; toggle: string };
  /** Formatter for a parameter count. */
  count: (n: number) => string;
  reducedMotion: boolean;
}

/**
 * One transformer block of the chosen preset: its attention and FFN matrices (name, shape d_out×d_in),
 * each a button that switches LoRA on it; adapted ones show r·(d_in + d_out) with a bar on a shared scale.
 */
export function BlockBudget({ preset, r, targets, onToggle, labels: L, count, reducedMotion }: BlockBudgetProps) {
  const mats = blockMatrices(preset);
  const maxLora = Math.max(...mats.map((m) => loraParamsPerMatrix(m, r)));
  const tr = reducedMotion ? { duration: 0 } : { duration: 0.35, ease: 'easeOut' as const };
  const group = (title: string, ts: Target[]) => (
    <div className="bb-group">
      <div className="bb-group-title">{title}</div>
      {mats
        .filter((m) => ts.includes(m.target))
        .map((m) => {
          const on = targets.has(m.target);
          const n = loraParamsPerMatrix(m, r);
          return (
            <button
              key={m.name}
              type="button"
              className={on ? 'bb-row on' : 'bb-row'}
              aria-pressed={on}
              aria-label={`${L.toggle}: ${m.name}`}
              onClick={() => onToggle(m.target)}
            >
              <span className="bb-name">{m.name}</span>
              <span className="bb-shape">
                {m.dOut}×{m.dIn}
              </span>
              <span className="bb-bar" aria-hidden="true">
                <motion.span className="bb-fill" initial={false} animate={{ width: on ? `${(100 * n) / maxLora}%` : '0%' }} transition={tr} />
              </span>
              <span className="bb-count">{on ? count(n) : L.frozen}</span>
            </button>
          );
        })}
    </div>
  );
  return (
    <div className="bb">
      <div className="bb-head">
        <span>{L.matrix}</span>
        <span>{L.shape}</span>
        <span className="bb-head-lora">{L.lora}</span>
      </div>
      {group(L.attention, ['q', 'k', 'v', 'o'])}
      {group(L.ffn, ['ffn'])}
      {preset.fusedQkv ? <p className="bb-note">{L.fused}</p> : null}
    </div>
  );
}
