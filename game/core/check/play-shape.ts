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
      r.err(['shortMode', i], `unknown decision "${id}"`);
      known = false;
      return;
    }
    if (seen.has(id)) r.err(['shortMode', i], `decision "${id}" is listed twice`);
    else if (pos < lastPos) r.err(['shortMode', i], `decision "${id}" is out of order: list the short-mode decisions in the order of decisions`);
    seen.add(id);
    lastPos = Math.max(lastPos, pos);
  });
  return known;
}

/** Only the last ending is `{ always: true }`, and it is. */
export function checkEndingOrder(s: Scenario, r: Report): void {
  const last = s.endings[s.endings.length - 1];
  if (last && !isAlways(last.when))
    r.err(['endings', s.endings.length - 1, 'when'], 'the last ending must be { "always": true }, so every playthrough has an ending');
  s.endings.forEach((e, i) => {
    if (i < s.endings.length - 1 && isAlways(e.when))
      r.err(['endings', i, 'when'], 'only the last ending may be { "always": true }: the endings after it can never be reached');
  });
}

function describeChoices(choices: { decision: string; option: string }[]): string {
  return choices.length === 0 ? 'no choices' : choices.map((c) => `${c.decision}=${c.option}`).join(', ');
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
        r.err(edgePath(id, t), `cycle in play order: ${loop.join(' → ')}`);
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
      if (!reached.has(d.id)) r.err(['decisions', i], `decision "${d.id}" is never reached: no question's next leads here`);
    });
  } else {
    s.shortMode.forEach((id, i) => {
      if (!reached.has(id)) r.err(['shortMode', i], `decision "${id}" is never reached in short mode`);
    });
  }
}

/** The ending search in each mode: no dead end, and every ending reached (in short mode, a warning). */
export function checkEndings(s: Scenario, modes: readonly Mode[], r: Report): void {
  for (const mode of modes) {
    const result = searchEndings(s, mode);
    const label = mode === 'full' ? '' : ' in short mode';
    for (const dead of result.deadEnds)
      r.err(['endings'], `dead end${label}: playing ${describeChoices(dead)} reaches the end with no ending whose condition holds`);
    if (!result.complete) r.warn(['endings'], `the search for endings${label} stopped after ${result.states} states; unreached endings may still be reachable`);
    s.endings.forEach((e, i) => {
      if (result.witnesses[e.id] || !result.complete) return;
      if (mode === 'full') r.err(['endings', i], `ending "${e.id}" is never reached: no playthrough meets its condition before an earlier ending's`);
      else r.warn(['endings', i], `ending "${e.id}" cannot be reached in short mode`);
    });
  }
}
