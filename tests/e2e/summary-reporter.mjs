// Prints one plain closing line, "N passed, N failed, N skipped", after the list reporter's output, so CI can
// read the run's result. Errors outside tests (a spec that fails to load, a web server that won't start) count
// as failures. With E2E_SUMMARY_FILE set, also writes "passed failed skipped" there for .ci/test.sh.
import { writeFileSync } from 'node:fs';

export default class SummaryReporter {
  onBegin(_config, suite) {
    this.suite = suite;
    this.errors = 0;
  }

  onError() {
    this.errors += 1;
  }

  onEnd(result) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.suite ? this.suite.allTests() : []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') passed += 1;
      else if (outcome === 'skipped') skipped += 1;
      else failed += 1;
    }
    failed += this.errors;
    // A run that failed (or timed out) with nothing counted as failed still failed.
    if (result.status !== 'passed' && failed === 0) failed = 1;
    if (process.env.E2E_SUMMARY_FILE) writeFileSync(process.env.E2E_SUMMARY_FILE, `${passed} ${failed} ${skipped}\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  printsToStdio() {
    return true;
  }
}
