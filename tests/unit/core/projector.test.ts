/** Projector mode's pure parts: the show of hands (majority, tie, none), its record beside the save, and the whole-class code. */
import { describe, expect, it } from 'vitest';
import { cleanCount, step, voteOutcome } from '../../../game/core/rules/class-vote';
import { codeLength, decodeCode, encodeCode, extractCodes } from '../../../game/core/codes/codes';
import { aggregateClass } from '../../../game/core/codes/aggregate';
import { historicalPath } from '../../../game/core/rules/engine';
import { createProjectorStore, parseKept } from '../../../game/services/projector-store';
import { createMemoryStorage } from '../../../game/services/save-store';
import { scenarioKeys } from '../../../game/services/storage';
import { loadMini } from '../../helpers/scenarios';

describe('a show of hands', () => {
  it('follows the option with the most hands', () => {
    expect(voteOutcome([14, 9])).toEqual({ kind: 'winner', index: 0, hands: 14, total: 23 });
    expect(voteOutcome([2, 11, 10])).toEqual({ kind: 'winner', index: 1, hands: 11, total: 23 });
    // Most hands, not more than half: 8 of 20 still leads.
    expect(voteOutcome([8, 6, 6])).toMatchObject({ kind: 'winner', index: 0 });
    // One hand for one option is enough when nobody else voted.
    expect(voteOutcome([0, 0, 1])).toMatchObject({ kind: 'winner', index: 2, hands: 1, total: 1 });
  });

  it('asks the teacher on a tie, naming every option that shares the most hands', () => {
    expect(voteOutcome([9, 9])).toEqual({ kind: 'tie', indexes: [0, 1], hands: 9, total: 18 });
    expect(voteOutcome([5, 7, 3, 7])).toEqual({ kind: 'tie', indexes: [1, 3], hands: 7, total: 22 });
    expect(voteOutcome([4, 4, 4])).toMatchObject({ kind: 'tie', indexes: [0, 1, 2] });
  });

  it('decides nothing with no hands counted', () => {
    expect(voteOutcome([])).toEqual({ kind: 'none' });
    expect(voteOutcome([0, 0, 0])).toEqual({ kind: 'none' });
  });

  it('reads counts as typed: blanks, negatives, fractions and nonsense count as whole numbers from 0 to 999', () => {
    expect(cleanCount('12')).toBe(12);
    expect(cleanCount(' 7 ')).toBe(7);
    expect(cleanCount('')).toBe(0);
    expect(cleanCount('-3')).toBe(0);
    expect(cleanCount('2.9')).toBe(2);
    expect(cleanCount('abc')).toBe(0);
    expect(cleanCount(Infinity)).toBe(0);
    expect(cleanCount(5000)).toBe(999);
    expect(voteOutcome([-5, 3] as number[])).toMatchObject({ kind: 'winner', index: 1 });
  });

  it('moves through choices with the clicker, wrapping round', () => {
    expect(step(-1, 3, -1)).toBe(2);
    expect(step(-1, 3, 1)).toBe(0);
    expect(step(0, 3, -1)).toBe(2);
    expect(step(2, 3, 1)).toBe(0);
    expect(step(1, 3, -1)).toBe(0);
    expect(step(0, 0, 1)).toBe(-1);
  });
});

describe('the projector record beside the save', () => {
  const key = scenarioKeys('excomm-1962').projector;

  it('is on only while a projector game is in progress, and keeps hands and votes per question', () => {
    const storage = createMemoryStorage();
    const store = createProjectorStore(storage, key);
    expect(key).toBe('excomm-1962:projector');
    expect(store.on).toBe(false);
    store.setCounts('q1', { a: 3 }); // not a projector game: nothing kept
    expect(storage.getItem(key)).toBeNull();
    store.start();
    expect(store.on).toBe(true);
    store.setCounts('q1', { a: 14, b: 9, c: 0 });
    // A reload reads the same storage.
    const again = createProjectorStore(storage, key);
    expect(again.counts('q1')).toEqual({ a: 14, b: 9 });
    again.record('q1', { counts: { a: 14, b: 9 }, chosen: 'a', how: 'class' });
    expect(again.vote('q1')).toEqual({ counts: { a: 14, b: 9 }, chosen: 'a', how: 'class' });
    expect(again.counts('q1')).toEqual({});
    again.reset();
    expect(again.on).toBe(true);
    expect(again.vote('q1')).toBeNull();
    again.stop();
    expect(again.on).toBe(false);
    expect(storage.getItem(key)).toBeNull();
  });

  it('ignores what it cannot read, and carries on in memory when storage fails', () => {
    expect(parseKept('{nope')).toBeNull();
    expect(parseKept('{"v":9}')).toBeNull();
    expect(parseKept('{"v":1,"votes":{"q":{"chosen":"a","how":"shout","counts":{}}}}')?.votes).toEqual({});
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    const store = createProjectorStore(broken, key);
    store.start();
    store.record('q1', { counts: {}, chosen: 'b', how: 'teacher' });
    expect(store.on).toBe(true);
    expect(store.vote('q1')).toMatchObject({ chosen: 'b', how: 'teacher' });
  });
});

describe('a whole-class results code', () => {
  const mini = loadMini();
  const hist = historicalPath(mini, 'full');

  it('is written in format 2 and says whole class; every other code stays format 1, as before', () => {
    const student = encodeCode(mini, { mode: 'full', choices: hist, initials: 'AB' });
    const whole = encodeCode(mini, { mode: 'full', choices: hist, wholeClass: true });
    const s = decodeCode(student, mini);
    const w = decodeCode(whole, mini);
    expect(s).toMatchObject({ ok: true, code: { codeVersion: 1, wholeClass: false } });
    expect(w).toMatchObject({ ok: true, code: { codeVersion: 2, wholeClass: true, finished: true, mode: 'full' } });
    if (w.ok && s.ok) expect(w.code.choices).toEqual(s.code.choices);
    expect(whole.replace(/-/g, '').length - mini.presentation.codePrefix.length).toBe(codeLength(hist.length, 0, 2));
  });

  it('is picked out of pasted text at its own length, and counts as one game on the class page', () => {
    const whole = encodeCode(mini, { mode: 'short', choices: historicalPath(mini, 'short'), wholeClass: true, initials: 'P' });
    const student = encodeCode(mini, { mode: 'full', choices: hist });
    expect(extractCodes(`class: ${whole} then ${student}.`, mini)).toEqual([whole, student]);
    const agg = aggregateClass([whole, student], mini);
    expect(agg.accepted).toBe(2);
    expect(agg.entries.map((e) => e.code.wholeClass)).toEqual([true, false]);
  });
});
