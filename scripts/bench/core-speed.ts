/**
 * "Core speed": the graph tests of the state machine (run by Vitest, as in `npm test`) and 10,000 random
 * playthroughs through the pure engine, each timed; a class of 40 codes aggregated and exported, and the
 * scenario loaded with every authoring check (medians). No browser: this is the floor under every screen change.
 * These timings live here, not in tests: a test asserts what can fail for a reason, never how fast a machine is.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadScenario } from '../../game/core/scenario/load';
import type { Mode } from '../../game/core/rules/engine';
import { playThrough, randomPlayer } from '../../game/core/rules/balance';
import { readScenarioFiles } from '../../tests/helpers/disk';
import { seededRandom } from '../../tests/helpers/random';
import { aggregateText } from '../../game/core/codes/aggregate';
import { fingerprint } from '../../game/core/scenario/fingerprint';
import { classCsv } from '../../game/ui/classroom-data';
import { randomCodes } from '../../tests/unit/classroom/helpers';

export interface RandomPlays {
  games: number;
  ms: number;
  choices: number;
  endings: Record<string, number>;
}

/** Plays `games` random games (full and short alternately) and replays each with `simulate`. */
export function randomPlaythroughs(root: string, games = 10_000, seed = 19621028): RandomPlays {
  const loaded = loadScenario(readScenarioFiles(resolve(root, 'scenarios/excomm-1962.json')));
  if (!loaded.ok) throw new Error('The shipped scenario does not load; run npm run check:scenarios');
  const scenario = loaded.scenario;
  const player = randomPlayer(seededRandom(seed));
  const endings: Record<string, number> = {};
  let choices = 0;
  const t0 = performance.now();
  for (let g = 0; g < games; g++) {
    const mode: Mode = g % 2 ? 'short' : 'full';
    const game = playThrough(scenario, mode, player);
    if (!game.ending) throw new Error(`random game ${g} did not reach an ending`);
    endings[game.ending] = (endings[game.ending] ?? 0) + 1;
    choices += game.choices.length;
  }
  return { games, ms: performance.now() - t0, choices, endings };
}

export interface GraphTests {
  ms: number;
  ok: boolean;
  summary: string;
}

/** Runs the graph tests in their own Vitest process and times the whole command. */
export function graphTests(root: string): GraphTests {
  const t0 = performance.now();
  let out = '';
  let ok = true;
  try {
    out = execFileSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', 'tests/unit/core/graph.test.ts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
  } catch (e) {
    ok = false;
    out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
  }
  const summary = out
    .split('\n')
    .filter((l) => /^\s*(Tests|Test Files)\s/.test(l))
    .map((l) => l.trim())
    .join('; ');
  return { ms: performance.now() - t0, ok, summary: summary || out.trim().split('\n').slice(-5).join(' | ') };
}

export interface ClassAndLoad {
  /** Median ms to aggregate a class of 40 pasted codes and export its CSV (the class results page's work). */
  classMs: number;
  /** Median ms to load the shipped scenario with every authoring check (a teacher's edited file, or dev). */
  loadMs: number;
  /** Median ms to load it as a student's browser does with the files the build checked (schema only). */
  trustedMs: number;
  runs: number;
}

/** Times the class page's aggregation and the scenario load with all checks, over several runs (medians). */
export function classAndLoad(root: string, runs = 15): ClassAndLoad {
  const files = readScenarioFiles(resolve(root, 'scenarios/excomm-1962.json'));
  const loaded = loadScenario(files);
  if (!loaded.ok) throw new Error('The shipped scenario does not load; run npm run check:scenarios');
  const scenario = loaded.scenario;
  const text = randomCodes(scenario, 40, 11)
    .map((c, i) => `Student ${i + 1}: ${c}`)
    .join('\n');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cls: number[] = [];
  const load: number[] = [];
  const trusted: number[] = [];
  const checked = fingerprint(files);
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const agg = aggregateText(text, scenario);
    classCsv(scenario, agg);
    cls.push(performance.now() - t0);
    if (agg.accepted !== 40) throw new Error(`the class of 40 codes gave ${agg.accepted}`);
    t0 = performance.now();
    if (!loadScenario(files).ok) throw new Error('the scenario stopped loading');
    load.push(performance.now() - t0);
    t0 = performance.now();
    if (!loadScenario(files, { checked }).ok) throw new Error('the scenario stopped loading');
    trusted.push(performance.now() - t0);
  }
  return { classMs: median(cls), loadMs: median(load), trustedMs: median(trusted), runs };
}
