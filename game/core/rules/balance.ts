/**
 * The balance report's numbers, as pure functions: how each option scores on the meters, where the
 * historical option ranks, and which endings scripted and random players reach. `npm run balance` prints
 * them (scripts/balance.ts); tests/unit/content/balance.test.ts holds the targets.
 *
 * Net score of an option = the sum of its effects, with meters that are bad when high (risk of war)
 * counted negative. A scenario with no right answer does not make the historical option the best score.
 */
import type { Decision, Option, Scenario, Stance } from '../scenario/schema';
import type { Choice } from './conditions';
import { END, firstDecision, getDecision, nextDecision, simulate, type Mode } from './engine';

/** The balance targets the report judges (see docs/CONTENT-NOTES.md). */
export type BalanceTarget = 'strict-best' | 'historical-path' | 'firmest-elsewhere' | 'flexible-elsewhere' | 'five-endings' | 'no-ending-half';

export function netScore(scenario: Scenario, option: Option): number {
  let net = 0;
  for (const [meter, delta] of Object.entries(option.effects)) {
    const bad = scenario.meters.find((m) => m.id === meter)?.badWhenHigh ?? false;
    net += bad ? -delta : delta;
  }
  return net;
}

export type DecisionBalance = {
  decisionId: string;
  historical: string;
  options: { id: string; stance: Stance; net: number }[];
  /** 1 = best; options with a higher net score come before. */
  historicalRank: number;
  /** The historical option scores higher than every other option. */
  historicalStrictBest: boolean;
};

export function decisionBalance(scenario: Scenario, d: Decision): DecisionBalance {
  const options = d.options.map((o) => ({ id: o.id, stance: o.stance, net: netScore(scenario, o) }));
  const hist = options.find((o) => o.id === d.history.option);
  const h = hist?.net ?? 0;
  return {
    decisionId: d.id,
    historical: d.history.option,
    options,
    historicalRank: 1 + options.filter((o) => o.net > h).length,
    historicalStrictBest: options.every((o) => o.id === d.history.option || o.net < h),
  };
}

/** A scripted player: picks one option at each decision it reaches. */
export type Player = (decision: Decision) => string;

const STANCE_ORDER: Record<Stance, number> = { firm: 0, middle: 1, flexible: 2 };

/** Always the firmest option offered (firm, else middle, else flexible; the first in file order on a tie). */
export const firmest: Player = (d) => [...d.options].sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance])[0]!.id;
/** Always the most flexible option offered. */
export const mostFlexible: Player = (d) => [...d.options].sort((a, b) => STANCE_ORDER[b.stance] - STANCE_ORDER[a.stance])[0]!.id;
/** Always what the record shows was decided. */
export const historian: Player = (d) => d.history.option;
/** A player who picks uniformly at random with the given generator. */
export const randomPlayer =
  (random: () => number): Player =>
  (d) =>
    d.options[Math.floor(random() * d.options.length)]!.id;

/** Play a whole game with a player; returns the ending's id (or null if play could not finish). */
export function playThrough(scenario: Scenario, mode: Mode, player: Player): { ending: string | null; choices: Choice[] } {
  const choices: Choice[] = [];
  let id = firstDecision(scenario, mode);
  while (id !== END && choices.length <= scenario.decisions.length) {
    const d = getDecision(scenario, id);
    if (!d) break;
    const option = player(d);
    choices.push({ decision: id, option });
    id = nextDecision(scenario, mode, id, option);
  }
  const sim = simulate(scenario, mode, choices);
  return { ending: sim.ok && sim.ending ? sim.ending.id : null, choices };
}

export type BalanceReport = {
  mode: Mode;
  decisions: DecisionBalance[];
  strictBest: number;
  /** At most a third of the decisions may have the historical option as the strict best. */
  strictBestLimit: number;
  scripted: { historical: string | null; firmest: string | null; flexible: string | null };
  random: { games: number; endings: { id: string; count: number }[] };
  historicalEnding: string | null;
  targets: { id: BalanceTarget; ok: boolean }[];
};

export function balanceReport(scenario: Scenario, options: { mode?: Mode; games?: number; random: () => number }): BalanceReport {
  const mode = options.mode ?? 'full';
  const games = options.games ?? 10_000;
  // Every decision the mode plays, in file order (branches included).
  const decisions = scenario.decisions.filter((d) => mode === 'full' || scenario.shortMode.includes(d.id)).map((d) => decisionBalance(scenario, d));
  const strictBest = decisions.filter((d) => d.historicalStrictBest).length;
  const strictBestLimit = Math.floor(decisions.length / 3);
  const scripted = {
    historical: playThrough(scenario, mode, historian).ending,
    firmest: playThrough(scenario, mode, firmest).ending,
    flexible: playThrough(scenario, mode, mostFlexible).ending,
  };
  const counts = new Map<string, number>();
  const player = randomPlayer(options.random);
  for (let i = 0; i < games; i++) {
    const e = playThrough(scenario, mode, player).ending ?? '(none)';
    counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const endings = scenario.endings.map((e) => ({ id: e.id, count: counts.get(e.id) ?? 0 }));
  if (counts.has('(none)')) endings.push({ id: '(none)', count: counts.get('(none)')! });
  const historicalEnding = scenario.endings.find((e) => e.kind === 'historical')?.id ?? null;
  const reached = endings.filter((e) => e.count > 0 && e.id !== '(none)').length;
  const largest = Math.max(...endings.map((e) => e.count));
  // Each target by id (scripts/balance.ts words them for the report).
  const targets: { id: BalanceTarget; ok: boolean }[] = [
    { id: 'strict-best', ok: strictBest <= strictBestLimit },
    { id: 'historical-path', ok: scripted.historical !== null && scripted.historical === historicalEnding },
    { id: 'firmest-elsewhere', ok: scripted.firmest !== null && scripted.firmest !== historicalEnding },
    { id: 'flexible-elsewhere', ok: scripted.flexible !== null && scripted.flexible !== historicalEnding },
    { id: 'five-endings', ok: reached >= 5 },
    { id: 'no-ending-half', ok: largest <= games / 2 },
  ];
  return { mode, decisions, strictBest, strictBestLimit, scripted, random: { games, endings }, historicalEnding, targets };
}
