/**
 * The authoring checks the build runs (vite.config.ts loads this through Vite's module runner): every check
 * on the shipped scenario, and the fingerprint of the files checked, which the built game trusts.
 */
import { fingerprint } from '../game/core/scenario/fingerprint';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadScenario } from '../game/core/scenario/load';
import { readFileSync } from 'node:fs';
import { parseManifest } from '../game/shell/scenario-choice';
import { readScenarioFiles } from '../tests/helpers/disk';

export function checkForBuild(scenarioPath: string, sourcesDir?: string): { ok: true; fingerprint: string } | { ok: false; errors: string[] } {
  const files = readScenarioFiles(scenarioPath, sourcesDir);
  const result = loadScenario(files);
  if (!result.ok)
    return {
      ok: false,
      errors: formatWithLines(
        files,
        result.diagnostics.filter((d) => d.severity === 'error'),
      ),
    };
  return { ok: true, fingerprint: fingerprint(files) };
}

/**
 * Every scenario listed in scenarios/index.json, checked in full. The fingerprints come back space-separated:
 * the built game trusts exactly these files.
 */
export function checkManifestForBuild(manifestPath = 'scenarios/index.json'): { ok: true; fingerprints: string } | { ok: false; errors: string[] } {
  const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
  if (!manifest.ok) return { ok: false, errors: [`${manifestPath} ${manifest.problem}`] };
  const prints: string[] = [];
  const errors: string[] = [];
  for (const e of manifest.entries) {
    const result = checkForBuild(`scenarios/${e.file}`, `scenarios/${e.sources}`);
    if (result.ok) prints.push(result.fingerprint);
    else errors.push(...result.errors);
  }
  return errors.length ? { ok: false, errors } : { ok: true, fingerprints: prints.join(' ') };
}
