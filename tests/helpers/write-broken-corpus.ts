/** Writes tests/fixtures/broken/*.json from BROKEN_CASES (run with `npx tsx tests/helpers/write-broken-corpus.ts`). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_CASES } from './broken-corpus';
import { ROOT } from './disk';

const mini = readFileSync(join(ROOT, 'tests/fixtures/mini/scenario.json'), 'utf8');
const out = join(ROOT, 'tests/fixtures/broken');
mkdirSync(out, { recursive: true });
for (const c of BROKEN_CASES) {
  let text = c.raw;
  if (text === undefined) {
    const s = JSON.parse(mini);
    c.mutate?.(s);
    text = JSON.stringify(s, null, 2) + '\n';
  }
  writeFileSync(join(out, `${c.name}.json`), text);
}
console.log(`wrote ${BROKEN_CASES.length} files to tests/fixtures/broken/`);
