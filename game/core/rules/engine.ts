/**
 * The rules of play as pure functions: play order, applying a choice (effects, flags, follow-up events),
 * choosing the ending, and replaying a list of choices. The machine, the debrief, saves, codes and the
 * validator's search all use these, so the same choices always give the same outcome.
 */
import type { Decision, Ending, Meeting, Option, Scenario, ScenarioEvent } from '../scenario/schema';
import { evaluate, type Choice, type PlayState } from './conditions';

export type Mode = 'full' | 'short';
export const END = 'end';

export type ScenarioIndex = {
  decisions: Map<string, Decision>;
  position: Map<string, number>;
  options: Map<string, Map<string, Option>>;
  meetings: Map<string, Meeting>;
  eventsAfter: Map<string, ScenarioEvent[]>;
  short: Set<string>;
};

const indexes = new WeakMap<Scenario, ScenarioIndex>();

/** Lookup tables for a scenario, built once per scenario object (scenarios are frozen after loading). */
export function indexOf(scenario: Scenario): ScenarioIndex {
  const cached = indexes.get(scenario);
  if (cached) return cached;
  const index: ScenarioIndex = {
    decisions: new Map(),
    position: new Map(),
    options: new Map(),
    meetings: new Map(scenario.meetings.map((m) => [m.id, m])),
    eventsAfter: new Map(),
    short: new Set(scenario.shortMode),
  };
  scenario.decisions.forEach((d, i) => {
    if (!index.decisions.has(d.id)) {
      index.decisions.set(d.id, d);
      index.position.set(d.id, i);
      index.options.set(d.id, new Map(d.options.map((o) => [o.id, o])));
    }
  });
  for (const e of scenario.events) {
    const list = index.eventsAfter.get(e.after) ?? [];
    list.push(e);
    index.eventsAfter.set(e.after, list);
  }
  indexes.set(scenario, index);
  return index;
}

export function getDecision(scenario: Scenario, id: string): Decision | undefined {
  return indexOf(scenario).decisions.get(id);
}

export function getOption(scenario: Scenario, decisionId: string, optionId: string): Option | undefined {
  return indexOf(scenario).options.get(decisionId)?.get(optionId);
}

/** Where play goes after a decision when its option names no `next`: its own `next`, else the next in the file. */
export function defaultNext(scenario: Scenario, decisionId: string): string {
  const ix = indexOf(scenario);
  const d = ix.decisions.get(decisionId);
  if (d?.next) return d.next;
  const at = ix.position.get(decisionId);
  if (at === undefined) return END;
  return scenario.decisions[at + 1]?.id ?? END;
}

/** Where play goes after an option in full play: the option's `next`, else the decision's default. */
export function targetAfter(scenario: Scenario, decisionId: string, optionId: string): string {
  return getOption(scenario, decisionId, optionId)?.next ?? defaultNext(scenario, decisionId);
}

/** Whether a decision is played in this mode. */
export function inMode(scenario: Scenario, mode: Mode, decisionId: string): boolean {
  return mode === 'full' || indexOf(scenario).short.has(decisionId);
}

/**
 * Follow a target forward until it is a decision played in this mode (or the end). A skipped decision
 * passes play on to its own default next: nobody answered it, so no option's `next` applies. The step cap
 * only matters for a cyclic scenario, which the validator refuses.
 */
export function resolveInMode(scenario: Scenario, mode: Mode, target: string): string {
  let t = target;
  for (let steps = 0; t !== END && steps <= scenario.decisions.length; steps++) {
    if (!indexOf(scenario).decisions.has(t)) return END;
    if (inMode(scenario, mode, t)) return t;
    t = defaultNext(scenario, t);
  }
  return END;
}

export function firstDecision(scenario: Scenario, mode: Mode): string {
  const first = scenario.decisions[0];
  return first ? resolveInMode(scenario, mode, first.id) : END;
}

export function nextDecision(scenario: Scenario, mode: Mode, decisionId: string, optionId: string): string {
  return resolveInMode(scenario, mode, targetAfter(scenario, decisionId, optionId));
}

export function initialMeters(scenario: Scenario): Record<string, number> {
  return Object.fromEntries(scenario.meters.map((m) => [m.id, m.initial]));
}

export const clamp = (n: number): number => Math.max(0, Math.min(100, n));

/** Add effects to meters, clamping each result to 0..100. Unknown meters are ignored (validation refuses them). */
export function applyEffects(meters: Readonly<Record<string, number>>, effects: Readonly<Record<string, number>>): Record<string, number> {
  const out = { ...meters };
  for (const [id, delta] of Object.entries(effects)) {
    if (id in out) out[id] = clamp((out[id] ?? 0) + delta);
  }
  return out;
}

function addFlags(flags: readonly string[], more: readonly string[]): string[] {
  const out = [...flags];
  for (const f of more) if (!out.includes(f)) out.push(f);
  return out;
}

export type RulesState = PlayState & { events: readonly string[] };

export function initialRulesState(scenario: Scenario): RulesState {
  return { choices: [], meters: initialMeters(scenario), flags: [], events: [] };
}

/**
 * Apply an answer: the option's effects and flags, then the follow-up events of that decision in file
 * order, each checked against the state left by the ones before it (so one event can set up another).
 * Returns null when the option does not belong to the decision.
 */
export function applyChoice(scenario: Scenario, state: RulesState, decisionId: string, optionId: string): { state: RulesState; fired: string[] } | null {
  const option = getOption(scenario, decisionId, optionId);
  if (!option) return null;
  let next: RulesState = {
    choices: [...state.choices, { decision: decisionId, option: optionId }],
    meters: applyEffects(state.meters, option.effects),
    flags: addFlags(state.flags, option.setFlags),
    events: state.events,
  };
  const fired: string[] = [];
  for (const event of indexOf(scenario).eventsAfter.get(decisionId) ?? []) {
    if (next.events.includes(event.id) || !evaluate(event.when, next)) continue;
    fired.push(event.id);
    next = {
      ...next,
      meters: applyEffects(next.meters, event.effects),
      flags: addFlags(next.flags, event.setFlags),
      events: [...next.events, event.id],
    };
  }
  return { state: next, fired };
}

