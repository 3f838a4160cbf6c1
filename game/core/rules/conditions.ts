/**
 * Conditions on the state of play, used by follow-up events and endings. Pure data in, boolean out.
 */
import type { Condition } from '../scenario/schema';

export type Choice = { decision: string; option: string };

/** What conditions can look at: the choices made, the meters and the flags set so far. */
export type PlayState = {
  choices: readonly Choice[];
  meters: Readonly<Record<string, number>>;
  flags: readonly string[];
};

export function evaluate(condition: Condition, state: PlayState): boolean {
  if ('always' in condition) return true;
  if ('chose' in condition) {
    const made = state.choices.find((c) => c.decision === condition.chose.decision);
    return made !== undefined && condition.chose.options.includes(made.option);
  }
  if ('flag' in condition) return state.flags.includes(condition.flag);
  if ('meter' in condition) {
    const value = state.meters[condition.meter.id] ?? 0;
    if (condition.meter.atLeast !== undefined && value < condition.meter.atLeast) return false;
    if (condition.meter.atMost !== undefined && value > condition.meter.atMost) return false;
    return true;
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, state));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, state));
  return !evaluate(condition.not, state);
}

/** Everything a condition refers to, for validation and for explaining an ending. */
export type ConditionRefs = {
  chose: { decision: string; options: string[] }[];
  flags: string[];
  meters: string[];
};

export function conditionRefs(condition: Condition, into: ConditionRefs = { chose: [], flags: [], meters: [] }): ConditionRefs {
  if ('chose' in condition) into.chose.push(condition.chose);
  else if ('flag' in condition) into.flags.push(condition.flag);
  else if ('meter' in condition) into.meters.push(condition.meter.id);
  else if ('all' in condition) condition.all.forEach((c) => conditionRefs(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionRefs(c, into));
  else if ('not' in condition) conditionRefs(condition.not, into);
  return into;
}

/** Whether a condition is the catch-all `{ always: true }`. */
export function isAlways(condition: Condition): boolean {
  return 'always' in condition && condition.always === true;
}
