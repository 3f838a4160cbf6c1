/**
 * The authoring checks the build runs (vite.config.ts loads this through Vite's module runner): every check
 * on the shipped scenario, and the fingerprint of the files checked, which the built game trusts.
 */
import { fingerprint } from '../game/core/scenario/fingerprint';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadOverlay, loadScenario } from '../game/core/scenario/load';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDiagnosticAt } from '../game/core/scenario/diagnostic';
import { diagnosticsEn } from '../game/ui/strings/diagnostics.en';
import { parseManifest } from '../game/shell/scenario-choice';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

export function checkForBuild(scenarioPath: string, sourcesDir?: string): { ok: true; fingerprint: string } | { ok: false; errors: string[] } {
  const files = readScenarioFiles(scenarioPath, sourcesDir);
  const result = loadScenario(files);
  if (!result.ok)
    return {
      ok: false,
      errors: formatWithLines(
        files,
        result.diagnostics.filter((d) => d.severity === 'error'),
        diagnosticsEn,
      ),
    };
  const errors: string[] = [];
  // The scenario's translation overlays (i18n/<scenario id>.<lang>.json beside it): a language that ships is complete and current.
  const i18n = join(dirname(scenarioPath), 'i18n');
  const dir = join(ROOT, i18n);
  const overlays = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${result.scenario.id}.`) && f.endsWith('.json')) : [];
  for (const name of overlays.sort()) {
    const file = { overlayPath: `${i18n}/${name}`, overlayText: readFileSync(join(dir, name), 'utf8') };
    const o = loadOverlay(file, result.scenario);
    if (!o.ok)
      errors.push(
        ...formatWithLines(
          { scenarioPath: file.overlayPath, scenarioText: file.overlayText },
          o.diagnostics.filter((d) => d.severity === 'error'),
          diagnosticsEn,
        ),
      );
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, fingerprint: fingerprint(files) };
}

/**
 * Every scenario listed in scenarios/index.json, checked in full. The fingerprints come back space-separated:
 * the built game trusts exactly these files.
 */
export function checkManifestForBuild(manifestPath = 'scenarios/index.json'): { ok: true; fingerprints: string } | { ok: false; errors: string[] } {
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  if (!manifest.ok) return { ok: false, errors: [formatDiagnosticAt(manifest.diagnostic, diagnosticsEn)] };
  const prints: string[] = [];
  const errors: string[] = [];
  for (const e of manifest.entries) {
    const result = checkForBuild(`scenarios/${e.file}`, `scenarios/${e.sources}`);
    if (result.ok) prints.push(result.fingerprint);
    else errors.push(...result.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, fingerprints: prints.join(' ') };
}
