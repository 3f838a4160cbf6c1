/**
 * Where the student's written answer is kept: localStorage under the scenario's `written` key, written as they
 * type so it survives a reload. When storage is missing or refuses (private browsing, a full disk), the answer
 * stays in memory for this page and the store says so (`persistent: false`). The answer never leaves the
 * browser and is never part of a results or resume code.
 */
import type { StorageLike } from './storage';

export interface AnswerStore {
  /** Whether the answer outlives closing the tab (false when only memory works). */
  readonly persistent: boolean;
  /** The answer kept, or '' when there is none. */
  load(): string;
  /** Keeps the answer (an empty answer removes the key); false when it could only be kept in memory. */
  save(text: string): boolean;
}

export function createAnswerStore(storage: StorageLike | null | undefined, key: string): AnswerStore {
  let memory: string | null = null;
  let persistent = !!storage;
  const fallBack = (text: string) => {
    memory = text;
    persistent = false;
    return false;
  };
  return {
    get persistent() {
      return persistent;
    },
    load() {
      if (memory !== null || !storage) return memory ?? '';
      try {
        return storage.getItem(key) ?? '';
      } catch {
        persistent = false;
        return '';
      }
    },
    save(text) {
      if (!storage || memory !== null) return fallBack(text);
      try {
        if (text === '') storage.removeItem(key);
        else storage.setItem(key, text);
        return true;
      } catch {
        return fallBack(text);
      }
    },
  };
}
