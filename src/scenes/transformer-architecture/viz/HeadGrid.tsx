import { MatrixCanvas } from './MatrixCanvas';

export interface HeadGridProps {
  /** [L][H][T][T] */
  attention: readonly (readonly (readonly ArrayLike<number>[])[])[];
  layer: number;
  head: number;
  cell: number;
  onPick: (layer: number, head: number) => void;
  headLabel: (l: number, h: number) => string;
  /** Short caption under each map (e.g. L0·H1). */
  shortLabel?: (l: number, h: number) => string;
}

/** All heads of the model as small heatmaps; click one to select it. */
export function HeadGrid({ attention, layer, head, cell, onPick, headLabel, shortLabel = (l, h) => `L${l}·H${h}` }: HeadGridProps) {
  return (
    <div className="ta-heads" role="group">
      {attention.map((hs, l) => (
        <div className="ta-grid-row" key={l}>
          {hs.map((a, h) => (
            <button type="button" key={h} className={`ta-grid-cell${l === layer && h === head ? ' on' : ''}`} aria-pressed={l === layer && h === head} aria-label={headLabel(l, h)} onClick={() => onPick(l, h)}>
              <MatrixCanvas data={a} cell={cell} scale="seq" label={shortLabel(l, h)} />
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
