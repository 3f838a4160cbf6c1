/**
 * The written answer's text, with no DOM: counting its words in the player's language and putting a sentence
 * starter where the cursor is. Pure, so it is tested in Node.
 */

/** The words of a text as the locale splits them (Intl.Segmenter), or by spaces where the browser has no segmenter. */
export function countWords(text: string, locale: string): number {
  if (typeof Intl.Segmenter === 'function') {
    let n = 0;
    for (const s of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
    return n;
  }
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A starter put into the answer at the cursor (or over the selection), as the start of a new sentence: a space
 * before it when it follows other words on the line, and the trailing "…" of the starter dropped so the student
 * writes on from there. Returns the new text and where the cursor goes (after the starter).
 */
export function insertStarter(text: string, start: number, end: number, starter: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  const words = starter.replace(/\s*…\s*$/u, '').trimEnd();
  const lead = before === '' || /\s$/u.test(before) ? '' : ' ';
  if (/^\s/u.test(after)) {
    const inserted = lead + words;
    return { text: before + inserted + after, caret: before.length + inserted.length + 1 };
  }
  const inserted = `${lead}${words} `;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}
