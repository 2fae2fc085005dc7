// Reads the JSON reports of Vitest (one per package) and Playwright and prints the totals as
// "passed failed skipped" for test.sh. A report that is missing or unreadable counts as a failure.
// Each failed test is also named on stderr, so the tail of a CI log says which one failed, not only how many.
import { existsSync, readFileSync } from 'node:fs';

const failures = [];
const firstLine = (message) =>
  String(message ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';

function collectPlaywrightFailures(suite) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
      const error = test.results?.find((result) => result.error)?.error;
      failures.push(`${spec.file}:${spec.line} › ${spec.title} — ${firstLine(error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) collectPlaywrightFailures(child);
}

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
      for (const suite of report.suites ?? []) collectPlaywrightFailures(suite);
      for (const error of report.errors ?? [])
        failures.push(`playwright: ${firstLine(error.message)}`);
    } else {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      // A suite that failed to load has no failed tests but must still fail the run.
      for (const file of report.testResults ?? []) {
        const assertions = file.assertionResults ?? [];
        if (file.status === 'failed' && assertions.length === 0) {
          failed++;
          failures.push(`${file.name} — did not load: ${firstLine(file.message)}`);
        }
        for (const test of assertions.filter((a) => a.status === 'failed')) {
          failures.push(
            `${file.name} › ${test.fullName} — ${firstLine(test.failureMessages?.[0])}`,
          );
        }
      }
    }
  } catch (error) {
    console.error(`unreadable test report ${file}: ${error.message}`);
    failed++;
  }
}
if (failures.length) console.error(['failed tests:', ...failures.map((f) => `  ${f}`)].join('\n'));
console.log(`${passed} ${failed} ${skipped}`);
