import { describe, expect, it } from 'vitest';
import { playwrightTotals, vitestTotals } from '#scripts/suite-totals.mjs';

const noTestsRun = { expected: 0, flaky: 0, unexpected: 0 };

describe("npm test's totals", () => {
  it('count an end-to-end run whose web server could not start as a failure, not as "0 passed, 0 failed"', () => {
    // The report Playwright writes when the port is taken, as read from a real run.
    const report = {
      stats: noTestsRun,
      errors: [{ message: 'Error: http://127.0.0.1:4173/ is already used, make sure that nothing is running on the port/url' }],
    };
    expect(playwrightTotals(report, false)).toEqual({ passed: 0, failed: 1 });
  });

  it('count a runner that exits with an error while reporting no failure as one failure', () => {
    expect(playwrightTotals({ stats: noTestsRun }, false)).toEqual({ passed: 0, failed: 1 });
    expect(vitestTotals({ numPassedTests: 300, numFailedTests: 0, testResults: [] }, false)).toEqual({ passed: 300, failed: 1 });
  });

  it('count a file that failed to load among the failures', () => {
    const report = { numPassedTests: 10, numFailedTests: 0, testResults: [{ status: 'failed', assertionResults: [] }] };
    expect(vitestTotals(report, false)).toEqual({ passed: 10, failed: 1 });
  });

  it('count failed and flaky tests as they are, with nothing added', () => {
    expect(playwrightTotals({ stats: { expected: 39, flaky: 1, unexpected: 2 } }, false)).toEqual({ passed: 40, failed: 2 });
    expect(playwrightTotals({ stats: { expected: 41, flaky: 0, unexpected: 0 }, errors: [] }, true)).toEqual({ passed: 41, failed: 0 });
  });
});
