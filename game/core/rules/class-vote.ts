/**
 * A whole-class vote (projector mode): the class's show of hands per option, and what the game does with it.
 * The option with the most hands wins; when two or more share the most, the teacher chooses among them; with no
 * hands counted, the teacher simply chooses. Pure: the counts are kept by the UI (game/services/projector-store.ts),
 * never in the machine or a save.
 */

/** What a show of hands decides: nothing yet, one option, or a tie for the teacher to settle. */
export type VoteOutcome =
  { kind: 'none' } | { kind: 'winner'; index: number; hands: number; total: number } | { kind: 'tie'; indexes: number[]; hands: number; total: number };

/** A count as typed: a whole number from 0 to 999 (anything else counts as 0). */
export function cleanCount(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(999, Math.floor(n));
}

/** The outcome of the hands counted for each option, in option order. */
export function voteOutcome(counts: readonly number[]): VoteOutcome {
  const clean = counts.map(cleanCount);
  const total = clean.reduce((a, b) => a + b, 0);
  if (total === 0) return { kind: 'none' };
  const hands = Math.max(...clean);
  const indexes = clean.flatMap((n, i) => (n === hands ? [i] : []));
  if (indexes.length === 1) return { kind: 'winner', index: indexes[0]!, hands, total };
  return { kind: 'tie', indexes, hands, total };
}

/** How the class's answer to a question was reached. */
export type VoteHow = 'class' | 'tie' | 'teacher';

/** One question's vote as kept: the hands per option id, the option played, and how it was chosen. */
export type ClassVote = { counts: Record<string, number>; chosen: string; how: VoteHow };

/** The next index when moving through `size` choices with the clicker (wrapping; from none, the first or the last). */
export function step(current: number, size: number, by: 1 | -1): number {
  if (size <= 0) return -1;
  if (current < 0 || current >= size) return by === 1 ? 0 : size - 1;
  return (current + by + size) % size;
}
