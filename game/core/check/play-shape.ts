/**
 * The shape of play: the short-mode list, the endings' order, cycles, reachability in both modes, and the
 * ending search (every playthrough reaches an ending; every ending is reached).
 */
import { isAlways } from '../rules/conditions';
import { END, firstDecision, indexOf, nextDecision, targetAfter, type Mode } from '../rules/engine';
import { searchEndings } from '../rules/search';
import type { Key } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/schema';
import type { Report } from './report';

/** The short-mode list names known decisions, once each, in file order. Returns whether every id is known. */
export function checkShortModeList(s: Scenario, r: Report): boolean {
  const seen = new Set<string>();
  let lastPos = -1;
  let known = true;
  s.shortMode.forEach((id, i) => {
    const pos = s.decisions.findIndex((d) => d.id === id);
    if (pos < 0) {
      r.err(['shortMode', i], { kind: 'unknown-decision', id });
      known = false;
      return;
    }
    if (seen.has(id)) r.err(['shortMode', i], { kind: 'short-mode-repeat', decision: id });
    else if (pos < lastPos) r.err(['shortMode', i], { kind: 'short-mode-order', decision: id });
    seen.add(id);
    lastPos = Math.max(lastPos, pos);
  });
  return known;
}

/** Only the last ending is `{ always: true }`, and it is. */
export function checkEndingOrder(s: Scenario, r: Report): void {
  const last = s.endings[s.endings.length - 1];
  if (last && !isAlways(last.when)) r.err(['endings', s.endings.length - 1, 'when'], { kind: 'last-ending-not-always' });
  s.endings.forEach((e, i) => {
    if (i < s.endings.length - 1 && isAlways(e.when)) r.err(['endings', i, 'when'], { kind: 'early-always-ending' });
  });
}

/** Cycles in the raw play order (option and decision `next` plus file order). Reports each at the edge that closes it. */
export function checkCycles(s: Scenario, r: Report): boolean {
  const ix = indexOf(s);
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: string[] = [];
  let found = false;
  const edgePath = (from: string, to: string): Key[] => {
    const i = ix.position.get(from) ?? 0;
    const d = s.decisions[i]!;
    const j = d.options.findIndex((o) => o.next === to);
    if (j >= 0) return ['decisions', i, 'options', j, 'next'];
    return d.next === to ? ['decisions', i, 'next'] : ['decisions', i];
  };
  const visit = (id: string) => {
    state.set(id, 1);
    stack.push(id);
    const d = ix.decisions.get(id)!;
    const targets = new Set(d.options.map((o) => targetAfter(s, id, o.id)));
    for (const t of targets) {
      if (t === END) continue;
      const st = state.get(t);
      if (st === 1) {
        found = true;
        const loop = [...stack.slice(stack.indexOf(t)), t];
        r.err(edgePath(id, t), { kind: 'cycle', loop });
      } else if (st === undefined) visit(t);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const d of s.decisions) if (!state.has(d.id)) visit(d.id);
  return found;
}

/** Every decision of the mode is reached from the start of play. */
export function checkReach(s: Scenario, mode: Mode, r: Report): void {
  const reached = new Set<string>();
  const queue = [firstDecision(s, mode)];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === END || reached.has(id)) continue;
    reached.add(id);
    const d = indexOf(s).decisions.get(id);
    if (d) for (const o of d.options) queue.push(nextDecision(s, mode, id, o.id));
  }
  if (mode === 'full') {
    s.decisions.forEach((d, i) => {
      if (!reached.has(d.id)) r.err(['decisions', i], { kind: 'decision-unreached', decision: d.id, mode });
    });
  } else {
    s.shortMode.forEach((id, i) => {
      if (!reached.has(id)) r.err(['shortMode', i], { kind: 'decision-unreached', decision: id, mode });
    });
  }
}

/** The ending search in each mode: no dead end, and every ending reached (in short mode, a warning). */
export function checkEndings(s: Scenario, modes: readonly Mode[], r: Report): void {
  for (const mode of modes) {
    const result = searchEndings(s, mode);
    for (const dead of result.deadEnds) r.err(['endings'], { kind: 'dead-end', mode, choices: dead.map(({ decision, option }) => ({ decision, option })) });
    if (!result.complete) r.warn(['endings'], { kind: 'search-incomplete', mode, states: result.states });
    s.endings.forEach((e, i) => {
      if (result.witnesses[e.id] || !result.complete) return;
      const problem = { kind: 'ending-unreached', ending: e.id, mode } as const;
      if (mode === 'full') r.err(['endings', i], problem);
      else r.warn(['endings', i], problem);
    });
  }
}
