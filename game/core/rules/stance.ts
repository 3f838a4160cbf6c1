/**
 * The stance scale in numbers: how many of a player's answers were firm, middle and flexible, beside the
 * stance of what was decided on the same questions. The debrief, the class results and the guide all count
 * with these.
 */
import type { Scenario } from '../scenario/schema';
import { STANCES, type Stance } from '../scenario/stances';
import type { Choice } from './conditions';
import { getOption, getDecision } from './engine';

/** How many answers sat at each point of the stance scale. */
export type StanceCounts = Record<Stance, number>;

export function stanceCounts(scenario: Scenario, choices: readonly Choice[]): { answers: StanceCounts; record: StanceCounts } {
  const answers = Object.fromEntries(STANCES.map((s) => [s, 0])) as StanceCounts;
  const record = { ...answers };
  for (const c of choices) {
    const chosen = getOption(scenario, c.decision, c.option);
    if (!chosen) continue;
    answers[chosen.stance]++;
    const decided = getOption(scenario, c.decision, getDecision(scenario, c.decision)?.history.option ?? '');
    if (decided) record[decided.stance]++;
  }
  return { answers, record };
}

/** The stance most of the answers took, or `mixed` when two stances tie for most. */
export function leaning(answers: StanceCounts): Stance | 'mixed' {
  const top = Math.max(...STANCES.map((s) => answers[s]));
  const at = STANCES.filter((s) => answers[s] === top);
  return at.length === 1 ? at[0]! : 'mixed';
}
