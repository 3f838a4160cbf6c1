/**
 * The game as an XState 5 machine generated from a scenario.
 *
 * One flat state per screen (`ask__d-patrols`, `summary__meeting-1`, …), so a snapshot's value says exactly
 * where the player is, and model-based tests can key states by position. The rules live in rules/engine.ts;
 * the machine only sequences screens. No `invoke`, no `after`: timing and animation belong to the views.
 * Side effects are named actions left empty (`persist`, `playCue`, `startOver`) that the app supplies with
 * `machine.provide(...)`. The scenario is closed over, never put in context.
 */
import { assign, setup } from 'xstate';
import type { Scenario } from '../scenario/schema';
import type { Choice } from '../rules/conditions';
import { applyChoice, chooseEnding, END, firstDecision, getOption, indexOf, initialMeters, inMode, nextDecision, type Mode } from '../rules/engine';

export type GameContext = {
  mode: Mode;
  choices: Choice[];
  meters: Record<string, number>;
  flags: string[];
  /** Every follow-up event that has fired, in order. */
  events: string[];
  /** Events fired by the last answer that the player has not acknowledged yet. */
  pending: string[];
  /** The decision to answer next, or "end". */
  next: string;
  /** The ending reached, once play is over. */
  ending: string | null;
};

export type GameEvent =
  | { type: 'briefing.continue' }
  | { type: 'advice.give'; optionId: string }
  | { type: 'event.acknowledge' }
  | { type: 'debrief.open' }
  | { type: 'game.restart' };

export type ScreenKind = 'prologue' | 'opening' | 'intelligence' | 'ask' | 'consequence' | 'event' | 'summary' | 'epilogue' | 'debrief';

/** State keys: `kind__id` (ids never contain "__"; prologue, epilogue and debrief have no id). */
export const stateKey = {
  opening: (meeting: string) => `opening__${meeting}`,
  intelligence: (meeting: string) => `intelligence__${meeting}`,
  summary: (meeting: string) => `summary__${meeting}`,
  ask: (decision: string) => `ask__${decision}`,
  consequence: (decision: string) => `consequence__${decision}`,
  event: (decision: string) => `event__${decision}`,
};

export function parseStateValue(value: unknown): { kind: ScreenKind; id: string } | null {
  if (typeof value !== 'string') return null;
  const [kind, id = ''] = value.split('__');
  const kinds: ScreenKind[] = ['prologue', 'opening', 'intelligence', 'ask', 'consequence', 'event', 'summary', 'epilogue', 'debrief'];
  return kinds.includes(kind as ScreenKind) ? { kind: kind as ScreenKind, id } : null;
}

export function initialContext(scenario: Scenario, mode: Mode): GameContext {
  return {
    mode,
    choices: [],
    meters: initialMeters(scenario),
    flags: [],
    events: [],
    pending: [],
    next: firstDecision(scenario, mode),
    ending: null,
  };
}

function meetingOf(scenario: Scenario, decision: string): string | undefined {
  return indexOf(scenario).decisions.get(decision)?.meeting;
}

/** The cue named by a consequence, event or ending, or null. */
function cueOfAnswer(scenario: Scenario, context: GameContext): string | null {
  const last = context.choices[context.choices.length - 1];
  if (!last) return null;
  return getOption(scenario, last.decision, last.option)?.consequence.cue ?? null;
}

