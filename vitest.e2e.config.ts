import { defineConfig } from 'vitest/config';

/**
 * Real-browser end-to-end tests (`npm run test:e2e`). They drive the production build in dist/:
 * the global setup serves dist/ on a free port and starts one headless Chromium per scene shard;
 * each test file connects to its own over the ws endpoint. The scene suites are split over three
 * files (`scenes-0/1/2.e2e.ts`, planned in support/shards.ts) run by three workers: much of a
 * scene's run is waiting (autoplay, settling, cold loads), so three pages at a time finish far
 * sooner than one after the other, even on this 2-core machine with software WebGL. Waits on
 * drawing use `data-pending` (exact), not fixed delays, so the extra load slows tests down
 * rather than breaking them.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 3,
    pool: 'forks',
    // a scene's first pass over its steps compiles shaders for every step (question 6: the model at
    // several lengths) on software WebGL, next to the other worker: minutes, not seconds
    testTimeout: 300_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    retry: 0,
    reporters: ['verbose', './tests/e2e/support/summary-reporter.ts'],
    sequence: { shuffle: false },
  },
});
