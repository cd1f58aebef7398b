/** A byte count in SI units, three significant figures: 37.7 MB, 13.5 GB, 2.80 TB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes === 0) return '0 B';
  const units: [number, string][] = [
    [1e12, 'TB'],
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  for (const [u, name] of units) if (bytes >= u * 0.9995) return `${sig(bytes / u)} ${name}`;
  return `${Math.round(bytes)} B`;
}

/** A byte count in MiB (2²⁰ bytes), three significant figures. */
export function formatMiB(bytes: number): string {
  return `${sig(bytes / 2 ** 20)} MiB`;
}

/** Three significant figures, no exponent: 2.80, 13.5, 108, 2804. */
export function sig(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 1000) return String(Math.round(v));
  return v.toPrecision(3);
}

/** A parameter count: 18.9M, 6.74B, 786K. */
export function formatCount(n: number): string {
  if (n >= 1e9) return `${sig(n / 1e9)}B`;
  if (n >= 1e6) return `${sig(n / 1e6)}M`;
  if (n >= 1e3) return `${sig(n / 1e3)}K`;
  return String(Math.round(n));
}
