#!/usr/bin/env node
/**
 * `npm test`: every check, in order: type-check, lint, format (Prettier), scenario check, unit tests (including the graph and
 * property tests of the machine), browser end-to-end tests. Every step runs even when an earlier one failed, so
 * one run shows everything; the exit code is non-zero if any failed.
 *
 * Each vitest run writes a JSON report to tests/output/; gate steps (type-check, lint, scenario check) are
 * recorded in tests/output/gates.json. .ci/run adds these up into its closing totals line.
 *
 *   npm test                 everything
 *   npm test -- --quick      inner loop: type-check, lint, scenarios, unit tests, and only the quick
 *                            browser subset (tests/e2e/quick*.test.ts and foundation)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'tests/output');
const quick = process.argv.includes('--quick');
mkdirSync(out, { recursive: true });
for (const f of ['gates.json', 'unit.json', 'e2e.json']) rmSync(resolve(out, f), { force: true });

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const steps = [
  { name: 'type-check', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'], gate: true },
  { name: 'lint', cmd: bin('eslint'), args: ['.'], gate: true },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '--log-level', 'warn', '.'], gate: true },
  { name: 'scenario check', cmd: bin('tsx'), args: ['scripts/check-scenarios.ts'], gate: true },
  {
    name: 'unit tests',
    cmd: bin('vitest'),
    args: ['run', '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile.json=tests/output/unit.json'],
  },
  {
    name: 'browser tests',
    cmd: bin('vitest'),
    args: [
      'run',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=tests/output/e2e.json',
      ...(quick ? ['tests/e2e/foundation', 'tests/e2e/quick'] : []),
    ],
  },
];

const gates = [];
let failed = 0;
for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s) ===`);
  if (step.gate) gates.push({ name: step.name, ok, seconds: Number(seconds) });
  if (!ok) failed++;
}
writeFileSync(resolve(out, 'gates.json'), JSON.stringify(gates, null, 2));
process.exit(failed ? 1 : 0);
