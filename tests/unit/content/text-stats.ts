/**
 * Text measures for the content tests: plain text from glossary markup, word counts, and the
 * Flesch-Kincaid grade (syllables from the `syllable` package, formula from `flesch-kincaid`).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { plainText } from '../../../game/core/scenario/markup';
import type { Scenario } from '../../../game/core/scenario/schema';

/** Plain text as the student reads it: `[[id]]` becomes the glossary term, `[[id|words]]` the words. */
export function readable(scenario: Scenario, text: string): string {
  const terms = new Map(scenario.glossary.map((g) => [g.id, g.term]));
  return plainText(text, (id) => terms.get(id));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Narrative only: anything inside double quotes is a quotation from the records, not our prose. */
export function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"/g, 'it');
}

/**
 * Sentences, so that "U.S.", "Mr." or "p.m." do not end one. Abbreviations lose their dots first; a
 * sentence then ends at . ! or ? followed by a space (or the end).
 */
export function sentences(text: string): string[] {
  const tidy = text
    .replace(/\b([A-Z])\.([A-Z])\./g, '$1$2')
    .replace(/\b(Mr|Mrs|Dr|Gen|St|No|Vol)\./g, '$1')
    .replace(/\b([ap])\.m\./g, '$1m');
  return tidy
    .split(/(?<=[.!?]["')]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/** Flesch-Kincaid grade of a run of text. Pieces without end punctuation count as their own sentence. */
export function grade(pieces: string[]): { grade: number; words: number; sentences: number } {
  const all = pieces.flatMap((p) => sentences(/[.!?]["')]?\s*$/.test(p.trim()) ? p : `${p.trim()}.`));
  const words = all.flatMap((s) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)));
  const syllables = words.reduce((n, w) => n + syllable(w.replace(/[^A-Za-z0-9'-]/g, '')), 0);
  return {
    grade: fleschKincaid({ sentence: Math.max(1, all.length), word: words.length, syllable: syllables }),
    words: words.length,
    sentences: all.length,
  };
}

/**
 * Every run of consecutive sentences that reaches 50 words (the shortest such run from each start), with
 * its grade: the "no passage of 50 words or more above grade 11" rule.
 */
export function passages(pieces: string[]): { text: string; grade: number }[] {
  const all = pieces.flatMap((p) => sentences(/[.!?]["')]?\s*$/.test(p.trim()) ? p : `${p.trim()}.`));
  const out: { text: string; grade: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    let words = 0;
    let j = i;
    while (j < all.length && words < 50) words += countWords(all[j++]!);
    if (words >= 50) {
      const run = all.slice(i, j);
      out.push({ text: run.join(' '), grade: grade(run).grade });
    }
  }
  return out;
}
