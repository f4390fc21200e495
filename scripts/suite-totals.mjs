// A suite's totals for `npm test`'s closing line, from its runner's JSON report and exit status.
// Errors outside any test (a web server that could not start, a file that failed to load) fail the
// suite, and so does a runner that exited with an error without saying why: a suite that did not
// run must never read as "0 passed, 0 failed".

const withExitStatus = (totals, exitedCleanly) => (exitedCleanly || totals.failed > 0 ? totals : { ...totals, failed: 1 });

/** From Playwright's JSON reporter. */
export function playwrightTotals({ stats, errors = [] }, exitedCleanly) {
  return withExitStatus({ passed: stats.expected + stats.flaky, failed: stats.unexpected + errors.length }, exitedCleanly);
}

/** From Vitest's JSON reporter. */
export function vitestTotals(report, exitedCleanly) {
  const failedToLoad = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return withExitStatus({ passed: report.numPassedTests, failed: report.numFailedTests + failedToLoad }, exitedCleanly);
}
