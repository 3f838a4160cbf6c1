/** Test helpers for the classroom tools: random but valid playthroughs, and their codes. */
import { encodeCode } from '../../../game/core/codes/codes';
import type { Choice } from '../../../game/core/rules/conditions';
import { END, firstDecision, getDecision, nextDecision, type Mode } from '../../../game/core/rules/engine';
import type { Scenario } from '../../../game/core/scenario/schema';
import { seededRandom } from '../../helpers/random';

/** A small seeded generator, so a failing case can be replayed. */
export const rng = seededRandom;

/** A valid path through the decisions in play order; `stopAfter` cuts it short (a game in progress). */
export function randomPath(scenario: Scenario, mode: Mode, random: () => number, stopAfter = Infinity): Choice[] {
  const out: Choice[] = [];
  let at = firstDecision(scenario, mode);
  while (at !== END && out.length < stopAfter) {
    const d = getDecision(scenario, at);
    if (!d) break;
    const o = d.options[Math.floor(random() * d.options.length)]!;
    out.push({ decision: d.id, option: o.id });
    at = nextDecision(scenario, mode, d.id, o.id);
  }
  return out;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `n` codes of random finished playthroughs (a few short-mode), each with random initials (some none). */
export function randomCodes(scenario: Scenario, n: number, seed = 1962): string[] {
  const random = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const mode: Mode = i % 5 === 4 ? 'short' : 'full';
    const k = Math.floor(random() * 4);
    const initials = Array.from({ length: k }, () => LETTERS[Math.floor(random() * 26)]).join('');
    out.push(encodeCode(scenario, { mode, choices: randomPath(scenario, mode, random), initials }));
  }
  return out;
}
