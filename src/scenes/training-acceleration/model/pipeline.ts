/**
 * Pipeline-parallel schedules on p stages with m micro-batches, simulated op by op: GPipe (all
 * forwards, then all backwards; Huang et al. 2019) and 1F1B (PipeDream-Flush as in Megatron-LM,
 * Narayanan et al. 2021 §2.2.1). A forward takes `tf` time units, a backward `tb` (≈ 2·tf).
 */

export type Schedule = 'gpipe' | '1f1b';

/** One op in the timeline. stage, mb: 0-based. */
export interface Cell {
  stage: number;
  mb: number;
  kind: 'F' | 'B';
  start: number;
  end: number;
}

/** A simulated schedule. */
export interface Timeline {
  p: number;
  m: number;
  cells: Cell[];
  /** End of the last op. */
  makespan: number;
  /** Idle share of p × makespan, measured from the drawn cells. */
  bubble: number;
  /** Micro-batches whose activations are held (forward done, backward not) — peak per stage: [p]. */
  peakInFlight: number[];
  /** In-flight count on stage 0 after each event time: steps of [time, count]. */
  inFlight0: { t: number; n: number }[];
}

/** The order in which one stage runs its ops. */
export function stageOrder(schedule: Schedule, p: number, m: number, stage: number): { kind: 'F' | 'B'; mb: number }[] {
  const ops: { kind: 'F' | 'B'; mb: number }[] = [];
  if (schedule === 'gpipe') {
    for (let j = 0; j < m; j++) ops.push({ kind: 'F', mb: j });
    for (let j = 0; j < m; j++) ops.push({ kind: 'B', mb: j });
    return ops;
  }
  // 1F1B: warm-up forwards, then one forward / one backward, then the remaining backwards
  const warm = Math.min(p - stage - 1, m);
  let f = 0;
  let b = 0;
  for (; f < warm; f++) ops.push({ kind: 'F', mb: f });
  while (f < m) {
    ops.push({ kind: 'F', mb: f++ });
    ops.push({ kind: 'B', mb: b++ });
  }
  while (b < m) ops.push({ kind: 'B', mb: b++ });
  return ops;
}

/**
 * Simulate a schedule: each stage runs its ops in order, each op as soon as the stage is free and its
 * input is there (F(s,j) needs F(s−1,j); B(s,j) needs B(s+1,j), and F(s,j) on the last stage).
 * Communication time is not modelled.
 */
export function simulate(schedule: Schedule, p: number, m: number, tf = 1, tb = 2): Timeline {
  const orders = Array.from({ length: p }, (_, s) => stageOrder(schedule, p, m, s));
  const fEnd = Array.from({ length: p }, () => new Array<number>(m).fill(NaN));
  const bEnd = Array.from({ length: p }, () => new Array<number>(m).fill(NaN));
  const next = new Array<number>(p).fill(0);
  const free = new Array<number>(p).fill(0);
  const cells: Cell[] = [];
  let left = p * 2 * m;
  while (left > 0) {
    let progressed = false;
    for (let s = 0; s < p; s++) {
      const op = orders[s][next[s]];
      if (!op) continue;
      let ready: number;
      if (op.kind === 'F') ready = s === 0 ? 0 : fEnd[s - 1][op.mb];
      else ready = s === p - 1 ? fEnd[s][op.mb] : bEnd[s + 1][op.mb];
      if (Number.isNaN(ready)) continue;
      const start = Math.max(free[s], ready);
      const end = start + (op.kind === 'F' ? tf : tb);
      (op.kind === 'F' ? fEnd : bEnd)[s][op.mb] = end;
      free[s] = end;
      cells.push({ stage: s, mb: op.mb, kind: op.kind, start, end });
      next[s]++;
      left--;
      progressed = true;
    }
    if (!progressed) throw new Error('schedule deadlock');
  }
  const makespan = Math.max(...cells.map((c) => c.end));
  const busy = cells.reduce((a, c) => a + c.end - c.start, 0);
  const peakInFlight = new Array<number>(p).fill(0);
  for (let s = 0; s < p; s++) {
    // activations of micro-batch j live from the start of F(s,j) to the end of B(s,j)
    const ev: { t: number; d: number }[] = [];
    for (const c of cells) if (c.stage === s) ev.push(c.kind === 'F' ? { t: c.start, d: 1 } : { t: c.end, d: -1 });
    ev.sort((a, b) => a.t - b.t || a.d - b.d);
    let n = 0;
    for (const e of ev) peakInFlight[s] = Math.max(peakInFlight[s], (n += e.d));
  }
  const ev0 = cells.filter((c) => c.stage === 0).map((c) => (c.kind === 'F' ? { t: c.start, d: 1 } : { t: c.end, d: -1 }));
  ev0.sort((a, b) => a.t - b.t || a.d - b.d);
  const inFlight0: { t: number; n: number }[] = [{ t: 0, n: 0 }];
  let n0 = 0;
  for (const e of ev0) {
    n0 += e.d;
    if (inFlight0[inFlight0.length - 1].t === e.t) inFlight0[inFlight0.length - 1].n = n0;
    else inFlight0.push({ t: e.t, n: n0 });
  }
  inFlight0.push({ t: makespan, n: 0 });
  return { p, m, cells, makespan, bubble: 1 - busy / (p * makespan), peakInFlight, inFlight0 };
}

/** GPipe's bubble fraction (p − 1)/(m + p − 1) of the pipeline's time (Huang et al. 2019, §2.3). */
export function bubbleFormula(p: number, m: number): number {
  return (p - 1) / (m + p - 1);
}
