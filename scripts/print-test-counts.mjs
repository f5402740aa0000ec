// Prints the one plain line CI reads: "N passed, N failed", from vitest's JSON report.
// A run that stopped before vitest (typecheck, build) counts as one failure, never as zero tests.
import { existsSync, readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// numFailedTestSuites counts describe blocks too, so it would count one failing test two or three times. What it
// is needed for is a file that failed without a failing test (an import error, a crash in beforeAll): one each.
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 || Number(status) !== 0 ? 1 : 0);
