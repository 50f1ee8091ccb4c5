/**
 * A web-test-runner reporter that prints `N passed, N failed, N skipped` as
 * the very last line of output, so CI can read the result. It prints from
 * the process exit hook because output written in `stop()` is swallowed by
 * the runner's dynamic terminal. It also writes the counts to
 * `$TRUST_SIGNALS_COUNTS` when set, for the combined `npm test` summary.
 */
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.brokenFiles++;
      }
      // A file that failed to load counts as one failed test.
      counts.failed += counts.brokenFiles;
      process.once('exit', () => {
        if (process.env.TRUST_SIGNALS_COUNTS) writeFileSync(process.env.TRUST_SIGNALS_COUNTS, JSON.stringify(counts));
        else console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      });
    },
  };
}
