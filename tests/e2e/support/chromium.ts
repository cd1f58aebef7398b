import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Flags that give headless Debian Chromium a working WebGL (SwiftShader through ANGLE) on a machine
 * without a GPU, and keep it off the network (this machine has none but localhost).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Scene test files (`scenes-<i>.e2e.ts`), run side by side; the global setup starts one Chromium for each. */
export const SHARDS = 3;

/** Runs scripts/ensure-chromium.sh (which may apt-get install it) and returns the browser's path. */
export function resolveChromium(repoRoot: string): string {
  const out = execFileSync('bash', [resolve(repoRoot, 'scripts/ensure-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = out.trim().split('\n');
  const path = lines[lines.length - 1]?.trim();
  if (!path) throw new Error('scripts/ensure-chromium.sh printed no browser path');
  return path;
}
