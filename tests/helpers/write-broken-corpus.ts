/** Writes tests/fixtures/broken/*.json from BROKEN_CASES and tests/fixtures/broken/i18n/*.json from BROKEN_OVERLAY_CASES (run with `npx tsx tests/helpers/write-broken-corpus.ts`). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_CASES, BROKEN_OVERLAY_CASES, OVERLAY_BASE, type BrokenCase } from './broken-corpus';
import { ROOT } from './disk';

/** Each case's file in `dir` (under the project root): its raw text, or the base file changed by its mutation. */
function writeCases(cases: BrokenCase[], base: string, dir: string): void {
  const text = readFileSync(join(ROOT, base), 'utf8');
  mkdirSync(join(ROOT, dir), { recursive: true });
  for (const c of cases) {
    let out = c.raw;
    if (out === undefined) {
      const data = JSON.parse(text);
      c.mutate?.(data);
      out = JSON.stringify(data, null, 2) + '\n';
    }
    writeFileSync(join(ROOT, dir, `${c.name}.json`), out);
  }
  console.log(`wrote ${cases.length} files to ${dir}/`);
}

writeCases(BROKEN_CASES, 'tests/fixtures/mini/scenario.json', 'tests/fixtures/broken');
writeCases(BROKEN_OVERLAY_CASES, OVERLAY_BASE, 'tests/fixtures/broken/i18n');
