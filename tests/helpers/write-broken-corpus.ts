/** Writes tests/fixtures/broken/*.json from BROKEN_CASES and tests/fixtures/broken/i18n/*.json from BROKEN_OVERLAY_CASES (run with `npx tsx tests/helpers/write-broken-corpus.ts`). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROKEN_CASES, BROKEN_OVERLAY_CASES, OVERLAY_BASE } from './broken-corpus';
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

const overlay = readFileSync(join(ROOT, OVERLAY_BASE), 'utf8');
mkdirSync(join(out, 'i18n'), { recursive: true });
for (const c of BROKEN_OVERLAY_CASES) {
  let text = c.raw;
  if (text === undefined) {
    const o = JSON.parse(overlay);
    c.mutate?.(o);
    text = JSON.stringify(o, null, 2) + '\n';
  }
  writeFileSync(join(out, 'i18n', `${c.name}.json`), text);
}
console.log(`wrote ${BROKEN_OVERLAY_CASES.length} files to tests/fixtures/broken/i18n/`);
