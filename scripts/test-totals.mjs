#!/usr/bin/env node
/**
 * Adds up what `npm test` ran: each gate step (type-check, lint, scenario check) counts as one check, plus every
 * test in the vitest JSON reports. Prints "N passed, N failed". A report that is missing (its step never ran or
 * crashed) counts as one failure, so a broken run can never look green.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(import.meta.dirname, '../tests/output');
let passed = 0;
let failed = 0;
const read = (f) => (existsSync(resolve(out, f)) ? JSON.parse(readFileSync(resolve(out, f), 'utf8')) : null);

const gates = read('gates.json');
if (!gates) failed++;
else
  for (const g of gates) {
    if (g.ok) passed++;
    else failed++;
  }

for (const f of ['unit.json', 'e2e.json']) {
  const r = read(f);
  if (!r) {
    failed++;
    continue;
  }
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  // A file that failed without a failing test (it did not load, or a hook threw) counts once; a file whose
  // tests failed is already counted by them.
  for (const file of r.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) failed++;
  }
  if ((r.numTotalTests ?? 0) === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
