// Adds up the test reports of one run and prints the closing line `N passed, M failed`.
// Lint, format, architecture and typecheck count as one check each; a runner that crashed before
// writing its report counts as one failure, so a broken step can never read as green.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const [dir, ...failedSteps] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const read = (file) =>
  existsSync(path.join(dir, file)) ? JSON.parse(readFileSync(path.join(dir, file), "utf8")) : null;

for (const step of ["lint", "format", "architecture", "typecheck"])
  failedSteps.includes(step) ? failed++ : passed++;
for (const [step, file] of [
  ["unit", "unit.json"],
  ["integration", "integration.json"],
]) {
  const report = read(file);
  if (!report) {
    failed++;
    console.log(`${step}: no report`);
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (failedSteps.includes(step) && report.numFailedTests === 0) {
    failed++;
    console.log(`${step}: runner failed`);
  }
}
const e2e = read("playwright.json");
if (!e2e) {
  failed++;
  console.log("e2e: no report");
} else {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  if (failedSteps.includes("e2e") && e2e.stats.unexpected === 0) {
    failed++;
    console.log("e2e: runner failed");
  }
}
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
