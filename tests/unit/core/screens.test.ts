/**
 * One list of screens: every generated state carries `meta: { screen, id }` from SCREENS, the UI registry has
 * a module for each, and the selectors hand the views their data (routes, who to light, sides, dates,
 * progress as numbers) so the views never read the scenario for it.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine, initialContext, type GameContext } from '../../../game/core/machine/machine';
import { SCREENS, screenOf, stateKey } from '../../../game/core/machine/screens';
import { selectScreen } from '../../../game/core/machine/selectors';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { historicalPath, initialMeters, metersAfter, simulate } from '../../../game/core/rules/engine';
import type { Scenario } from '../../../game/core/scenario/schema';
import { screens } from '../../../game/ui/screens';
import { loadMini } from '../../helpers/scenarios';

const mini = loadMini();
const C = (decision: string, option: string) => ({ decision, option });

describe('screens', () => {
  it('every state of the machine names its screen and id in its meta, matching its key', () => {
    for (const mode of ['full', 'short'] as const) {
      const machine = createScenarioMachine(mini, mode);
      for (const [key, node] of Object.entries(machine.states)) {
        const meta = node.meta as { screen: (typeof SCREENS)[number]; id: string };
        expect(SCREENS, key).toContain(meta.screen);
        expect(stateKey[meta.screen](meta.id), key).toBe(key);
      }
    }
  });

  it('the UI registry has exactly one module per screen', () => {
    expect(Object.keys(screens).sort()).toEqual([...SCREENS].sort());
  });

  it('a snapshot says where it is through its meta', () => {
    const actor = createActor(createScenarioMachine(mini, 'full')).start();
    expect(screenOf(actor.getSnapshot())).toEqual({ screen: 'prologue', id: '' });
    for (let i = 0; i < 3; i++) actor.send({ type: 'briefing.continue' });
    expect(screenOf(actor.getSnapshot())).toEqual({ screen: 'decision', id: 'd-patrols' });
  });
});

describe('selectors own the derived data', () => {
  const at = (scenario: Scenario, value: string, context: GameContext) =>
    selectScreen(scenario, createScenarioMachine(scenario, context.mode).resolveState({ value, context }));
  const answered = (scenario: Scenario, choices: { decision: string; option: string }[]): GameContext => {
    const sim = simulate(scenario, 'full', choices);
    if (!sim.ok) throw new Error(`choice ${sim.problem.at + 1} refused: ${sim.problem.kind}`);
    return { ...initialContext(scenario, 'full'), choices, meters: { ...sim.state.meters }, flags: [...sim.state.flags], next: sim.next };
  };

  it('the consequence screen carries the routes the answer set in motion, the chair to light and progress as numbers', () => {
    const withRoutes: Scenario = {
      ...mini,
      presentation: { ...mini.presentation, map: 'map/test.json' },
      decisions: mini.decisions.map((d) =>
        d.id === 'd-patrols' ? { ...d, options: d.options.map((o) => (o.id === 'warn-first' ? { ...o, routes: ['u2', 'quarantine'] } : o)) } : d,
      ),
    };
    const screen = at(withRoutes, 'consequence__d-patrols', answered(withRoutes, [C('d-patrols', 'warn-first')]));
    if (screen.screen !== 'consequence') throw new Error('expected the consequence screen');
    expect(screen.consequence.routes).toEqual(['u2', 'quarantine']);
    // Without a map, no routes to draw.
    const noMap = { ...withRoutes, presentation: mini.presentation };
    const plain = at(noMap, 'consequence__d-patrols', answered(noMap, [C('d-patrols', 'warn-first')]));
    expect(plain.screen === 'consequence' && plain.consequence.routes).toEqual([]);
    expect(screen.spotlight).toBe(mini.chair);
    expect(Object.keys(screen.progress).sort()).toEqual(['exact', 'number', 'total']);
    expect(screen.decision.kind).toBe('decision');
    expect(screen).not.toHaveProperty('quick');
  });

  it('statements name who to light; the other side names its side', () => {
    const decision = at(mini, 'decision__d-patrols', { ...initialContext(mini, 'full'), next: 'd-patrols' });
    if (decision.screen !== 'decision') throw new Error('expected the decision screen');
    for (const p of decision.positions) expect(p.spotlight).toBe(p.speaker.id);
    const briefing = at(mini, 'intelligence__meeting-1', initialContext(mini, 'full'));
    if (briefing.screen !== 'intelligence') throw new Error('expected the briefing screen');
    expect(briefing.otherSide.map((s) => s.side)).toEqual(['soviet']);
  });

  it('the epilogue carries the scenario’s dates and the span of its timeline', () => {
    const context = { ...initialContext(mini, 'full'), next: 'end' };
    const plain = at(mini, 'epilogue', context);
    if (plain.screen !== 'epilogue') throw new Error('expected the epilogue');
    expect(plain.dates).toBeNull();
    expect(plain.span).toEqual({ from: '1961-04-20', to: '1961-05-01' });
    const dated: Scenario = { ...mini, presentation: { ...mini.presentation, epilogueDates: 'Spring 1961' } };
    const withDates = at(dated, 'epilogue', context);
    expect(withDates.screen === 'epilogue' && withDates.dates).toBe('Spring 1961');
  });
});

describe('metersAfter', () => {
  it('gives the initial meters for no choices and the debrief’s final meters after a whole game', () => {
    expect(metersAfter(mini, 'full', [])).toEqual(initialMeters(mini));
    for (const mode of ['full', 'short'] as const) {
      const path = historicalPath(mini, mode);
      const final = Object.fromEntries(buildDebrief(mini, { mode, choices: path }).finalMeters.map((m) => [m.id, m.value]));
      expect(metersAfter(mini, mode, path)).toEqual(final);
    }
  });

  it('stops at the longest valid prefix of a bad list', () => {
    const path = historicalPath(mini, 'full');
    expect(metersAfter(mini, 'full', [...path.slice(0, 2), C('no-such', 'x')])).toEqual(metersAfter(mini, 'full', path.slice(0, 2)));
  });
});
