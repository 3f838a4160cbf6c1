/** The written answer's pure parts: counting words in the player's language, and putting a starter at the cursor. */
import { describe, expect, it } from 'vitest';
import { countWords, insertStarter } from '../../../game/ui/written-text';

describe('countWords', () => {
  it('counts words, not punctuation, dashes or spaces', () => {
    expect(countWords('', 'en-US')).toBe(0);
    expect(countWords('   \n\n ', 'en-US')).toBe(0);
    expect(countWords('The settlement was a success.', 'en-US')).toBe(5);
    expect(countWords('Document 3 -- not under UN supervision -- says 42 missiles…', 'en-US')).toBe(9);
    expect(countWords("Kennedy's letter", 'en-US')).toBe(2);
  });
  it('counts Spanish words with accents as one word each', () => {
    expect(countWords('El acuerdo tuvo un costo: la inspección nunca ocurrió.', 'es-419')).toBe(9);
  });
});

describe('insertStarter', () => {
  const starter = 'Document 1 shows that …';
  it('starts an empty answer with the starter, without its trailing ellipsis, ready to go on', () => {
    expect(insertStarter('', 0, 0, starter)).toEqual({ text: 'Document 1 shows that ', caret: 22 });
  });
  it('adds a space after other words, and keeps what follows the cursor', () => {
    const r = insertStarter('It was a success.', 17, 17, starter);
    expect(r.text).toBe('It was a success. Document 1 shows that ');
    expect(r.caret).toBe(r.text.length);
    const mid = insertStarter('First. Last.', 7, 7, starter);
    expect(mid.text).toBe('First. Document 1 shows that Last.');
    expect(mid.text.slice(0, mid.caret)).toBe('First. Document 1 shows that ');
  });
  it('replaces a selection and keeps an ellipsis in the middle for the student to fill', () => {
    const r = insertStarter('one two three', 4, 7, 'Because this record was written for …, it may …');
    expect(r.text).toBe('one Because this record was written for …, it may three');
    expect(r.caret).toBe('one Because this record was written for …, it may '.length);
  });
  it('clamps a cursor outside the text', () => {
    expect(insertStarter('abc', 10, 12, starter).text).toBe('abc Document 1 shows that ');
  });
});
