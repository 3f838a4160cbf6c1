/** Driving the machine in tests: the events each screen accepts, and whole playthroughs. */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getDecision, type Mode } from '../../game/core/rules/engine';
import type { Choice } from '../../game/core/rules/conditions';
import type { GameEvent, ScenarioMachine } from '../../game/core/machine/machine';
import { screenOf, type MetaSnapshot } from '../../game/core/machine/screens';
import type { Scenario } from '../../game/core/scenario/schema';

export type Snap = SnapshotFrom<ScenarioMachine>;

/** Every event that moves the game on from this snapshot, with payloads (restart left out). */
export function eventsFor(scenario: Scenario, snapshot: MetaSnapshot): GameEvent[] {
  const where = screenOf(snapshot);
  if (!where) return [];
  switch (where.screen) {
    case 'decision':
      return getDecision(scenario, where.id)!.options.map((o) => ({ type: 'advice.give', optionId: o.id }));
    case 'event':
      return [{ type: 'event.acknowledge' }];
    case 'epilogue':
      return [{ type: 'debrief.open' }];
    case 'debrief':
      return [];
    default:
      return [{ type: 'briefing.continue' }];
  }
}

/** Position only: where the game is, what comes next, which events are waiting — not meters. */
export function positionKey(snapshot: { value: unknown; context: { next: string; pending: string[] } }): string {
  return `${String(snapshot.value)}|${snapshot.context.next}|${snapshot.context.pending.join(',')}`;
}

/**
 * Play a whole game with the pure `transition` function: `pick` chooses an option index at each question.
 * Returns the choices, the screens seen and the final snapshot (at the debrief).
 */
export function playGame(machine: ScenarioMachine, scenario: Scenario, pick: (decisionId: string, options: number) => number) {
  let [snap] = initialTransition(machine);
  const choices: Choice[] = [];
  const screens: string[] = [];
  for (let guard = 0; guard < 2000; guard++) {
    const where = screenOf(snap)!;
    screens.push(where.screen);
    if (where.screen === 'debrief') break;
    let event: GameEvent;
    if (where.screen === 'decision') {
      const d = getDecision(scenario, where.id)!;
      const option = d.options[pick(d.id, d.options.length) % d.options.length]!;
      choices.push({ decision: d.id, option: option.id });
      event = { type: 'advice.give', optionId: option.id };
    } else event = eventsFor(scenario, snap)[0]!;
    const next = transition(machine, snap, event)[0];
    if (next === snap || positionKey(next) === positionKey(snap)) throw new Error(`stuck at ${String(snap.value)} on ${event.type}`);
    snap = next;
  }
  return { choices, screens, snapshot: snap };
}

export function modes(): Mode[] {
  return ['full', 'short'];
}
