/**
 * What a student keeps while reading the records, in this browser only (localStorage under the scenario's own
 * keys, services/storage.ts noteKeys): which kinds of record they have opened (so each sourcing card opens by
 * itself only the first time), their one-sentence answer to the central question, their judgement of the game's
 * model, and their answers in "Compare the records". Nothing here ever goes into a results or resume code. When
 * storage is blocked, notes last for this visit only (an in-memory copy).
 *
 * The parse and update functions are pure (tests/unit/services/notes.test.ts); a corrupt or foreign value reads
 * as nothing kept, never as an error.
 */
import { noteKeys, type StorageLike } from './storage';

/** One answer in "Compare the records": what the student wrote, the choice they picked (index), whether they opened the records' answer. */
export type ComparisonAnswer = { text: string; choice: number | null; shown: boolean };
/** comparison id → question id → answer. */
export type ComparisonAnswers = Record<string, Record<string, ComparisonAnswer>>;

export const EMPTY_ANSWER: ComparisonAnswer = Object.freeze({ text: '', choice: null, shown: false });

/** The kinds of record already seen, from the stored text (anything unreadable: none). */
export function parseSeen(raw: string | null): string[] {
  if (raw === null) return [];
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string'))] : [];
  } catch {
    return [];
  }
}

/** The list after opening a record of `kind`: `first` when this kind had not been seen before. */
export function markSeen(seen: readonly string[], kind: string): { first: boolean; seen: string[] } {
  return seen.includes(kind) ? { first: false, seen: [...seen] } : { first: true, seen: [...seen, kind] };
}

function answerOf(v: unknown): ComparisonAnswer | null {
  if (v === null || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return {
    text: typeof o.text === 'string' ? o.text : '',
    choice: typeof o.choice === 'number' && Number.isInteger(o.choice) && o.choice >= 0 ? o.choice : null,
    shown: o.shown === true,
  };
}

/** The stored comparison answers (anything unreadable is left out). */
export function parseAnswers(raw: string | null): ComparisonAnswers {
  if (raw === null) return {};
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return {};
  }
  const out: ComparisonAnswers = {};
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return out;
  for (const [cid, qs] of Object.entries(v as Record<string, unknown>)) {
    if (qs === null || typeof qs !== 'object' || Array.isArray(qs)) continue;
    const list: Record<string, ComparisonAnswer> = {};
    for (const [qid, a] of Object.entries(qs as Record<string, unknown>)) {
      const ans = answerOf(a);
      if (ans) list[qid] = ans;
    }
    out[cid] = list;
  }
  return out;
}

/** The answers with one answer changed (the rest kept as they are). */
export function withAnswer(all: ComparisonAnswers, comparison: string, question: string, change: Partial<ComparisonAnswer>): ComparisonAnswers {
  const before = all[comparison]?.[question] ?? EMPTY_ANSWER;
  return { ...all, [comparison]: { ...all[comparison], [question]: { ...before, ...change } } };
}

export type NoteField = 'central' | 'model';

export interface Notes {
  /** Records that a record of `kind` was opened; true the first time. */
  firstSight(kind: string): boolean;
  seenKinds(): string[];
  text(field: NoteField): string;
  setText(field: NoteField, text: string): void;
  answer(comparison: string, question: string): ComparisonAnswer;
  setAnswer(comparison: string, question: string, change: Partial<ComparisonAnswer>): void;
  /** Whether the notes are kept in the browser (false: for this visit only). */
  readonly persistent: boolean;
}

export function createNotes(storage: StorageLike | null, scenarioId: string): Notes {
  const keys = noteKeys(scenarioId);
  const memory = new Map<string, string>();
  let persistent = storage !== null;
  const read = (key: string): string | null => {
    if (memory.has(key)) return memory.get(key)!;
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string | null): void => {
    try {
      if (!storage) throw new Error('no storage');
      if (value === null || value === '') storage.removeItem(key);
      else storage.setItem(key, value);
      memory.delete(key);
    } catch {
      persistent = false;
      memory.set(key, value ?? '');
    }
  };
  const fieldKey = (f: NoteField) => (f === 'central' ? keys.central : keys.model);
  return {
    firstSight(kind) {
      const r = markSeen(parseSeen(read(keys.kindsSeen)), kind);
      if (r.first) write(keys.kindsSeen, JSON.stringify(r.seen));
      return r.first;
    },
    seenKinds: () => parseSeen(read(keys.kindsSeen)),
    text: (f) => read(fieldKey(f)) ?? '',
    setText: (f, text) => write(fieldKey(f), text),
    answer: (c, q) => parseAnswers(read(keys.comparisons))[c]?.[q] ?? { ...EMPTY_ANSWER },
    setAnswer(c, q, change) {
      write(keys.comparisons, JSON.stringify(withAnswer(parseAnswers(read(keys.comparisons)), c, q, change)));
    },
    get persistent() {
      return persistent;
    },
  };
}
