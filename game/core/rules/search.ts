/**
 * A breadth-first search over what can matter for the outcome: the question play has reached, the meters,
 * the flags, and only those choices that some condition looks at. Two playthroughs that agree on all of
 * these have the same future, so they are one search state. That keeps the search small where listing
 * every playthrough would not be (3 options at 15 questions is 14 million playthroughs).
 *
 * It finds, for every ending, a list of choices that reaches it (a witness), and any list of choices that
 * reaches the end with no ending whose condition holds (a dead end). When the last ending always holds
 * (so no dead end can exist), seeded sample games are played first, and the exhaustive search runs only if
 * they miss an ending; where it runs, the states are further merged when a meter can no longer cross any
 * ending's threshold (see meterKey).
 */
import type { Condition, Scenario, ScenarioEvent } from '../scenario/schema';
import { conditionRefs, isAlways, type Choice } from './conditions';
import { historian, playThrough, randomPlayer } from './balance';
import { seededRandom } from './random';
import { applyChoice, chooseEnding, END, firstDecision, getDecision, initialRulesState, nextDecision, type Mode, type RulesState } from './engine';

export type SearchResult = {
  /** Ending id → a list of choices (in play order) that reaches it: the shortest, where the exhaustive search found it. */
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

/** Every meter condition of the endings, by meter. */
function meterThresholds(scenario: Scenario): Map<string, { atLeast?: number; atMost?: number }[]> {
  const out = new Map<string, { atLeast?: number; atMost?: number }[]>();
  const visit = (c: Condition): void => {
    if ('meter' in c) out.set(c.meter.id, [...(out.get(c.meter.id) ?? []), c.meter]);
    else if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
  };
  for (const e of scenario.endings) visit(e.when);
  return out;
}

/**
 * How far the rest of the game can still move each meter from the moment a decision is reached: `neg` is
 * the lowest sum of falls and `pos` the highest sum of rises over every way on (follow-up events counted as
 * if they might fire). Clamping to 0..100 only pulls a value back, so the final value lies within
 * [value + neg, value + pos].
 */
function futureBounds(scenario: Scenario, mode: Mode): (at: string, meter: string) => { neg: number; pos: number } {
  const memo = new Map<string, { neg: number; pos: number }>();
  const eventsAfter = new Map<string, ScenarioEvent[]>();
  for (const e of scenario.events) eventsAfter.set(e.after, [...(eventsAfter.get(e.after) ?? []), e]);
  const get = (at: string, meter: string): { neg: number; pos: number } => {
    if (at === END) return { neg: 0, pos: 0 };
    const key = `${at}|${meter}`;
    const hit = memo.get(key);
    if (hit) return hit;
    memo.set(key, { neg: -100, pos: 100 }); // cycle guard: the widest bounds (validated scenarios have no cycles)
    const d = getDecision(scenario, at);
    let result = { neg: 0, pos: 0 };
    if (d) {
      let evNeg = 0;
      let evPos = 0;
      for (const e of eventsAfter.get(at) ?? []) {
        const x = e.effects[meter] ?? 0;
        evNeg += Math.min(0, x);
        evPos += Math.max(0, x);
      }
      let neg = Infinity;
      let pos = -Infinity;
      for (const o of d.options) {
        const x = o.effects[meter] ?? 0;
        const rest = get(nextDecision(scenario, mode, at, o.id), meter);
        neg = Math.min(neg, Math.min(0, x) + evNeg + rest.neg);
        pos = Math.max(pos, Math.max(0, x) + evPos + rest.pos);
      }
      result = { neg: Math.max(-100, neg), pos: Math.min(100, pos) };
    }
    memo.set(key, result);
    return result;
  };
  return get;
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
  options: { maxStates?: number; stopWhenAllFound?: boolean; sample?: boolean; sampleGames?: number } = {},
): SearchResult {
  const maxStates = options.maxStates ?? 200_000;
  // When the last ending always holds there can be no dead end, so playing sample games first is enough
  // whenever they reach every ending; the exhaustive search below runs only for endings they miss.
  const sampled: Record<string, Choice[]> = {};
  const last = scenario.endings[scenario.endings.length - 1];
  if (options.sample !== false && last && isAlways(last.when)) {
    const games = options.sampleGames ?? 4000;
    const random = randomPlayer(seededRandom(1962));
    for (let g = 0; g < games && Object.keys(sampled).length < scenario.endings.length; g++) {
      // The first game follows the record; the others pick at random.
      const { ending, choices } = playThrough(scenario, mode, g === 0 ? historian : random);
      if (ending && !sampled[ending]) sampled[ending] = choices;
    }
    if (Object.keys(sampled).length === scenario.endings.length) return { witnesses: sampled, deadEnds: [], complete: true, states: 0 };
  }
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
  const bounds = futureBounds(scenario, mode);
  const thresholds = meterThresholds(scenario);
  const exactMeters = new Set(eventRefs.flatMap((r) => r.meters));
  /**
   * A meter's part of the key. Where the rest of the game can no longer move the meter across any of the
   * endings' thresholds, only which side of each threshold it ends on matters, so states that differ only
   * there merge. Meters that an event looks at are always kept exactly.
   */
  const meterKey = (at: string, m: string, v: number): string => {
    const conds = thresholds.get(m);
    if (!conds || exactMeters.has(m)) return String(v);
    const b = bounds(at, m);
    const lo = Math.max(0, v + b.neg);
    const hi = Math.min(100, v + b.pos);
    let key = '=';
    for (const c of conds) {
      const a = c.atLeast ?? 0;
      const z = c.atMost ?? 100;
      if (lo >= a && hi <= z) key += 'T';
      else if (hi < a || lo > z) key += 'F';
      else return String(v);
    }
    return key;
  };
  const keyOf = (at: string, s: RulesState, pending: number) => {
    const r = rememberedFor(pending);
    return `${at}|${pending}|${r.meters.map((m) => meterKey(at, m, s.meters[m] ?? 0)).join(',')}|${s.flags
      .filter((f) => r.flags.has(f))
      .sort()
      .join(',')}|${s.choices
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
  for (const [id, path] of Object.entries(sampled)) if (!witnesses[id]) witnesses[id] = path;
  return { witnesses, deadEnds, complete, states: nodes.length };
}
