/**
 * `npm run check:scenarios`: load every scenario that scenarios/index.json lists the way the game does and print
 * each problem like a compiler, with its line: `scenarios/x.json:123:5 decisions[3].options[1]: error: message`.
 * Exits 1 if the manifest or any scenario has an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadScenario } from '../game/core/scenario/load';
import { parseManifest } from '../game/shell/scenario-choice';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

function main(): void {
  const manifestPath = join(ROOT, 'scenarios', 'index.json');
  if (!existsSync(manifestPath)) {
    console.error('scenarios/index.json: error: missing (it lists the scenarios to serve and check)');
    process.exit(1);
  }
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
  if (!manifest.ok) {
    console.error(`scenarios/index.json: error: ${manifest.problem}`);
    process.exit(1);
  }
  const names = manifest.entries.map((e) => e.file);
  let failed = 0;
  for (const e of manifest.entries) {
    const name = e.file;
    const files = readScenarioFiles(`scenarios/${name}`, `scenarios/${e.sources}`);
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
