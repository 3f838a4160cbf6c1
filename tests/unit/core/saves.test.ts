import { describe, expect, it } from 'vitest';
import { historicalPath, simulate } from '../../../game/core/rules/engine';
import { transition } from 'xstate';
import { machineFor, makeSave, parseSave, replay, replayByEvents, serializeSave, SAVE_VERSION, type SaveRefusalKind } from '../../../game/core/save/save';
import { screenOf } from '../../../game/core/machine/screens';
import { createMemoryStorage, createSaveStore as createStore, type StorageLike } from '../../../game/services/save-store';
import { restoreFromStore } from '../../../game/services/restore';
import { migrateLegacyKeys, scenarioKeys } from '../../../game/services/storage';

const KEYS = scenarioKeys('excomm-1962');
const SAVE_KEY = KEYS.save;
const BROKEN_KEY = KEYS.broken;
const createSaveStore = (storage: StorageLike | undefined | null) => createStore(storage, KEYS);
import { saveNoteText, saveRefusedText } from '../../../game/ui/strings';
import { loadMini } from '../../helpers/scenarios';

const mini = loadMini();
const hist = historicalPath(mini, 'full');
const good = makeSave(mini, { mode: 'full', choices: hist.slice(0, 3) }, '2024-05-01T10:00:00Z');
const goodText = serializeSave(good);
const edit = (f: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(goodText);
  f(o);
  return JSON.stringify(o);
};

