import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, `e2e: N passed, N failed[, N skipped]`, after the run, so a log
 * reader sees the counts of the real-browser suite without parsing vitest's own summary.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed${tail}\n`);
  }
}
