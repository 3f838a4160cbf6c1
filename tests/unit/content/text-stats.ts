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

/**
 * Spanish syllables of one word: vowel groups, where two strong vowels (a, e, o, or an accented í, ú) side by side
 * are two syllables (hiatus: "po-e-ta", "dí-a") and a weak vowel (i, u, ü, y at the end of a word) joins its
 * neighbour (diphthong: "ciu-dad", "ai-re", "hoy"). An "h" between vowels does not join them ("bú-ho"). A number
 * counts a syllable per digit (rough: numbers are rare in the narrative). At least one per word.
 */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().normalize('NFC');
  if (!/[a-záéíóúüñ]/.test(w)) return Math.max(1, (w.match(/\d/g) ?? []).length);
  const letters = w.replace(/[^a-záéíóúüñ]/g, '');
  const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
  const isVowel = (c: string, i: number) =>
    'aeiouáéíóúü'.includes(c) || (c === 'y' && (i === letters.length - 1 || !'aeiouáéíóú'.includes(letters[i + 1] ?? '')) && i > 0);
  let count = 0;
  let prev: string | undefined; // the previous letter when it was a vowel
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    if (!isVowel(c, i)) {
      prev = undefined;
      continue;
    }
    if (prev === undefined || (strong.has(prev) && strong.has(c))) count++;
    prev = c;
  }
  return Math.max(1, count);
}

/** Spanish sentences: abbreviations ("Sr.", "EE. UU.", "a. m.", initials) lose their dots, then a sentence ends at . ! ? or …. */
export function spanishSentences(text: string): string[] {
  const tidy = text
    .replace(/\bEE\. ?UU\./g, 'EEUU')
    .replace(/\b([ap])\. ?m\./g, '$1m')
    .replace(/\b(Sr|Sra|Srta|Dr|Dra|Gral|Sto|núm|No|pág|etc|vol)\./g, '$1')
    .replace(/\b([A-Z])\.(?=\s*[A-Z])/g, '$1')
    .replace(/\b([A-Z])\.([A-Z])\./g, '$1$2');
  return tidy
    .split(/(?<=[.!?…]["'”»)]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\d]/u.test(s));
}

/** Words of a Spanish text (tokens with a letter or digit). */
const spanishWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

/**
 * Fernández-Huerta reading ease of Spanish text: 206.84 − 0.60·P − 1.02·F, with P syllables per 100 words and F
 * sentences per 100 words (the formula as published; higher is easier, 60–70 is "normal", about 8th–9th grade).
 * `pieces` without end punctuation (labels, headlines) count as their own sentence.
 */
export function fernandezHuerta(text: string | string[]): { score: number; words: number; sentences: number; syllables: number } {
  const pieces = typeof text === 'string' ? [text] : text;
  const all = pieces.flatMap((p) => spanishSentences(/[.!?…]["'”»)]?\s*$/.test(p.trim()) ? p : `${p.trim()}.`));
  const words = all.flatMap(spanishWords);
  const syllables = words.reduce((n, w) => n + spanishSyllables(w), 0);
  const n = Math.max(1, words.length);
  const P = (100 * syllables) / n;
  const F = (100 * Math.max(1, all.length)) / n;
  return { score: 206.84 - 0.6 * P - 1.02 * F, words: words.length, sentences: all.length, syllables };
}

/** Narrative only, Spanish typography: text inside “…”, «…» or "…" is a quotation, not our prose. */
export function withoutSpanishQuotes(text: string): string {
  return text.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, 'eso');
}
