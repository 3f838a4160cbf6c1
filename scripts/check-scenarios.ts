/**
 * `npm run check:scenarios`: load every scenario in scenarios/ the way the game does and print each problem like
 * a compiler, with its line: `scenarios/x.json:123:5 decisions[3].options[1]: error: message`. Exits 1 if any
 * scenario has an error. (scenarios/*.schema.json is the generated JSON Schema, not a scenario.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadScenario } from '../game/core/scenario/load';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

function main(): void {
  const dir = join(ROOT, 'scenarios');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .sort()
    : [];
  if (names.length === 0) {
    console.log('No scenario files in scenarios/ yet: nothing to check.');
    process.exit(0);
  }
  let failed = 0;
  for (const name of names) {
    const files = readScenarioFiles(`scenarios/${name}`);
    const result = loadScenario(files);
    const list = result.ok ? result.warnings : result.diagnostics;
    formatWithLines(files, list).forEach((line, i) => (list[i]!.severity === 'error' ? console.error : console.warn)(line));
    if (!result.ok) {
      failed++;
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`scenarios/${name}: ${errors} error(s)`);
    }
  }
  if (failed > 0) {
    console.error(`${failed} of ${names.length} scenario(s) failed`);
    process.exit(1);
  }
  console.log(`${names.length} scenario(s) OK`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
