/**
 * The game as an XState 5 machine generated from a scenario.
 *
 * One flat state per screen (`decision__d-patrols`, `summary__meeting-1`, …), so a snapshot's value says exactly
 * where the player is, and model-based tests can key states by position. Each state carries
 * `meta: { screen, id }` (screens.ts): read the screen with `screenOf(snapshot)`, never from the key. The rules live in rules/engine.ts;
 * the machine only sequences screens. No `invoke`, no `after`: timing and animation belong to the views.
 * Side effects are named actions left empty (`persist`, `playCue`, `startOver`) that the app supplies with
 * `machine.provide(...)`. The scenario is closed over, never put in context.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../scenario/schema';
import type { Choice } from '../rules/conditions';
import { applyChoice, chooseEnding, END, firstDecision, getOption, indexOf, initialMeters, inMode, nextDecision, type Mode } from '../rules/engine';
import { stateKey, type ScreenMeta, type ScreenName } from './screens';

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
      meta: {} as ScreenMeta,
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
        assertEvent(event, 'advice.give');
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
  // The generated states use only these shapes; `states` below is typed with the setup's own config type, so
  // the compiler checks every guard, action and parameter name.
  type Guard = { type: 'nextIs'; params: { target: string } } | { type: 'nextInMeeting'; params: { meeting: string } } | 'hasPending' | 'morePending';
  type Transition = { guard?: Guard; target: string; reenter?: boolean; actions?: 'acknowledgeEvent' };
  const states: States = {};
  const meta = (screen: ScreenName, id = ''): ScreenMeta => ({ screen, id });
  const cue = (pick: (context: GameContext) => string | null) => ({
    type: 'playCue' as const,
    params: ({ context }: { context: GameContext }) => ({ cue: pick(context) }),
  });

  /** Where play goes after decision `d` is done with (consequence and events seen). */
  const leave = (decision: string): Transition[] => {
    const meeting = meetingOf(scenario, decision)!;
    const d = ix.decisions.get(decision)!;
    const targets = [...new Set(d.options.map((o) => nextDecision(scenario, mode, decision, o.id)))];
    return targets.map((t) => ({
      guard: { type: 'nextIs' as const, params: { target: t } },
      target: t !== END && meetingOf(scenario, t) === meeting ? stateKey.decision(t) : stateKey.summary(meeting),
    }));
  };
  /** From a meeting's opening or intelligence to the first question play reaches in it. */
  const toDecision = (meeting: string): Transition[] =>
    played.filter((d) => d.meeting === meeting).map((d) => ({ guard: { type: 'nextIs' as const, params: { target: d.id } }, target: stateKey.decision(d.id) }));

  if (scenario.prologue && firstMeeting)
    states[stateKey.prologue()] = { meta: meta('prologue'), on: { 'briefing.continue': { target: stateKey.opening(firstMeeting) } } };

  for (const id of meetingIds) {
    const meeting = ix.meetings.get(id)!;
    // The briefing screen carries the U.S. intelligence and the view from Moscow and Havana: shown if either is there.
    const hasIntel = meeting.intelligence.length > 0 || meeting.otherSide.length > 0;
    states[stateKey.opening(id)] = {
      meta: meta('opening', id),
      on: { 'briefing.continue': hasIntel ? { target: stateKey.intelligence(id) } : toDecision(id) },
    };
    if (hasIntel) states[stateKey.intelligence(id)] = { meta: meta('intelligence', id), on: { 'briefing.continue': toDecision(id) } };
    states[stateKey.summary(id)] = {
      meta: meta('summary', id),
      on: {
        'briefing.continue': [
          { guard: { type: 'nextIs', params: { target: END } }, target: stateKey.epilogue() },
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
    states[stateKey.decision(d.id)] = {
      meta: meta('decision', d.id),
      on: {
        'advice.give': {
          guard: { type: 'isOptionOf', params: { decision: d.id } },
          target: stateKey.consequence(d.id),
          actions: [{ type: 'answer', params: { decision: d.id } }, { type: 'persist' }],
        },
      },
    };
    states[stateKey.consequence(d.id)] = {
      meta: meta('consequence', d.id),
      entry: [cue((context) => cueOfAnswer(scenario, context))],
      on: {
        'briefing.continue': hasEvents ? [{ guard: 'hasPending', target: stateKey.event(d.id) }, ...leaving] : leaving,
      },
    };
    if (hasEvents) {
      states[stateKey.event(d.id)] = {
        meta: meta('event', d.id),
        entry: [cue((context) => scenario.events.find((e) => e.id === context.pending[0])?.consequence.cue ?? null)],
        on: {
          'event.acknowledge': [
            { guard: 'morePending', target: stateKey.event(d.id), reenter: true, actions: 'acknowledgeEvent' },
            ...leaving.map((t): Transition => ({ ...t, actions: 'acknowledgeEvent' })),
          ],
        },
      };
    }
  }

  states[stateKey.epilogue()] = {
    meta: meta('epilogue'),
    entry: [{ type: 'reachEnding' }, { type: 'persist' }, cue((context) => scenario.endings.find((e) => e.id === context.ending)?.cue ?? null)],
    on: { 'debrief.open': { target: stateKey.debrief() } },
  };
  states[stateKey.debrief()] = { meta: meta('debrief') };

  const initial = states.prologue ? stateKey.prologue() : firstMeeting ? stateKey.opening(firstMeeting) : stateKey.epilogue();

  return machineSetup.createMachine({
    id: `scenario-${scenario.id}-${mode}`,
    context: initialContext(scenario, mode),
    initial,
    on: {
      'game.restart': { target: `.${initial}`, actions: [{ type: 'reset' }, { type: 'startOver' }, { type: 'persist' }] },
    },
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
