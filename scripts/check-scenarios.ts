/**
 * `npm run check:scenarios`: load every scenario that scenarios/index.json lists the way the game does and print
 * each problem like a compiler, with its line: `scenarios/x.json:123:5 decisions[3].options[1]: error: message` (the
 * problems worded in English by game/ui/strings/diagnostics.en.ts).
 * Exits 1 if the manifest or any scenario has an error.
 *
 * Then every translation overlay, scenarios/i18n/<scenario id>.<lang>.json, against the scenario it names: missing,
 * stale or non-unit entries, glossary ids, placeholders and markup (game/core/check/overlay.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadOverlay, loadScenario } from '../game/core/scenario/load';
import type { Scenario } from '../game/core/scenario/schema';
import { formatDiagnosticAt } from '../game/core/scenario/diagnostic';
import { diagnosticsEn } from '../game/ui/strings/diagnostics.en';
import { parseManifest } from '../game/shell/scenario-choice';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

function main(): void {
  const manifestPath = join(ROOT, 'scenarios', 'index.json');
  if (!existsSync(manifestPath)) {
    console.error('scenarios/index.json: error: missing (it lists the scenarios to serve and check)');
    process.exit(1);
  }
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), 'scenarios/index.json');
  if (!manifest.ok) {
    console.error(formatDiagnosticAt(manifest.diagnostic, diagnosticsEn));
    process.exit(1);
  }
  const names = manifest.entries.map((e) => e.file);
  let failed = 0;
  const loaded = new Map<string, Scenario>();
  for (const e of manifest.entries) {
    const name = e.file;
    const files = readScenarioFiles(`scenarios/${name}`, `scenarios/${e.sources}`);
    const result = loadScenario(files);
    if (result.ok) loaded.set(result.scenario.id, result.scenario);
    const list = result.ok ? result.warnings : result.diagnostics;
    formatWithLines(files, list, diagnosticsEn).forEach((line, i) => (list[i]!.severity === 'error' ? console.error : console.warn)(line));
    if (!result.ok) {
      failed++;
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`scenarios/${name}: ${errors} error(s)`);
    }
  }
  const overlays = checkOverlays(loaded);
  if (failed > 0 || overlays.failed > 0) {
    if (failed > 0) console.error(`${failed} of ${names.length} scenario(s) failed`);
    if (overlays.failed > 0) console.error(`${overlays.failed} of ${overlays.count} translation overlay(s) failed`);
    process.exit(1);
  }
  console.log(`${names.length} scenario(s) OK; ${overlays.count} translation overlay(s) OK`);
}

/** Every scenarios/i18n/*.json against the loaded scenario its name gives (`<scenario id>.<lang>.json`). */
export function checkOverlays(loaded: ReadonlyMap<string, Scenario>, dir = 'scenarios/i18n'): { count: number; failed: number } {
  const full = join(ROOT, dir);
  const names = existsSync(full)
    ? readdirSync(full)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  let failed = 0;
  for (const name of names) {
    const overlayPath = `${dir}/${name}`;
    const id = /^([a-z0-9][a-z0-9-]*)\./.exec(name)?.[1] ?? '';
    const scenario = loaded.get(id);
    if (!scenario) {
      failed++;
      console.error(`${overlayPath}: error: no scenario with id "${id}" loaded without errors (name an overlay <scenario id>.<lang>.json)`);
      continue;
    }
    const file = { overlayPath, overlayText: readFileSync(join(full, name), 'utf8') };
    const result = loadOverlay(file, scenario);
    const list = result.ok ? result.warnings : result.diagnostics;
    formatWithLines({ scenarioPath: overlayPath, scenarioText: file.overlayText }, list, diagnosticsEn).forEach((line, i) =>
      (list[i]!.severity === 'error' ? console.error : console.warn)(line),
    );
    if (!result.ok) {
      failed++;
      console.error(`${overlayPath}: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
    }
  }
  return { count: names.length, failed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
