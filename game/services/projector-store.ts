/**
 * Projector mode's own record, beside the save (key `<scenario id>:projector`): present while the game in progress
 * is a whole-class game, holding the class's show of hands for each question and the option played. It never goes
 * into the save or a code (the results code carries only that the game was a whole-class one). Storage is injected
 * so the store tests in Node; when storage fails, it carries on in memory for this visit.
 */
import { cleanCount, type ClassVote, type VoteHow } from '../core/rules/class-vote';
import type { StorageLike } from './storage';

export interface ProjectorStore {
  /** Whether the game in progress is a projector game. */
  readonly on: boolean;
  /** A new projector game: on, with no votes. */
  start(): void;
  /** Not a projector game (a student's game started on this device). */
  stop(): void;
  /** The same game played again: still on, votes forgotten. */
  reset(): void;
  /** The hands entered so far for a question (kept while the teacher types, so a reload keeps them). */
  counts(decisionId: string): Record<string, number>;
  setCounts(decisionId: string, counts: Record<string, number>): void;
  /** The class's answer to a question was played. */
  record(decisionId: string, vote: ClassVote): void;
  vote(decisionId: string): ClassVote | null;
}

type Kept = { v: 1; entered: Record<string, Record<string, number>>; votes: Record<string, ClassVote> };

const HOWS: readonly VoteHow[] = ['class', 'tie', 'teacher'];

function cleanCounts(raw: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const n = cleanCount(v);
    if (n > 0) out[k] = n;
  }
  return out;
}

/** What the key holds, or null when it holds nothing usable (then this is not a projector game). */
export function parseKept(raw: string | null): Kept | null {
  if (raw === null) return null;
  try {
    const o = JSON.parse(raw) as Partial<Kept> | null;
    if (!o || typeof o !== 'object' || o.v !== 1) return null;
    const entered: Kept['entered'] = {};
    const votes: Kept['votes'] = {};
    for (const [d, c] of Object.entries(o.entered ?? {})) entered[d] = cleanCounts(c);
    for (const [d, v] of Object.entries(o.votes ?? {})) {
      if (!v || typeof v !== 'object' || typeof v.chosen !== 'string' || !HOWS.includes(v.how)) continue;
      votes[d] = { counts: cleanCounts(v.counts), chosen: v.chosen, how: v.how };
    }
    return { v: 1, entered, votes };
  } catch {
    return null;
  }
}

export function createProjectorStore(storage: StorageLike | null, key: string): ProjectorStore {
  let memory: string | null = null;
  let inMemory = !storage;
  const read = (): string | null => {
    if (inMemory) return memory;
    try {
      return storage!.getItem(key);
    } catch {
      inMemory = true;
      return memory;
    }
  };
  const write = (kept: Kept | null) => {
    memory = kept ? JSON.stringify(kept) : null;
    if (inMemory) return;
    try {
      if (kept) storage!.setItem(key, memory!);
      else storage!.removeItem(key);
    } catch {
      inMemory = true;
    }
  };
  const kept = () => parseKept(read());
  const change = (fn: (k: Kept) => void) => {
    const k = kept();
    if (!k) return;
    fn(k);
    write(k);
  };
  return {
    get on() {
      return kept() !== null;
    },
    start: () => write({ v: 1, entered: {}, votes: {} }),
    stop: () => write(null),
    reset: () => change((k) => ((k.entered = {}), (k.votes = {}))),
    counts: (d) => ({ ...(kept()?.entered[d] ?? {}) }),
    setCounts: (d, counts) => change((k) => (k.entered[d] = cleanCounts(counts))),
    record: (d, vote) =>
      change((k) => {
        k.votes[d] = { counts: cleanCounts(vote.counts), chosen: vote.chosen, how: vote.how };
        delete k.entered[d];
      }),
    vote: (d) => kept()?.votes[d] ?? null,
  };
}
