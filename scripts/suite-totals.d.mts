export interface SuiteTotals {
  passed: number;
  failed: number;
}
export function playwrightTotals(
  report: { stats: { expected: number; flaky: number; unexpected: number }; errors?: unknown[] },
  exitedCleanly: boolean,
): SuiteTotals;
export function vitestTotals(
  report: { numPassedTests: number; numFailedTests: number; testResults: { status: string; assertionResults: unknown[] }[] },
  exitedCleanly: boolean,
): SuiteTotals;