export function createScenarioMachine(scenario: Scenario, mode: Mode) {
  const ix = indexOf(scenario);
  const played = scenario.decisions.filter((d) => inMode(scenario, mode, d.id));
  const meetingIds = [...new Set(played.map((d) => d.meeting))];
  const first = firstDecision(scenario, mode);
  const firstMeeting = first === END ? undefined : meetingOf(scenario, first);

  const machineSetup = setup({
    types: {
      context: {} as GameContext,
      events: {} as GameEvent,
    },
    guards: {
      /** The answer names an option of this decision. */
      isOptionOf: ({ event }, params: { decision: string }) =>
        event.type === 'advice.give' && getOption(scenario, params.decision, event.optionId) !== undefined,
      /** Play goes next to this decision (or "end"). */
      nextIs: ({ context }, params: { target: string }) => context.next === params.target,
      /** Play goes next to a decision of this meeting. */
      nextInMeeting: ({ context }, params: { meeting: string }) => context.next !== END && meetingOf(scenario, context.next) === params.meeting,
      hasPending: ({ context }) => context.pending.length > 0,
      morePending: ({ context }) => context.pending.length > 1,
    },
    actions: {
      answer: assign(({ context, event }, params: { decision: string }) => {
        if (event.type !== 'advice.give') return {};
        const applied = applyChoice(scenario, context, params.decision, event.optionId);
        if (!applied) return {};
        return {
          choices: [...applied.state.choices],
          meters: applied.state.meters,
          flags: [...applied.state.flags],
          events: [...applied.state.events],
          pending: applied.fired,
          next: nextDecision(scenario, context.mode, params.decision, event.optionId),
        };
      }),
      acknowledgeEvent: assign(({ context }) => ({ pending: context.pending.slice(1) })),
      reachEnding: assign(({ context }) => ({ ending: chooseEnding(scenario, context)?.id ?? null })),
      reset: assign(() => initialContext(scenario, mode)),
      /** Supplied by the app: save the choices (context.choices). */
      persist: () => {},
      /** Supplied by the app: play a sound cue with its visible caption (null: nothing to play). */
      playCue: (_args, _params: { cue: string | null }) => {},
      /** Supplied by the app: the player started over (drop any save kept aside). */
      startOver: () => {},
    },
  });

  type Config = Parameters<typeof machineSetup.createMachine>[0];
  type States = NonNullable<Config['states']>;
  // The states are generated, so they are built with these plain shapes and checked by the tests (graph,
  // property and replay tests drive every transition) rather than by the deeply generic config types.
  type Guard =
    | { type: 'nextIs'; params: { target: string } }
    | { type: 'nextInMeeting'; params: { meeting: string } }
    | 'hasPending'
    | 'morePending'
    | { type: 'isOptionOf'; params: { decision: string } };
  type Action = string | { type: string; params?: unknown };
  type Transition = { guard?: Guard; target: string; reenter?: boolean; actions?: Action | Action[] };
  type Transitions = Transition | Transition[];
  type StateConfig = { entry?: Action[]; on?: Record<string, Transitions> };
  const states: Record<string, StateConfig> = {};

  /** Where play goes after decision `d` is done with (consequence and events seen). */
  const leave = (decision: string): Transition[] => {
    const meeting = meetingOf(scenario, decision)!;
    const d = ix.decisions.get(decision)!;
    const targets = [...new Set(d.options.map((o) => nextDecision(scenario, mode, decision, o.id)))];
    return targets.map((t) => ({
      guard: { type: 'nextIs' as const, params: { target: t } },
      target: t !== END && meetingOf(scenario, t) === meeting ? stateKey.ask(t) : stateKey.summary(meeting),
    }));
  };
  /** From a meeting's opening or intelligence to the first question play reaches in it. */
  const toAsk = (meeting: string): Transition[] =>
    played.filter((d) => d.meeting === meeting).map((d) => ({ guard: { type: 'nextIs' as const, params: { target: d.id } }, target: stateKey.ask(d.id) }));

  if (scenario.prologue && firstMeeting) states.prologue = { on: { 'briefing.continue': { target: stateKey.opening(firstMeeting) } } };

  for (const id of meetingIds) {
    const meeting = ix.meetings.get(id)!;
    // The briefing screen carries the U.S. intelligence and the view from Moscow and Havana: shown if either is there.
    const hasIntel = meeting.intelligence.length > 0 || meeting.otherSide.length > 0;
    states[stateKey.opening(id)] = {
      on: { 'briefing.continue': hasIntel ? { target: stateKey.intelligence(id) } : toAsk(id) },
    };
    if (hasIntel) states[stateKey.intelligence(id)] = { on: { 'briefing.continue': toAsk(id) } };
    states[stateKey.summary(id)] = {
      on: {
        'briefing.continue': [
          { guard: { type: 'nextIs', params: { target: END } }, target: 'epilogue' },
          ...meetingIds
            .filter((m) => m !== id)
            .map((m) => ({ guard: { type: 'nextInMeeting' as const, params: { meeting: m } }, target: stateKey.opening(m) })),
        ],
      },
    };
  }

  for (const d of played) {
    const hasEvents = (ix.eventsAfter.get(d.id) ?? []).length > 0;
    const leaving = leave(d.id);
    states[stateKey.ask(d.id)] = {
      on: {
        'advice.give': {
          guard: { type: 'isOptionOf', params: { decision: d.id } },
          target: stateKey.consequence(d.id),
          actions: [{ type: 'answer', params: { decision: d.id } }, { type: 'persist' }],
        },
      },
    };
    states[stateKey.consequence(d.id)] = {
      entry: [{ type: 'playCue', params: ({ context }: { context: GameContext }) => ({ cue: cueOfAnswer(scenario, context) }) }],
      on: {
        'briefing.continue': hasEvents ? [{ guard: 'hasPending', target: stateKey.event(d.id) }, ...leaving] : leaving,
      },
    };
    if (hasEvents) {
      states[stateKey.event(d.id)] = {
        entry: [
          {
            type: 'playCue',
            params: ({ context }: { context: GameContext }) => ({ cue: scenario.events.find((e) => e.id === context.pending[0])?.consequence.cue ?? null }),
          },
        ],
        on: {
          'event.acknowledge': [
            { guard: 'morePending', target: stateKey.event(d.id), reenter: true, actions: 'acknowledgeEvent' },
            ...leaving.map((t) => ({ ...t, actions: 'acknowledgeEvent' })),
          ],
        },
      };
    }
  }

  states.epilogue = {
    entry: [
      { type: 'reachEnding' },
      { type: 'persist' },
      { type: 'playCue', params: ({ context }: { context: GameContext }) => ({ cue: scenario.endings.find((e) => e.id === context.ending)?.cue ?? null }) },
    ],
    on: { 'debrief.open': { target: 'debrief' } },
  };
  states.debrief = {};

  const initial = states.prologue ? 'prologue' : firstMeeting ? stateKey.opening(firstMeeting) : 'epilogue';

  return machineSetup.createMachine({
    id: `scenario-${scenario.id}-${mode}`,
    context: initialContext(scenario, mode),
    initial,
    on: {
      'game.restart': { target: `.${initial}`, actions: [{ type: 'reset' }, { type: 'startOver' }, { type: 'persist' }] },
    },
    states: states as unknown as States,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