/** The first ending (file order) whose condition holds. Validation makes the last one `{ always: true }`. */
export function chooseEnding(scenario: Scenario, state: PlayState): Ending | undefined {
  return scenario.endings.find((e) => evaluate(e.when, state));
}

export type Step = {
  choice: Choice;
  decision: Decision;
  option: Option;
  metersBefore: Record<string, number>;
  /** After the option's effects and any follow-up events. */
  metersAfter: Record<string, number>;
  fired: string[];
};

/**
 * Why a list of choices cannot be replayed: a kind and the refused choice, no words. Saves and codes carry the
 * kind on (core/save, core/codes) and the UI words it for the player (`saves.refused` in the string catalogue).
 */
export type SimulationProblem = {
  /** Index in the list of choices. */
  at: number;
  /**
   * 'unknown-decision': the choice names a question not in the scenario; 'after-end': the game had already
   * ended; 'out-of-order': it answers a question play had not reached; 'unknown-option': its answer is not an
   * option of the question (or could not be applied).
   */
  kind: 'unknown-decision' | 'unknown-option' | 'out-of-order' | 'after-end';
  /** The refused choice, as given. */
  choice: Choice;
};

export type Simulation =
  | {
      ok: true;
      steps: Step[];
      state: RulesState;
      /** The decision to answer next, or END. */
      next: string;
      finished: boolean;
      ending: Ending | undefined;
    }
  | { ok: false; problem: SimulationProblem };

function refused(at: number, kind: SimulationProblem['kind'], choice: Choice): Simulation {
  return { ok: false, problem: { at, kind, choice: { decision: choice.decision, option: choice.option } } };
}

/**
 * Replay a list of choices with the rules alone (no machine): checks each choice is the decision play has
 * reached and an option it has, and returns every step with the meters before and after.
 */
export function simulate(scenario: Scenario, mode: Mode, choices: readonly Choice[]): Simulation {
  const ix = indexOf(scenario);
  let state = initialRulesState(scenario);
  let expected = firstDecision(scenario, mode);
  const steps: Step[] = [];
  for (let at = 0; at < choices.length; at++) {
    const choice = choices[at] as Choice;
    const decision = ix.decisions.get(choice.decision);
    if (!decision) return refused(at, 'unknown-decision', choice);
    if (expected === END) return refused(at, 'after-end', choice);
    if (choice.decision !== expected) return refused(at, 'out-of-order', choice);
    const option = ix.options.get(decision.id)?.get(choice.option);
    if (!option) return refused(at, 'unknown-option', choice);
    const before = state.meters as Record<string, number>;
    const applied = applyChoice(scenario, state, decision.id, option.id);
    if (!applied) return refused(at, 'unknown-option', choice);
    state = applied.state;
    steps.push({
      choice: { decision: decision.id, option: option.id },
      decision,
      option,
      metersBefore: before,
      metersAfter: state.meters as Record<string, number>,
      fired: applied.fired,
    });
    expected = nextDecision(scenario, mode, decision.id, option.id);
  }
  const finished = expected === END;
  return { ok: true, steps, state, next: expected, finished, ending: finished ? chooseEnding(scenario, state) : undefined };
}

/** Replay the longest valid prefix of these choices, so a bad list still gives what was played. */
export function simulatePrefix(scenario: Scenario, mode: Mode, choices: readonly Choice[]): Simulation {
  const sim = simulate(scenario, mode, choices);
  return sim.ok ? sim : simulate(scenario, mode, choices.slice(0, sim.problem.at));
}

/** The meters after these choices and their follow-up events (the longest valid prefix of them; the initial meters for none). */
export function metersAfter(scenario: Scenario, mode: Mode, choices: readonly Choice[]): Record<string, number> {
  const sim = simulatePrefix(scenario, mode, choices);
  return sim.ok ? { ...sim.state.meters } : initialMeters(scenario);
}

/** The decisions in play order when every answer follows history (used for progress estimates and the fixture). */
export function historicalPath(scenario: Scenario, mode: Mode): Choice[] {
  const out: Choice[] = [];
  let d = firstDecision(scenario, mode);
  while (d !== END && out.length <= scenario.decisions.length) {
    const decision = getDecision(scenario, d);
    if (!decision) break;
    out.push({ decision: d, option: decision.history.option });
    d = nextDecision(scenario, mode, d, decision.history.option);
  }
  return out;
}

/**
 * The fewest and most decisions still to answer from a decision on (itself included), over every branch.
 * Used for "decision 3 of 15" when branches differ in length.
 */
export function remainingRange(scenario: Scenario, mode: Mode, from: string, memo = new Map<string, [number, number]>()): [number, number] {
  if (from === END) return [0, 0];
  const hit = memo.get(from);
  if (hit) return hit;
  memo.set(from, [0, 0]); // cycle guard (validated scenarios have none)
  const decision = getDecision(scenario, from);
  if (!decision) return [0, 0];
  let lo = Infinity;
  let hi = 0;
  const seen = new Set<string>();
  for (const o of decision.options) {
    const n = nextDecision(scenario, mode, from, o.id);
    if (seen.has(n)) continue;
    seen.add(n);
    const [a, b] = remainingRange(scenario, mode, n, memo);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  const range: [number, number] = [1 + (lo === Infinity ? 0 : lo), 1 + hi];
  memo.set(from, range);
  return range;
}
