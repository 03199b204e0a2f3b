// Sums every Vitest JSON report given on the command line into the one line CI reads:
// `N passed, N failed` (`, N skipped` when any), after the name of each failure. Exits 1 when a
// report is missing. `--failed-step=WHAT` counts a CI step that failed (lint, build, a budget…)
// as one failure, so a red CI never closes on `0 failed`.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
const failures = [];
const firstLine = (text) => String(text ?? '').split('\n').find((line) => line.trim() !== '')?.slice(0, 300) ?? '';
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--failed-step=')) {
    failed += 1;
    failures.push(`CI step: ${arg.slice('--failed-step='.length)}`);
  }
}
for (const file of process.argv.slice(2).filter((arg) => !arg.startsWith('--'))) {
  if (!existsSync(file)) {
    console.error(`summary: no report at ${file}`);
    missing = true;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests in it but must still count as a failure.
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      failed += 1;
      failures.push(`${suite.name} (did not load): ${firstLine(suite.message)}`);
    }
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${suite.name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
}
// The failures again, just above the closing line, where a truncated log still shows them.
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(missing ? 1 : 0);
