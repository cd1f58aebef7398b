import { motion } from 'framer-motion';
import { Formula } from '../../../ui/Formula';
import type { ParamBreakdown } from '../model/architectures';
import { MODULE_COLOR } from './StackedBlocks';

export interface BreakdownProps {
  title: string;
  b: ParamBreakdown;
  tex: string;
  labels: { embedding: string; attention: string; ffn: string; norms: string; lmHead: string };
  reducedMotion: boolean;
}

const ORDER = ['embedding', 'attention', 'ffn', 'norms', 'lmHead'] as const;
const COLOR: Record<(typeof ORDER)[number], string> = { ...MODULE_COLOR, norms: 'var(--muted)' };

/** The focus model's exact parameter count, module by module, with the formula filled in. */
export function Breakdown({ title, b, tex, labels, reducedMotion }: BreakdownProps) {
  return (
    <div className="mc-breakdown">
      <div className="mc-design-title">{title}</div>
      <ul>
        {ORDER.map((k) => (
          <li key={k}>
            <span className="mc-bd-label">{labels[k]}</span>
            <span className="mc-bd-track">
              <motion.span
                className="mc-bd-bar"
                style={{ background: COLOR[k] }}
                initial={false}
                animate={{ width: `${Math.max(0.4, (b[k] / b.total) * 100)}%` }}
                transition={{ duration: reducedMotion ? 0 : 0.5 }}
              />
            </span>
            <span className="mc-bd-val">{b[k].toLocaleString('en-US')}</span>
            <span className="mc-bd-pct">{`${((b[k] / b.total) * 100).toFixed(1)}%`}</span>
          </li>
        ))}
      </ul>
      <div className="mc-bd-formula">
        <Formula tex={tex} />
      </div>
    </div>
  );
}
