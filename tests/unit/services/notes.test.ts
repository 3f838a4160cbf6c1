/**
 * What a student keeps while reading the records (services/notes.ts): which kinds of record they have seen (so a
 * sourcing card opens by itself only once per kind), their written answers and their comparison answers, per
 * scenario, surviving a reload and never breaking on a corrupt value or blocked storage.
 */
import { describe, expect, it } from 'vitest';
import { createNotes, markSeen, parseAnswers, parseSeen, withAnswer } from '../../../game/services/notes';
import { noteKeys, type StorageLike } from '../../../game/services/storage';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('record kinds seen', () => {
  it('reads nothing kept, junk and foreign values as none seen', () => {
    expect(parseSeen(null)).toEqual([]);
    expect(parseSeen('not json')).toEqual([]);
    expect(parseSeen('{"a":1}')).toEqual([]);
    expect(parseSeen('["telegram", 3, "telegram", "letter"]')).toEqual(['telegram', 'letter']);
  });

  it('is first only the first time a kind is opened', () => {
    const a = markSeen([], 'summary-record');
    expect(a).toEqual({ first: true, seen: ['summary-record'] });
    const b = markSeen(a.seen, 'summary-record');
    expect(b.first).toBe(false);
    const c = markSeen(b.seen, 'telegram');
    expect(c).toEqual({ first: true, seen: ['summary-record', 'telegram'] });
  });

  it('remembers per scenario, across a new store over the same storage (a reload)', () => {
    const storage = memoryStorage();
    const one = createNotes(storage, 'excomm-1962');
    expect(one.firstSight('record-of-action')).toBe(true);
    expect(one.firstSight('record-of-action')).toBe(false);
    const reloaded = createNotes(storage, 'excomm-1962');
    expect(reloaded.firstSight('record-of-action')).toBe(false);
    expect(reloaded.seenKinds()).toEqual(['record-of-action']);
    expect(createNotes(storage, 'other').firstSight('record-of-action')).toBe(true);
    expect(storage.data.get(noteKeys('excomm-1962').kindsSeen)).toBe('["record-of-action"]');
  });
});

describe('written answers', () => {
  it('keeps the central answer and the model judgement under their own keys, and forgets an emptied one', () => {
    const storage = memoryStorage();
    const notes = createNotes(storage, 'excomm-1962');
    notes.setText('central', 'A success, but Castro stayed.');
    notes.setText('model', 'The meters are too simple.');
    expect(createNotes(storage, 'excomm-1962').text('central')).toBe('A success, but Castro stayed.');
    expect(storage.data.get('excomm-1962:model-answer')).toBe('The meters are too simple.');
    notes.setText('central', '');
    expect(storage.data.has('excomm-1962:central-answer')).toBe(false);
    expect(notes.persistent).toBe(true);
  });

  it('keeps notes in memory for the visit when storage throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const notes = createNotes(broken, 'excomm-1962');
    expect(notes.firstSight('telegram')).toBe(true);
    expect(notes.firstSight('telegram')).toBe(false);
    notes.setText('central', 'kept for now');
    expect(notes.text('central')).toBe('kept for now');
    expect(notes.persistent).toBe(false);
    const none = createNotes(null, 'excomm-1962');
    none.setAnswer('meeting-14', 'left-out', { text: 'x' });
    expect(none.answer('meeting-14', 'left-out').text).toBe('x');
  });
});

describe('comparison answers', () => {
  it('changes one answer and keeps the rest', () => {
    let all = withAnswer({}, 'meeting-14', 'left-out', { text: 'McCone' });
    all = withAnswer(all, 'meeting-14', 'trust-decided', { choice: 2 });
    all = withAnswer(all, 'meeting-14', 'left-out', { shown: true });
    expect(all).toEqual({
      'meeting-14': { 'left-out': { text: 'McCone', choice: null, shown: true }, 'trust-decided': { text: '', choice: 2, shown: false } },
    });
  });

  it('reads junk as nothing, and drops the unreadable parts only', () => {
    expect(parseAnswers(null)).toEqual({});
    expect(parseAnswers('[')).toEqual({});
    expect(parseAnswers('[1,2]')).toEqual({});
    expect(parseAnswers('{"a":{"q":{"text":5,"choice":-1,"shown":"yes"},"r":null},"b":3}')).toEqual({ a: { q: { text: '', choice: null, shown: false } } });
  });

  it('survives a reload', () => {
    const storage = memoryStorage();
    createNotes(storage, 'excomm-1962').setAnswer('december-3', 'same-meeting', { choice: 1, text: 'Both tell of two papers.' });
    expect(createNotes(storage, 'excomm-1962').answer('december-3', 'same-meeting')).toEqual({ text: 'Both tell of two papers.', choice: 1, shown: false });
    expect(createNotes(storage, 'excomm-1962').answer('december-3', 'president')).toEqual({ text: '', choice: null, shown: false });
  });
});
