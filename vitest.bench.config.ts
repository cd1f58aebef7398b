import { defineConfig } from 'vitest/config';

/**
 * `npm run bench` (not part of `npm test`): timings of every built scene in real Chromium against
 * the production build, written to bench-results/bench.{md,json}. Reuses the e2e global setup
 * (static server on dist/ + one shared Chromium). Timings are reported, never asserted.
 */
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['tests/bench/**/*.perf.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 900_000,
    hookTimeout: 180_000,
    reporters: ['verbose'],
  },
});
