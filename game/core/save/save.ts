/**
 * Saves: the choices made, with versions, restored by replaying the choices through the machine. A save
 * therefore survives content edits as long as its choices still exist. Anything wrong with a save is
 * refused with a message a player can read; nothing here throws.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema';
import type { Choice } from '../rules/conditions';
import { END, indexOf, simulate, type Mode } from '../rules/engine';
import { createScenarioMachine, type GameContext, type ScenarioMachine } from '../machine/machine';
import { screenOf, stateKey } from '../machine/screens';

export const SAVE_VERSION = 1;
export const MIN_SAVE_VERSION = 1;

export type SaveData = {
  saveVersion: number;
  scenarioId: string;
  scenarioVersion: number;
  mode: Mode;
  choices: Choice[];
  /** ISO time, for "saved 5 minutes ago"; never needed to restore. */
  savedAt?: string;
};

export type SaveRefusalKind =
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-object'
  | 'missing-field'
  | 'wrong-type'
  | 'too-new'
  | 'too-old'
  | 'other-scenario'
  | 'bad-mode'
  | 'bad-choice'
  | 'unknown-decision'
  | 'unknown-option'
  | 'out-of-order'
  | 'after-end'
  | 'internal';

export type Restored = {
  /** The machine snapshot after replay (for selectors and for `createActor(machine, { snapshot: persisted })`). */
  snapshot: SnapshotFrom<ScenarioMachine>;
  /** The same, as plain JSON-safe data (`machine.getPersistedSnapshot`). */
  persisted: ReturnType<ScenarioMachine['getPersistedSnapshot']>;
  value: string;
  context: GameContext;
};

export type ReplayResult = ({ ok: true } & Restored) | { ok: false; kind: SaveRefusalKind; message: string; at: number };

export type ParseSaveResult = { ok: true; save: SaveData; restored: Restored; notes: string[] } | { ok: false; kind: SaveRefusalKind; message: string };

export function makeSave(scenario: Scenario, context: { mode: Mode; choices: readonly Choice[] }, savedAt?: string): SaveData {
  const save: SaveData = {
    saveVersion: SAVE_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    mode: context.mode,
    choices: context.choices.map((c) => ({ decision: c.decision, option: c.option })),
  };
  if (savedAt !== undefined) save.savedAt = savedAt;
  return save;
}

export function serializeSave(save: SaveData): string {
  return JSON.stringify(save);
}

const machines = new WeakMap<Scenario, Partial<Record<Mode, ScenarioMachine>>>();
/** One machine per scenario and mode (building one walks the whole scenario). */
export function machineFor(scenario: Scenario, mode: Mode): ScenarioMachine {
  const cached = machines.get(scenario) ?? {};
  const m = cached[mode] ?? createScenarioMachine(scenario, mode);
  cached[mode] = m;
  machines.set(scenario, cached);
  return m;
}

const START_OVER = 'You can start a new game.';

/**
 * Where the game stands after these (valid) choices once the last answer's consequence and events have been
 * seen: the next question in the same meeting, or the meeting's summary when the meeting changes or play
 * ends. With no choices, the first screen. (This is the machine's own sequencing, checked against playing
 * the events through the machine in the tests.)
 */
function positionAfter(scenario: Scenario, machine: ScenarioMachine, choices: readonly Choice[], next: string): string {
  const last = choices[choices.length - 1];
  if (!last) return String(machine.config.initial);
  const meeting = indexOf(scenario).decisions.get(last.decision)!.meeting;
  if (next !== END && indexOf(scenario).decisions.get(next)!.meeting === meeting) return stateKey.decision(next);
  return stateKey.summary(meeting);
}

/**
 * Rebuild the game from its choices: the rules replay them (checking each against play order), and the
 * machine snapshot is resolved at the position play reaches — after the last answer's consequence and
 * follow-up events, at the next question or the meeting summary; with no choices, the first screen.
 * With `at: 'debrief'`, a finished game is resolved directly at its debrief (ending chosen), without
 * passing through the screens in between; an unfinished one is resolved as usual.
 */
export function replay(scenario: Scenario, mode: Mode, choices: readonly Choice[], options: { at?: 'debrief' } = {}): ReplayResult {
  try {
    const sim = simulate(scenario, mode, choices);
    if (!sim.ok)
      return {
        ok: false,
        kind: sim.problem.kind,
        message: `The saved game no longer fits this scenario: ${sim.problem.message}. ${START_OVER}`,
        at: sim.problem.at,
      };
    const machine = machineFor(scenario, mode);
    const atDebrief = options.at === 'debrief' && sim.finished;
    const value = atDebrief ? stateKey.debrief() : positionAfter(scenario, machine, choices, sim.next);
    const context: GameContext = {
      mode,
      choices: sim.state.choices.map((c) => ({ ...c })),
      meters: { ...sim.state.meters },
      flags: [...sim.state.flags],
      events: [...sim.state.events],
      pending: [],
      next: sim.next,
      ending: atDebrief ? (sim.ending?.id ?? null) : null,
    };
    const snapshot = machine.resolveState({ value, context });
    return { ok: true, snapshot, persisted: machine.getPersistedSnapshot(snapshot), value, context };
  } catch (e) {
    return {
      ok: false,
      kind: 'internal',
      message: `The saved game could not be restored (${e instanceof Error ? e.message : String(e)}). ${START_OVER}`,
      at: -1,
    };
  }
}

/**
 * The same by sending every event through the machine (slower; used by tests to check that `replay`
 * resolves exactly the snapshot that playing reaches).
 */
