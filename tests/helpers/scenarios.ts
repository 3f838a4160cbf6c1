/** Loading the test scenario and the shipped one (both must load). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../../game/core/scenario/load';
import type { Scenario } from '../../game/core/scenario/schema';
import { english } from './diagnostics';
import { readScenarioFiles, ROOT } from './disk';

export const MINI_PATH = 'tests/fixtures/mini/scenario.json';
export const MINI_SOURCES = 'tests/fixtures/mini/sources';
export const REAL_PATH = 'scenarios/excomm-1962.json';

export function loadMini(): Scenario {
  const r = loadScenario(readScenarioFiles(MINI_PATH, MINI_SOURCES));
  if (!r.ok) throw new Error(`the test scenario does not load:\n${r.diagnostics.map(english).join('\n')}`);
  return r.scenario;
}

/**
 * The shipped scenario. It must exist and load: a broken shipped scenario fails every test that plays it (with its
 * problems listed) instead of being left out of the graph and property tests.
 */
export function loadReal(): Scenario {
  if (!existsSync(join(ROOT, REAL_PATH))) throw new Error(`${REAL_PATH} does not exist: the graph and property tests need it`);
  const r = loadScenario(readScenarioFiles(REAL_PATH));
  if (!r.ok) throw new Error(`the shipped scenario does not load:\n${r.diagnostics.map(english).join('\n')}`);
  return r.scenario;
}

/** The scenarios the graph and property tests run on. */
export function testScenarios(): { name: string; scenario: Scenario }[] {
  return [
    { name: 'mini fixture', scenario: loadMini() },
    { name: 'excomm-1962', scenario: loadReal() },
  ];
}
