import { defineConfig } from 'vitest/config';

/**
 * Real-browser end-to-end tests (`npm run test:e2e`). They drive the production build in dist/
 * with one headless Chromium: the global setup serves dist/ on a free port and starts the browser;
 * test files connect to it over its ws endpoint. The scene suites are split over two files
 * (`scenes-0/1.e2e.ts`, every other scene of the registry) run by two workers: much of a scene's
 * run is waiting (autoplay, settling, cold loads), so two pages at a time finish the run in far less
 * time than one after the other, on this 2-core machine with software WebGL. Waits on drawing use
 * `data-pending` (exact), not fixed delays, so the extra load should slow tests down rather than break them.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
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
