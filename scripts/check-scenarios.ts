/**
 * `npm run check:scenarios`: load every scenarios/*.json the way the game does and print each problem like
 * a compiler (`scenarios/x.json decisions[3].options[1]: message`). Exits 1 if any scenario has an error.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, loadScenario } from '../game/core/scenario/load';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

const dir = join(ROOT, 'scenarios');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

if (files.length === 0) {
  console.log('No scenario files in scenarios/ yet: nothing to check.');
  process.exit(0);
}

let failed = 0;
for (const name of files) {
  const result = loadScenario(readScenarioFiles(`scenarios/${name}`));
  const list = result.ok ? result.warnings : result.diagnostics;
  for (const d of list) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
  if (!result.ok) {
    failed++;
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`scenarios/${name}: ${errors} error(s)`);
  }
}

if (failed > 0) {
  console.error(`${failed} of ${files.length} scenario(s) failed`);
  process.exit(1);
}
console.log(`${files.length} scenario(s) OK`);
