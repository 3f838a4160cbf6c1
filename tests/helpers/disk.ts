/**
 * Reading scenarios and their source texts from disk (Node only), for tests and scripts/check-scenarios.ts.
 * The game itself fetches the same files over HTTP.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ScenarioFiles } from '../../game/core/scenario/load';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

/**
 * A scenario file plus every file under its sources folder (default: scenarios/sources). Relative paths are
 * taken from the project root; the scenario path is reported as given (relative to the root).
 */
export function readScenarioFiles(scenarioPath: string, sourcesDir?: string): ScenarioFiles {
  const full = isAbsolute(scenarioPath) ? scenarioPath : join(ROOT, scenarioPath);
  const shown = isAbsolute(scenarioPath) ? relative(ROOT, scenarioPath).split(sep).join('/') : scenarioPath;
  const dir = sourcesDir ? (isAbsolute(sourcesDir) ? sourcesDir : join(ROOT, sourcesDir)) : join(ROOT, 'scenarios', 'sources');
  const sources: Record<string, string> = {};
  for (const rel of listFiles(dir)) sources[rel] = readFileSync(join(dir, rel), 'utf8');
  return { scenarioPath: shown, scenarioText: readFileSync(full, 'utf8'), sources };
}