describe('parseSave', () => {
  it('returns the save as it is when nothing is wrong, restored at the next question', () => {
    const r = parseSave(goodText, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.save).toEqual(good);
    expect(r.notes).toEqual([]);
    // After d-talks=talk comes d-inspect, in the next meeting: the summary of meeting 1 is next.
    expect(r.restored.value).toBe('summary__meeting-1');
    expect(r.restored.context.choices).toEqual(hist.slice(0, 3));
  });

  it('restores a fresh game at its first screen and a finished one before its epilogue', () => {
    expect(replay(mini, 'full', [])).toMatchObject({ ok: true, value: 'prologue' });
    expect(replay(mini, 'full', hist.slice(0, 1))).toMatchObject({ ok: true, value: 'decision__q-press' });
    expect(replay(mini, 'full', hist)).toMatchObject({ ok: true, value: 'summary__meeting-2' });
  });

  it('restores a save written before the question state was renamed from "ask" to "decision" (saves hold only choices)', () => {
    // Exactly what the build with `ask__<id>` state keys wrote to localStorage: no state key is stored.
    const old = `{"saveVersion":1,"scenarioId":"${mini.id}","scenarioVersion":${mini.version},"mode":"full","choices":[{"decision":"${hist[0]!.decision}","option":"${hist[0]!.option}"}],"savedAt":"2026-10-01T09:00:00.000Z"}`;
    const r = parseSave(old, mini);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.restored.value).toBe('decision__q-press');
    expect(r.restored.snapshot.getMeta()).toMatchObject({ [`scenario-${mini.id}-full.decision__q-press`]: { screen: 'decision', id: 'q-press' } });
  });

  it('replays a save from another version of the scenario when its choices still exist, and says so', () => {
    const r = parseSave(
      edit((o) => (o.scenarioVersion = 2)),
      mini,
    );
    expect(r.ok && r.notes[0]).toEqual({ kind: 'other-version', savedVersion: 2, currentVersion: 3 });
    if (r.ok) expect(saveNoteText(r.notes[0]!)).toBe('Saved with version 2 of the scenario and replayed on version 3.');
  });

  const corrupt: [string, unknown, SaveRefusalKind, RegExp][] = [
    ['nothing stored', '', 'empty', /no saved game/],
    ['garbled text', 'ëëë{not json', 'not-json', /damaged/],
    ['cut off mid-write', goodText.slice(0, 40), 'truncated', /cut off/],
    ['a list instead of an object', '[1,2,3]', 'not-object', /not in a form/],
    ['a missing field', edit((o) => delete o.choices), 'missing-field', /no choices/],
    ['a version that is not a number', edit((o) => (o.saveVersion = '1')), 'wrong-type', /version is not a number/],
    ['a newer save format', edit((o) => (o.saveVersion = SAVE_VERSION + 1)), 'too-new', /newer version of the game/],
    ['an older save format', edit((o) => (o.saveVersion = 0)), 'too-old', /older version/],
    ['another scenario', edit((o) => (o.scenarioId = 'berlin-1961')), 'other-scenario', /different scenario/],
    ['an unknown mode', edit((o) => (o.mode = 'medium')), 'bad-mode', /full or the short/],
    ['a choice that is not a choice', edit((o) => ((o.choices as unknown[])[1] = 7)), 'bad-choice', /cannot be read/],
    [
      'a question removed from the scenario',
      edit((o) => ((o.choices as { decision: string }[])[1]!.decision = 'q-gone')),
      'unknown-decision',
      /not in this scenario/,
    ],
    ['an answer removed from the scenario', edit((o) => ((o.choices as { option: string }[])[0]!.option = 'sink')), 'unknown-option', /no longer exists/],
    ['choices out of order', edit((o) => (o.choices as unknown[]).reverse()), 'out-of-order', /different question/],
    [
      'choices after the end',
      serializeSave(makeSave(mini, { mode: 'short', choices: [...historicalPath(mini, 'short'), { decision: 'q-thanks', option: 'call' }] })),
      'after-end',
      /already ended/,
    ],
    ['more choices than questions', edit((o) => (o.choices = Array.from({ length: 40 }, () => hist[0]))), 'bad-choice', /more choices/],
    ['a date that is not text', edit((o) => (o.savedAt = 5)), 'wrong-type', /date/],
    ['null', null, 'empty', /no saved game/],
  ];

  it.each(corrupt)('refuses %s with a message the player can read', (_what, raw, kind, message) => {
    const r = parseSave(raw, mini);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe(kind);
    // Core says what is wrong; the catalogue words it.
    expect(r).not.toHaveProperty('message');
    expect(saveRefusedText(r)).toMatch(message);
    expect(saveRefusedText(r)).toMatch(/start a new game/);
  });

  it('refuses a save that no longer fits with the rules’ own kind and refused choice, worded by the catalogue', () => {
    const unfit = corrupt.filter(([, , kind]) => ['unknown-decision', 'unknown-option', 'out-of-order', 'after-end'].includes(kind));
    expect(unfit).toHaveLength(4);
    for (const [, raw] of unfit) {
      const o = JSON.parse(raw as string) as { mode: 'full' | 'short'; choices: { decision: string; option: string }[] };
      const sim = simulate(mini, o.mode, o.choices);
      const r = parseSave(raw, mini);
      expect(sim.ok || r.ok).toBe(false);
      if (sim.ok || r.ok) continue;
      expect(r).toMatchObject({ kind: sim.problem.kind, at: sim.problem.at, decision: sim.problem.choice.decision, option: sim.problem.choice.option });
      expect(saveRefusedText(r)).toMatch(
        new RegExp(`^The saved game no longer fits this scenario: choice ${sim.problem.at + 1} .+\\. You can start a new game\\.$`),
      );
    }
  });

  it('never throws, even on hostile input', () => {
    const hostile = [
      undefined,
      42,
      {},
      { saveVersion: 1, scenarioId: mini.id, scenarioVersion: 3, mode: 'full', choices: [{ decision: {}, option: [] }] },
      '{"__proto__":{"x":1}}',
      'null',
      '"x"',
    ];
    for (const h of hostile) expect(() => parseSave(h, mini)).not.toThrow();
  });
});

describe('replay at the debrief', () => {
  it('resolves a finished game directly at its debrief, as playing on through the epilogue reaches it', () => {
    for (const mode of ['full', 'short'] as const) {
      const path = historicalPath(mini, mode);
      const direct = replay(mini, mode, path, { at: 'debrief' });
      const played = replayByEvents(mini, mode, path);
      if (!direct.ok || !played.ok) throw new Error('expected both to replay');
      const machine = machineFor(mini, mode);
      let snap = played.snapshot;
      for (let n = 0; n < 10 && screenOf(snap)?.screen !== 'debrief'; n++)
        [snap] = transition(machine, snap, { type: screenOf(snap)?.screen === 'epilogue' ? 'debrief.open' : 'briefing.continue' });
      expect(direct.value).toBe('debrief');
      expect(screenOf(direct.snapshot)).toEqual({ screen: 'debrief', id: '' });
      expect(direct.context).toEqual(snap.context);
      expect(direct.context.ending).not.toBeNull();
    }
  });

  it('resolves an unfinished game where it stands', () => {
    const r = replay(mini, 'full', hist.slice(0, 1), { at: 'debrief' });
    expect(r).toMatchObject({ ok: true, value: 'decision__q-press' });
  });
});

