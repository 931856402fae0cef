// A WTR reporter that counts test results and writes `.wtr-summary.json` for `.ci/run`,
// which prints the plain closing line `N passed, N failed`.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter({ file = '.wtr-summary.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or threw outside any test, counts as one failure of its own.
        const failedTests = totals.failed - failedBefore;
        if (!session.passed && failedTests === 0) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
