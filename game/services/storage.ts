/**
 * The one place that knows how this game keeps things in the browser: the probe (is localStorage usable
 * here?) and the keys. Everything a scenario keeps (its save, a save set aside, a teacher's class list, the
 * student's written answer) is namespaced by the scenario's id, so two scenarios served side by side never read
 * or shelve each other's data. Settings (text size, sound, shortcuts) belong to the player, not to a scenario: one key for all.
 */

/** The part of the Web Storage API the game uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The keys of one scenario's data. */
export type ScenarioKeys = {
  readonly save: string;
  readonly broken: string;
  readonly classCodes: string;
  readonly projector: string;
  readonly written: string;
};

export const SETTINGS_KEY = 'excomm1962.settings';

export function scenarioKeys(scenarioId: string): ScenarioKeys {
  return {
    save: `${scenarioId}:save`,
    broken: `${scenarioId}:save.broken`,
    classCodes: `${scenarioId}:class`,
    // A projector (whole-class) game: present while the game in progress is one, with the class's hands per question.
    projector: `${scenarioId}:projector`,
    // The student's written answer to the central question (never in a code).
    written: `${scenarioId}:written`,
  };
}

/**
 * The keys of what a student writes or has seen while reading the records (services/notes.ts): the record kinds
 * whose sourcing card they have seen, their answers to the central question and to the question on the game's
 * model, and their answers in "Compare the records". None of it is ever put in a results or resume code.
 */
export type NoteKeys = { readonly kindsSeen: string; readonly central: string; readonly model: string; readonly comparisons: string };

export function noteKeys(scenarioId: string): NoteKeys {
  return {
    kindsSeen: `${scenarioId}:kinds-seen`,
    central: `${scenarioId}:central-answer`,
    model: `${scenarioId}:model-answer`,
    comparisons: `${scenarioId}:compare`,
  };
}

/** Keys of the first release (one scenario, `<id>.save`, `<id>.save.broken`, `<id>.class`). */
function legacyKeys(scenarioId: string): Omit<ScenarioKeys, 'projector' | 'written'> {
  return { save: `${scenarioId}.save`, broken: `${scenarioId}.save.broken`, classCodes: `${scenarioId}.class` };
}

/**
 * Moves data kept under the first release's keys to the scenario's namespaced keys, so a student's save and a
 * teacher's class list survive the update. Never overwrites: if the new key already holds something, the old
 * value stays where it is.
 */
export function migrateLegacyKeys(storage: StorageLike | null, scenarioId: string): void {
  if (!storage) return;
  const from = legacyKeys(scenarioId);
  const to = scenarioKeys(scenarioId);
  for (const k of ['save', 'broken', 'classCodes'] as const) {
    try {
      const old = storage.getItem(from[k]);
      if (old === null) continue;
      if (storage.getItem(to[k]) === null) storage.setItem(to[k], old);
      storage.removeItem(from[k]);
    } catch {
      return; // storage failing now: the save store's own fallback takes over
    }
  }
}

/** localStorage if it works here, else null (private mode, blocked cookies, a kiosk profile, a full disk). */
export function probeStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const k = '__excomm_probe__';
    s.setItem(k, '1');
    s.removeItem(k);
    return s;
  } catch {
    return null;
  }
}

/** sessionStorage if the page may use it, else null (merely touching it can throw). */
export function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
