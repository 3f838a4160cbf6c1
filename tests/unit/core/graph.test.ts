/**
 * Model-based tests with xstate/graph. Events carry payloads (one `advice.give` per option), and states are
 * keyed by position (screen, next question, waiting events), not by meters, so the graph stays small.
 * Endings depend on meters and flags too, so each ending's witness comes from the rules' search over
 * question + meters + flags, then is played through the machine.
 */
import { createActor } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { createScenarioMachine, type GameEvent } from '../../../game/core/machine/machine';
import { screenOf } from '../../../game/core/machine/screens';
import { selectScreen } from '../../../game/core/machine/selectors';
import { searchEndings } from '../../../game/core/rules/search';
import { simulate } from '../../../game/core/rules/engine';
import { replay } from '../../../game/core/save/save';
import { testScenarios } from '../../helpers/scenarios';
import { eventsFor, positionKey, type Snap } from '../../helpers/play';

for (const { name, scenario } of testScenarios()) {
  describe(`graph: ${name}`, () => {
    for (const mode of ['full', 'short'] as const) {
      const machine = createScenarioMachine(scenario, mode);
      const options = {
        events: (s: Snap) => eventsFor(scenario, s),
        serializeState: (s: Snap) => positionKey(s),
      };

      it(`${mode}: every option of every question played lies on some path`, () => {
        const adjacency = getAdjacencyMap(machine, options);
        const answered = new Set<string>();
        for (const { state, transitions } of Object.values(adjacency)) {
          for (const t of Object.values(transitions) as { event: GameEvent; state: Snap }[]) {
            if (t.event.type === 'advice.give' && String(t.state.value) !== String(state.value)) answered.add(`${screenOf(state)?.id}=${t.event.optionId}`);
          }
        }
        const played = scenario.decisions.filter((d) => mode === 'full' || scenario.shortMode.includes(d.id));
        const expected = played.flatMap((d) => d.options.map((o) => `${d.id}=${o.id}`));
        expect([...answered].sort()).toEqual(expected.sort());
      });

      it(`${mode}: an ending is reachable from every state`, () => {
        const adjacency = getAdjacencyMap(machine, options);
        const keys = Object.keys(adjacency);
        const reaches = new Set(keys.filter((k) => String(adjacency[k as keyof typeof adjacency]!.state.value) === 'epilogue'));
        expect(reaches.size).toBeGreaterThan(0);
        // Walk backwards until nothing changes.
        for (let changed = true; changed;) {
          changed = false;
          for (const k of keys) {
            if (reaches.has(k)) continue;
            const next = Object.values(adjacency[k as keyof typeof adjacency]!.transitions).map((t) => positionKey(t.state as Snap));
            if (next.some((n) => reaches.has(n))) {
              reaches.add(k);
              changed = true;
            }
          }
        }
        const stuck = keys.filter((k) => !reaches.has(k) && !k.startsWith('debrief') && !k.startsWith('epilogue'));
        expect(stuck).toEqual([]);
      });

      it(`${mode}: shortest paths reach the epilogue and every screen selects`, async () => {
        const paths = getShortestPaths(machine, { ...options, toState: (s) => String(s.value) === 'epilogue' });
        expect(paths.length).toBeGreaterThan(0);
        const model = createTestModel(machine, { ...options, stateMatcher: (_state, key) => key === '*' });
        const testPaths = model.getShortestPaths({ toState: (s) => String(s.value) === 'debrief' });
        expect(testPaths.length).toBeGreaterThan(0);
        let checkedStates = 0;
        for (const path of testPaths.slice(0, 25)) {
          // The system under test is a real actor, driven step by step and checked against the model.
          const actor = createActor(machine).start();
          await path.test({
            events: {
              'advice.give': ({ event }) => void actor.send(event as GameEvent),
              'briefing.continue': ({ event }) => void actor.send(event as GameEvent),
              'event.acknowledge': ({ event }) => void actor.send(event as GameEvent),
              'debrief.open': ({ event }) => void actor.send(event as GameEvent),
            },
            states: {
              '*': (state) => {
                expect(actor.getSnapshot().value).toEqual(state.value);
                checkedStates++;
                expect(selectScreen(scenario, actor.getSnapshot()).screen).not.toBe('unknown');
              },
            },
          });
        }
        expect(checkedStates).toBeGreaterThan(0);
      });

      it(`${mode}: every reachable ending has a witness path that the machine confirms`, () => {
        const result = searchEndings(scenario, mode);
        expect(result.complete).toBe(true);
        expect(result.deadEnds).toEqual([]);
        if (mode === 'full') expect(Object.keys(result.witnesses).sort()).toEqual(scenario.endings.map((e) => e.id).sort());
        const lines: string[] = [];
        for (const [ending, choices] of Object.entries(result.witnesses)) {
          const sim = simulate(scenario, mode, choices);
          expect(sim.ok && sim.finished && sim.ending?.id).toBe(ending);
          // Through the machine: replay stops at the summary before the epilogue; one more step ends the game.
          const r = replay(scenario, mode, choices);
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          const actor = createActor(machine, { snapshot: r.persisted }).start();
          while (!['epilogue', 'debrief'].includes(String(actor.getSnapshot().value))) actor.send({ type: 'briefing.continue' });
          expect(actor.getSnapshot().context.ending).toBe(ending);
          lines.push(`  ${ending}: ${choices.map((c) => `${c.decision}=${c.option}`).join(', ')}`);
        }
        console.log(`witness paths (${name}, ${mode}, ${result.states} search states):\n${lines.join('\n')}`);
      });
    }
  });
}
