/**
 * Saves: the choices made, with versions, restored by replaying the choices through the machine. A save
 * therefore survives content edits as long as its choices still exist. Anything wrong with a save is
 * refused with a kind and what the wording needs (`SaveRefusal`; the UI words it with `saveRefusedText` in
 * game/ui/strings); nothing here throws.
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

/** A replayed choice that no longer fits: which one (0-based), what it named, and the question's title if it still exists. */
export type UnfitChoice = { at: number; decision: string; option: string; decisionTitle?: string; optionExists: boolean };

/** Why a save was refused: a kind and what the wording needs, never a sentence. */
export type SaveRefusal =
  | { kind: 'empty' | 'not-json' | 'truncated' | 'not-object' | 'too-new' | 'too-old' | 'bad-mode' }
  | { kind: 'missing-field'; field: string }
  | { kind: 'wrong-type'; field: 'saveVersion' | 'scenarioId' | 'choices' | 'savedAt' }
  | { kind: 'other-scenario'; scenarioId: string }
  | { kind: 'bad-choice'; detail: 'too-many' | 'unreadable' }
  | ({ kind: 'unknown-decision' | 'unknown-option' | 'out-of-order' | 'after-end' } & UnfitChoice)
  /** `replayed`: while replaying the choices (after the save was read), or while reading it. */
  | { kind: 'internal'; during: 'replay' | 'read'; error: string };

/** A remark on a save that was restored anyway. */
export type SaveNote = { kind: 'other-version'; savedVersion: number; currentVersion: number };

export type Restored = {
  /** The machine snapshot after replay (for selectors and for `createActor(machine, { snapshot: persisted })`). */
  snapshot: SnapshotFrom<ScenarioMachine>;
  /** The same, as plain JSON-safe data (`machine.getPersistedSnapshot`). */
  persisted: ReturnType<ScenarioMachine['getPersistedSnapshot']>;
  value: string;
  context: GameContext;
};

export type ReplayResult = ({ ok: true } & Restored) | ({ ok: false; at: number } & SaveRefusal);

export type ParseSaveResult = { ok: true; save: SaveData; restored: Restored; notes: SaveNote[] } | ({ ok: false } & SaveRefusal);

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

/** What a choice the rules refused named, for the wording. */
function unfit(scenario: Scenario, choices: readonly Choice[], at: number): UnfitChoice {
  const choice = choices[at];
  const decision = choice ? indexOf(scenario).decisions.get(choice.decision) : undefined;
  const out: UnfitChoice = {
    at,
    decision: choice?.decision ?? '',
    option: choice?.option ?? '',
    optionExists: !!decision && decision.options.some((o) => o.id === choice?.option),
  };
  if (decision) out.decisionTitle = decision.title;
  return out;
}

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
    if (!sim.ok) return { ok: false, kind: sim.problem.kind, ...unfit(scenario, choices, sim.problem.at) };
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
    return { ok: false, kind: 'internal', during: 'replay', error: e instanceof Error ? e.message : String(e), at: -1 };
  }
}

/**
 * The same by sending every event through the machine (slower; used by tests to check that `replay`
 * resolves exactly the snapshot that playing reaches).
 */
export function replayByEvents(scenario: Scenario, mode: Mode, choices: readonly Choice[]): ReplayResult {
  try {
    const check = simulate(scenario, mode, choices);
    if (!check.ok) return { ok: false, kind: check.problem.kind, ...unfit(scenario, choices, check.problem.at) };
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
      if (!at(snap)) return { ok: false, kind: 'out-of-order', ...unfit(scenario, choices, i) };
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
    return { ok: false, kind: 'internal', during: 'replay', error: e instanceof Error ? e.message : String(e), at: -1 };
  }
}

const refuse = (refusal: SaveRefusal): ParseSaveResult => ({ ok: false, ...refusal });

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
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return refuse({ kind: 'empty' });
    let data: unknown = raw;
    if (typeof raw === 'string') {
      try {
        data = JSON.parse(raw);
      } catch {
        return looksTruncated(raw) ? refuse({ kind: 'truncated' }) : refuse({ kind: 'not-json' });
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return refuse({ kind: 'not-object' });
    const o = data as Record<string, unknown>;
    for (const field of ['saveVersion', 'scenarioId', 'scenarioVersion', 'mode', 'choices'] as const)
      if (!(field in o)) return refuse({ kind: 'missing-field', field });
    if (typeof o.saveVersion !== 'number' || !Number.isInteger(o.saveVersion)) return refuse({ kind: 'wrong-type', field: 'saveVersion' });
    if (o.saveVersion > SAVE_VERSION) return refuse({ kind: 'too-new' });
    if (o.saveVersion < MIN_SAVE_VERSION) return refuse({ kind: 'too-old' });
    if (typeof o.scenarioId !== 'string' || typeof o.scenarioVersion !== 'number') return refuse({ kind: 'wrong-type', field: 'scenarioId' });
    if (o.scenarioId !== scenario.id) return refuse({ kind: 'other-scenario', scenarioId: o.scenarioId });
    if (o.mode !== 'full' && o.mode !== 'short') return refuse({ kind: 'bad-mode' });
    if (!Array.isArray(o.choices)) return refuse({ kind: 'wrong-type', field: 'choices' });
    if (o.choices.length > scenario.decisions.length) return refuse({ kind: 'bad-choice', detail: 'too-many' });
    const choices: Choice[] = [];
    for (const c of o.choices) {
      if (!c || typeof c !== 'object' || typeof (c as Choice).decision !== 'string' || typeof (c as Choice).option !== 'string')
        return refuse({ kind: 'bad-choice', detail: 'unreadable' });
      choices.push({ decision: (c as Choice).decision, option: (c as Choice).option });
    }
    if (o.savedAt !== undefined && typeof o.savedAt !== 'string') return refuse({ kind: 'wrong-type', field: 'savedAt' });
    const save: SaveData = { saveVersion: o.saveVersion, scenarioId: o.scenarioId, scenarioVersion: o.scenarioVersion, mode: o.mode, choices };
    if (typeof o.savedAt === 'string') save.savedAt = o.savedAt;
    const restored = replay(scenario, save.mode, choices);
    if (!restored.ok) {
      const { ok: _ok, ...refusal } = restored;
      return refuse(refusal);
    }
    const notes: SaveNote[] = [];
    if (save.scenarioVersion !== scenario.version) notes.push({ kind: 'other-version', savedVersion: save.scenarioVersion, currentVersion: scenario.version });
    const { ok: _ok, ...rest } = restored;
    return { ok: true, save, restored: rest, notes };
  } catch (e) {
    return refuse({ kind: 'internal', during: 'read', error: e instanceof Error ? e.message : String(e) });
  }
}
