/**
 * The authoring checks the build runs (vite.config.ts loads this through Vite's module runner): every check
 * on the shipped scenario, and the fingerprint of the files checked, which the built game trusts.
 */
import { fingerprint } from '../game/core/scenario/fingerprint';
import { formatWithLines } from '../game/core/scenario/json-position';
import { loadScenario } from '../game/core/scenario/load';
import { readScenarioFiles } from '../tests/helpers/disk';

export function checkForBuild(scenarioPath: string): { ok: true; fingerprint: string } | { ok: false; errors: string[] } {
  const files = readScenarioFiles(scenarioPath);
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
