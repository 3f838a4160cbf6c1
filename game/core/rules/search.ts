/**
 * A breadth-first search over what can matter for the outcome: the question play has reached, the meters,
 * the flags, and only those choices that some condition looks at. Two playthroughs that agree on all of
 * these have the same future, so they are one search state. That keeps the search small where listing
 * every playthrough would not be (3 options at 15 questions is 14 million playthroughs).
 *
 * It finds, for every ending, the shortest list of choices that reaches it (a witness), and any list of
 * choices that reaches the end with no ending whose condition holds (a dead end).
 */
import type { Scenario } from '../scenario/schema';
import { conditionRefs, type Choice } from './conditions';
import { applyChoice, chooseEnding, END, firstDecision, getDecision, initialRulesState, nextDecision, type Mode, type RulesState } from './engine';

export type SearchResult = {
  /** Ending id → shortest list of choices (in play order) that reaches it. */
  witnesses: Record<string, Choice[]>;
  /** Choices that reach the end where no ending's condition holds (at most a few, shortest first). */
  deadEnds: Choice[][];
  /** False when the state cap stopped the search early: unreached endings may still be reachable. */
  complete: boolean;
  states: number;
};

type Node = { state: RulesState; at: string; parent: number; choice: Choice | null; pending: number };

function pathTo(nodes: Node[], i: number): Choice[] {
  const out: Choice[] = [];
  for (let n = nodes[i]; n && n.choice; n = nodes[n.parent]) out.push(n.choice);
  return out.reverse();
}

/** The decisions whose answers some event or ending condition looks at. */
export function decisionsInConditions(scenario: Scenario): Set<string> {
  const refs = { chose: [] as { decision: string; options: string[] }[], flags: [] as string[], meters: [] as string[] };
  for (const e of scenario.events) conditionRefs(e.when, refs);
  for (const e of scenario.endings) conditionRefs(e.when, refs);
  return new Set(refs.chose.map((c) => c.decision));
}

/**
 * What a state must remember: the choices, meters and flags that the endings look at, plus those that
 * follow-up events not yet checked look at. An event is checked only right after its own decision, so
 * once that decision is answered, what only that event looked at can be forgotten. Meters and flags that no
 * condition reads are never part of a state.
 */
export function searchEndings(
  scenario: Scenario,
  mode: Mode,
  options: { maxStates?: number; stopWhenAllFound?: boolean } = {},
): SearchResult {
  const maxStates = options.maxStates ?? 200_000;
  const endingRefs = { chose: [] as { decision: string; options: string[] }[], flags: [] as string[], meters: [] as string[] };
  for (const e of scenario.endings) conditionRefs(e.when, endingRefs);
  const eventRefs = scenario.events.map((e) => conditionRefs(e.when));
  const eventIndex = new Map<string, number[]>();
  scenario.events.forEach((e, i) => eventIndex.set(e.after, [...(eventIndex.get(e.after) ?? []), i]));
  // Events are tracked in a 30-bit mask; past that, every event's references are simply always kept.
  const trackable = scenario.events.length <= 30;

  const remembered = (pending: number) => {
    const chose = new Set(endingRefs.chose.map((c) => c.decision));
    const meters = new Set(endingRefs.meters);
    const flags = new Set(endingRefs.flags);
    eventRefs.forEach((r, i) => {
      if (trackable && !(pending & (1 << i))) return;
      r.chose.forEach((c) => chose.add(c.decision));
      r.meters.forEach((m) => meters.add(m));
      r.flags.forEach((f) => flags.add(f));
    });
    return { chose, meters: scenario.meters.map((m) => m.id).filter((m) => meters.has(m)), flags };
  };
  const memo = new Map<number, ReturnType<typeof remembered>>();
  const rememberedFor = (pending: number) => {
    let r = memo.get(pending);
    if (!r) memo.set(pending, (r = remembered(pending)));
    return r;
  };
  const keyOf = (at: string, s: RulesState, pending: number) => {
    const r = rememberedFor(pending);
    return `${at}|${pending}|${r.meters.map((m) => s.meters[m] ?? 0).join(',')}|${s.flags.filter((f) => r.flags.has(f)).sort().join(',')}|${s.choices
      .filter((c) => r.chose.has(c.decision))
      .map((c) => `${c.decision}=${c.option}`)
      .join(',')}`;
  };

  const start = initialRulesState(scenario);
  const allPending = !trackable || scenario.events.length === 0 ? 0 : (1 << scenario.events.length) - 1;
  const nodes: Node[] = [{ state: start, at: firstDecision(scenario, mode), parent: -1, choice: null, pending: allPending }];
  const seen = new Set<string>([keyOf(nodes[0]!.at, start, allPending)]);
  const witnesses: Record<string, Choice[]> = {};
  const deadEnds: Choice[][] = [];
  let complete = true;

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.at === END) {
      const ending = chooseEnding(scenario, node.state);
      if (!ending) {
        if (deadEnds.length < 3) deadEnds.push(pathTo(nodes, i));
      } else if (!witnesses[ending.id]) {
        witnesses[ending.id] = pathTo(nodes, i);
        if (options.stopWhenAllFound && Object.keys(witnesses).length === scenario.endings.length) break;
      }
      continue;
    }
    const decision = getDecision(scenario, node.at);
    if (!decision) continue;
    let pending = node.pending;
    for (const e of eventIndex.get(decision.id) ?? []) pending &= ~(1 << e);
    const keep = rememberedFor(pending).chose;
    for (const option of decision.options) {
      const applied = applyChoice(scenario, node.state, decision.id, option.id);
      if (!applied) continue;
      // Keep only the choices a condition still to be checked can see, so equivalent histories merge.
      const state: RulesState = { ...applied.state, choices: applied.state.choices.filter((c) => keep.has(c.decision)) };
      const at = nextDecision(scenario, mode, decision.id, option.id);
      const key = keyOf(at, state, pending);
      if (seen.has(key)) continue;
      if (nodes.length >= maxStates) {
        complete = false;
        continue;
      }
      seen.add(key);
      nodes.push({ state, at, parent: i, choice: { decision: decision.id, option: option.id }, pending });
    }
  }
  return { witnesses, deadEnds, complete, states: nodes.length };
}
