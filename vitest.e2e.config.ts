import { defineConfig } from 'vitest/config';

/**
 * Real-browser end-to-end tests (`npm run test:e2e`). They drive the production build in dist/
 * with one headless Chromium: the global setup serves dist/ on a free port and starts the browser;
 * test files connect to it over its ws endpoint. One file at a time (2-core machine, one GPU-less
 * WebGL via SwiftShader): parallel pages only make each other slower and flakier.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    retry: 0,
    reporters: ['verbose', './tests/e2e/support/summary-reporter.ts'],
    sequence: { shuffle: false },
  },
});
