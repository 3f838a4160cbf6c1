/** Loading the test scenario and, when it exists and loads, the shipped one. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, loadScenario } from '../../game/core/scenario/load';
import type { Scenario } from '../../game/core/scenario/schema';
import { readScenarioFiles, ROOT } from './disk';

export const MINI_PATH = 'tests/fixtures/mini/scenario.json';
export const MINI_SOURCES = 'tests/fixtures/mini/sources';
export const REAL_PATH = 'scenarios/excomm-1962.json';

export function loadMini(): Scenario {
  const r = loadScenario(readScenarioFiles(MINI_PATH, MINI_SOURCES));
  if (!r.ok) throw new Error(`the test scenario does not load:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
  return r.scenario;
}

let realNoted = false;
/** The shipped scenario if it exists and loads; otherwise null, with a visible note (it is written in parallel). */
export function loadReal(): Scenario | null {
  if (!existsSync(join(ROOT, REAL_PATH))) {
    if (!realNoted) console.warn(`NOTE: ${REAL_PATH} does not exist yet; its graph and property tests are skipped.`);
    realNoted = true;
    return null;
  }
  const r = loadScenario(readScenarioFiles(REAL_PATH));
  if (!r.ok) {
    if (!realNoted)
      console.warn(
        `NOTE: ${REAL_PATH} does not load (${r.diagnostics.filter((d) => d.severity === 'error').length} errors); its graph and property tests are skipped.\n` +
          r.diagnostics.slice(0, 10).map(formatDiagnostic).join('\n'),
      );
    realNoted = true;
    return null;
  }
  return r.scenario;
}

/** The scenarios the graph and property tests run on. */
export function testScenarios(): { name: string; scenario: Scenario }[] {
  const list = [{ name: 'mini fixture', scenario: loadMini() }];
  const real = loadReal();
  if (real) list.push({ name: 'excomm-1962', scenario: real });
  return list;
}
