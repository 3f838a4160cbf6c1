/**
 * Where the game keeps its save: localStorage behind an interface, with an in-memory fallback when storage
 * is missing, full, or throws (private browsing, blocked cookies, kiosk profiles). The Storage object is
 * injected so the store tests in Node. A save that cannot be restored is moved aside under another key,
 * never silently deleted, until the player starts over.
 */
import type { SaveData } from '../core/save/save';
import type { ScenarioKeys, StorageLike } from './storage';

export type { StorageLike } from './storage';

export interface SaveStore {
  /** Whether saves will outlive closing the tab (false when only the in-memory fallback works). */
  readonly persistent: boolean;
  /** The raw stored save, or null. */
  read(): string | null;
  /** Store a save; returns false if it could only be kept in memory. */
  write(save: SaveData): boolean;
  /** The save kept aside after it could not be restored, or null. */
  readBroken(): string | null;
  /** Move the current save aside (it could not be restored) so a fresh game can start. */
  setAsideBroken(): void;
  /** Start over: forget the save and the one kept aside. */
  clear(): void;
}

export function createMemoryStorage(): StorageLike & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
  };
}

function works(storage: StorageLike, probe: string): boolean {
  try {
    storage.setItem(probe, '1');
    const ok = storage.getItem(probe) === '1';
    storage.removeItem(probe);
    return ok;
  } catch {
    return false;
  }
}

/**
 * A save store over `storage` (default: the browser's localStorage). If storage is missing or fails its
 * probe, or later throws (quota exceeded), the store carries on in memory and reports `persistent: false`.
 */
export function createSaveStore(storage: StorageLike | undefined | null, keys: Pick<ScenarioKeys, 'save' | 'broken'>): SaveStore {
  const memory = createMemoryStorage();
  let backend: StorageLike = storage && works(storage, `${keys.save}.probe`) ? storage : memory;
  let persistent = backend !== memory;

  const fallBack = () => {
    // Carry over what can still be read, then stay in memory.
    for (const k of [keys.save, keys.broken]) {
      try {
        const v = backend.getItem(k);
        if (v !== null) memory.setItem(k, v);
      } catch {
        /* unreadable: nothing to carry */
      }
    }
    backend = memory;
    persistent = false;
  };
  const get = (k: string): string | null => {
    try {
      return backend.getItem(k);
    } catch {
      fallBack();
      return memory.getItem(k);
    }
  };
  const set = (k: string, v: string): boolean => {
    try {
      backend.setItem(k, v);
      return backend !== memory;
    } catch {
      fallBack();
      memory.setItem(k, v);
      return false;
    }
  };
  const remove = (k: string) => {
    try {
      backend.removeItem(k);
    } catch {
      fallBack();
      memory.removeItem(k);
    }
  };

  return {
    get persistent() {
      return persistent;
    },
    read: () => get(keys.save),
    // The save format is the JSON of SaveData (core/save/save.ts serializeSave); written here without loading the
    // game's rules, so the title's Continue works before they arrive.
    write: (save) => set(keys.save, JSON.stringify(save)),
    readBroken: () => get(keys.broken),
    setAsideBroken() {
      const raw = get(keys.save);
      if (raw !== null) set(keys.broken, raw);
      remove(keys.save);
    },
    clear() {
      remove(keys.save);
      remove(keys.broken);
    },
  };
}