export function replayByEvents(scenario: Scenario, mode: Mode, choices: readonly Choice[]): ReplayResult {
  try {
    const check = simulate(scenario, mode, choices);
    if (!check.ok) return { ok: false, kind: check.problem.kind, message: check.problem.message, at: check.problem.at };
    const machine = machineFor(scenario, mode);
    let [snap] = initialTransition(machine);
    const step = (type: 'briefing.continue' | 'event.acknowledge') => {
      [snap] = transition(machine, snap, { type });
    };
    const limit = 8 + 6 * scenario.decisions.length + 2 * scenario.events.length;
    for (let i = 0; i < choices.length; i++) {
      const choice = choices[i]!;
      const at = (s: typeof snap) => {
        const where = screenOf(s);
        return where?.screen === 'decision' && where.id === choice.decision;
      };
      for (let n = 0; n < limit && !at(snap); n++) {
        const where = screenOf(snap);
        if (!where || where.screen === 'epilogue' || where.screen === 'debrief' || where.screen === 'decision') break;
        step(where.screen === 'event' ? 'event.acknowledge' : 'briefing.continue');
      }
      if (!at(snap)) return { ok: false, kind: 'out-of-order', message: `choice ${i + 1} could not be replayed`, at: i };
      [snap] = transition(machine, snap, { type: 'advice.give', optionId: choice.option });
    }
    if (choices.length > 0) {
      for (let n = 0; n < limit; n++) {
        const where = screenOf(snap);
        if (where?.screen === 'consequence') step('briefing.continue');
        else if (where?.screen === 'event') step('event.acknowledge');
        else break;
      }
    }
    return { ok: true, snapshot: snap, persisted: machine.getPersistedSnapshot(snap), value: String(snap.value), context: snap.context };
  } catch (e) {
    return { ok: false, kind: 'internal', message: e instanceof Error ? e.message : String(e), at: -1 };
  }
}

const refuse = (kind: SaveRefusalKind, message: string): ParseSaveResult => ({ ok: false, kind, message: `${message} ${START_OVER}` });

/** Whether text that failed to parse looks cut off (an unfinished JSON object) rather than garbled. */
function looksTruncated(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('{') || t.endsWith('}')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth > 0 || inString;
}

/**
 * Read a stored save (a string from storage, or already-parsed data), check it and replay it.
 */
export function parseSave(raw: unknown, scenario: Scenario): ParseSaveResult {
  try {
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return refuse('empty', 'There is no saved game here.');
    let data: unknown = raw;
    if (typeof raw === 'string') {
      try {
        data = JSON.parse(raw);
      } catch {
        return looksTruncated(raw)
          ? refuse('truncated', 'The saved game was cut off before it was fully written, so it cannot be read.')
          : refuse('not-json', 'The saved game is damaged and cannot be read.');
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse('not-object', 'The saved game is not in a form this game can read.');
    const o = data as Record<string, unknown>;
    for (const field of ['saveVersion', 'scenarioId', 'scenarioVersion', 'mode', 'choices'] as const)
      if (!(field in o)) return refuse('missing-field', `The saved game is incomplete (it has no ${field}).`);
    if (typeof o.saveVersion !== 'number' || !Number.isInteger(o.saveVersion))
      return refuse('wrong-type', 'The saved game is damaged (its version is not a number).');
    if (o.saveVersion > SAVE_VERSION) return refuse('too-new', 'This saved game was made by a newer version of the game. Update the game to continue it.');
    if (o.saveVersion < MIN_SAVE_VERSION)
      return refuse('too-old', 'This saved game was made by an older version of the game that this one can no longer read.');
    if (typeof o.scenarioId !== 'string' || typeof o.scenarioVersion !== 'number')
      return refuse('wrong-type', 'The saved game is damaged (its scenario is not named properly).');
    if (o.scenarioId !== scenario.id) return refuse('other-scenario', `This saved game belongs to a different scenario ("${o.scenarioId}").`);
    if (o.mode !== 'full' && o.mode !== 'short')
      return refuse('bad-mode', 'The saved game is damaged (it does not say whether it is the full or the short game).');
    if (!Array.isArray(o.choices)) return refuse('wrong-type', 'The saved game is damaged (its list of choices is missing).');
    if (o.choices.length > scenario.decisions.length) return refuse('bad-choice', 'The saved game has more choices than this scenario has questions.');
    const choices: Choice[] = [];
    for (const c of o.choices) {
      if (!c || typeof c !== 'object' || typeof (c as Choice).decision !== 'string' || typeof (c as Choice).option !== 'string')
        return refuse('bad-choice', 'The saved game is damaged (one of its choices cannot be read).');
      choices.push({ decision: (c as Choice).decision, option: (c as Choice).option });
    }
    if (o.savedAt !== undefined && typeof o.savedAt !== 'string') return refuse('wrong-type', 'The saved game is damaged (its date cannot be read).');
    const save: SaveData = { saveVersion: o.saveVersion, scenarioId: o.scenarioId, scenarioVersion: o.scenarioVersion, mode: o.mode, choices };
    if (typeof o.savedAt === 'string') save.savedAt = o.savedAt;
    const restored = replay(scenario, save.mode, choices);
    if (!restored.ok) return { ok: false, kind: restored.kind, message: restored.message };
    const notes: string[] = [];
    if (save.scenarioVersion !== scenario.version)
      notes.push(`Saved with version ${save.scenarioVersion} of the scenario and replayed on version ${scenario.version}.`);
    const { ok: _ok, ...rest } = restored;
    return { ok: true, save, restored: rest, notes };
  } catch (e) {
    return refuse('internal', `The saved game could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
}