describe('SaveStore', () => {
  it("keeps each scenario under its own keys: a second scenario neither reads nor shelves the first one's save", () => {
    const storage = createMemoryStorage();
    const first = createStore(storage, scenarioKeys('excomm-1962'));
    const second = createStore(storage, scenarioKeys('harbour-test'));
    first.write(good);
    expect(second.read()).toBeNull();
    expect(restoreFromStore(second, mini)).toEqual({ kind: 'none' });
    second.setAsideBroken();
    second.clear();
    expect(first.read()).toBe(goodText);
    expect(storage.getItem('excomm-1962:save')).toBe(goodText);
  });

  it("moves a save and a class list kept under the first release's keys to the namespaced keys, never over newer data", () => {
    const storage = createMemoryStorage();
    storage.setItem('excomm-1962.save', goodText);
    storage.setItem('excomm-1962.class', '{"v":1,"codes":[]}');
    migrateLegacyKeys(storage, 'excomm-1962');
    expect(storage.getItem('excomm-1962:save')).toBe(goodText);
    expect(storage.getItem('excomm-1962:class')).toBe('{"v":1,"codes":[]}');
    expect(storage.getItem('excomm-1962.save')).toBeNull();
    storage.setItem('excomm-1962.save', 'older');
    migrateLegacyKeys(storage, 'excomm-1962');
    expect(storage.getItem('excomm-1962:save')).toBe(goodText);
  });

  it('saves to the storage it is given and reports that saves persist', () => {
    const storage = createMemoryStorage();
    const store = createSaveStore(storage);
    expect(store.persistent).toBe(true);
    expect(store.write(good)).toBe(true);
    expect(storage.getItem(SAVE_KEY)).toBe(goodText);
    expect(store.read()).toBe(goodText);
  });

  it('falls back to memory when there is no storage, or it throws on use', () => {
    for (const storage of [
      undefined,
      null,
      {
        getItem: () => {
          throw new Error('SecurityError');
        },
        setItem: () => {
          throw new Error('SecurityError');
        },
        removeItem: () => {},
      },
    ]) {
      const store = createSaveStore(storage as StorageLike | undefined);
      expect(store.persistent).toBe(false);
      expect(store.write(good)).toBe(false);
      expect(store.read()).toBe(goodText);
    }
  });

  it('keeps working in memory when storage fills up', () => {
    const inner = createMemoryStorage();
    let full = false;
    const storage: StorageLike = {
      getItem: (k) => inner.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        inner.setItem(k, v);
      },
      removeItem: (k) => inner.removeItem(k),
    };
    const store = createSaveStore(storage);
    expect(store.persistent).toBe(true);
    full = true;
    expect(store.write(good)).toBe(false);
    expect(store.persistent).toBe(false);
    expect(store.read()).toBe(goodText);
  });

  it('keeps a broken save aside until the player starts over', () => {
    const storage = createMemoryStorage();
    storage.setItem(SAVE_KEY, goodText.slice(0, 30));
    const store = createSaveStore(storage);
    const outcome = restoreFromStore(store, mini);
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'truncated' });
    expect(store.read()).toBeNull();
    expect(storage.getItem(BROKEN_KEY)).toBe(goodText.slice(0, 30));
    store.write(good);
    expect(restoreFromStore(store, mini).kind).toBe('restored');
    expect(store.readBroken()).not.toBeNull();
    store.clear();
    expect(store.readBroken()).toBeNull();
    expect(restoreFromStore(store, mini)).toEqual({ kind: 'none' });
  });
});
