/**
 * A byte count as GB (10⁹ bytes) the way the ZeRO paper prints it: three significant digits below 100
 * (31.4, 16.6, 1.88), whole numbers from 100 on (120, 2048, 16000).
 */
export function formatGB(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const v = bytes / 1e9;
  if (v === 0) return '0';
  if (v >= 100) return String(Math.round(v));
  if (v < 0.01) return v.toPrecision(2);
  return String(Number(v.toPrecision(3)));
}

/** A parameter count in billions, compact: 0.1, 7.5, 128, 1000. */
export function formatBillions(psi: number): string {
  const b = psi / 1e9;
  if (!Number.isFinite(b)) return '—';
  if (b >= 100) return String(Math.round(b));
  return String(Number(b.toPrecision(3)));
}
