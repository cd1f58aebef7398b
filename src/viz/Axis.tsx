import { axisBottom, axisLeft, select, type ScaleContinuousNumeric } from 'd3';
import { useEffect, useRef } from 'react';

export interface AxisProps {
  scale: ScaleContinuousNumeric<number, number>;
  orient: 'bottom' | 'left';
  /** Translate of the axis group. */
  x?: number;
  y?: number;
  ticks?: number;
  tickValues?: number[];
  format?: (v: number) => string;
}

/** A d3 axis inside an otherwise empty <g> (the one place d3 touches the DOM). */
export function Axis({ scale, orient, x = 0, y = 0, ticks = 5, tickValues, format }: AxisProps) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const a = orient === 'bottom' ? axisBottom(scale) : axisLeft(scale);
    a.ticks(ticks);
    if (tickValues) a.tickValues(tickValues);
    if (format) a.tickFormat((d) => format(Number(d)));
    select(ref.current).call(a);
  }, [scale, orient, ticks, tickValues, format]);
  return <g ref={ref} className="axis" transform={`translate(${x},${y})`} />;
}
