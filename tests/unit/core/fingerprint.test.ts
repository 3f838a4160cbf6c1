/** Build-time checks (vite.config.ts): the fingerprint of checked files, and the load that trusts it. */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../game/core/scenario/fingerprint';
import { loadScenario } from '../../../game/core/scenario/load';
import { readScenarioFiles } from '../../helpers/disk';
import { MINI_PATH, MINI_SOURCES, REAL_PATH } from '../../helpers/scenarios';
import { checkForBuild } from '../../../scripts/build-check';

describe('fingerprint', () => {
  const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);

  it('is the same for the same files, and changes when the scenario or a source it names changes', () => {
    const fp = fingerprint(files);
    expect(fingerprint({ ...files })).toBe(fp);
    expect(fingerprint({ ...files, scenarioText: files.scenarioText.replace('Harbour', 'Harbor') })).not.toBe(fp);
    const named = Object.keys(files.sources).find((f) => files.scenarioText.includes(`"${f}"`))!;
    expect(fingerprint({ ...files, sources: { ...files.sources, [named]: files.sources[named] + ' ' } })).not.toBe(fp);
    // A file the scenario does not name is not part of what the game fetches.
    expect(fingerprint({ ...files, sources: { ...files.sources, 'unused.txt': 'x' } })).toBe(fp);
  });
});

describe('loadScenario with a build fingerprint', () => {
  it('runs every check when the files are not the ones the build checked (a teacher’s edit)', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    const broken = {
      ...files,
      scenarioText: files.scenarioText.replace('The Chair said the Board would issue no statement', 'The Chair said the Board would issue a statement'),
    };
    const r = loadScenario(broken, { checked: fingerprint(files) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics.map((d) => d.problem.kind)).toContain('quote-not-found');
  });

  it('skips the slow checks only for the exact files checked, and gives the same scenario', () => {
    const files = readScenarioFiles(REAL_PATH);
    const full = loadScenario(files);
    const trusted = loadScenario(files, { checked: fingerprint(files) });
    expect(full.ok && trusted.ok).toBe(true);
    if (full.ok && trusted.ok) expect(trusted.scenario).toEqual(full.scenario);
    // Still the schema: a trusted fingerprint cannot make a file with the wrong shape load.
    expect(loadScenario({ ...files, scenarioText: '{}' }, { checked: fingerprint({ ...files, scenarioText: '{}' }) }).ok).toBe(false);
  });
});

describe('the build check', () => {
  it('passes the shipped scenario with its fingerprint, and refuses a broken one with every error named', () => {
    const good = checkForBuild(REAL_PATH);
    expect(good).toEqual({ ok: true, fingerprint: fingerprint(readScenarioFiles(REAL_PATH)) });
    const bad = checkForBuild('tests/fixtures/broken/quote-not-found.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.every((e) => e.startsWith('tests/fixtures/broken/quote-not-found.json'))).toBe(true);
  });
});
