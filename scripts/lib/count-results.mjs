// Reads the JSON reports of Vitest (one per package) and Playwright and prints the totals as
// "passed failed skipped" for test.sh. A report that is missing or unreadable counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}`);
    failed++;
    continue;
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if (report.stats && 'expected' in report.stats) {
      // Playwright: expected = passed, unexpected = failed, flaky counts as failed (no retries hide flakes).
      passed += report.stats.expected;
      failed += report.stats.unexpected + report.stats.flaky;
      skipped += report.stats.skipped;
      if (report.errors?.length) failed += report.errors.length;
    } else {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A suite that failed to load has no failed tests but must still fail the run.
      failed += (report.testResults ?? []).filter(
        (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
      ).length;
    }
  } catch (error) {
    console.error(`unreadable test report ${file}: ${error.message}`);
    failed++;
  }
}
console.log(`${passed} ${failed} ${skipped}`);
