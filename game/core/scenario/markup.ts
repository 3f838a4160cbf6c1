/**
 * Glossary markup inside scenario text: `[[term-id]]` shows the glossary term, `[[term-id|shown words]]`
 * shows other words linked to the same definition. Views render the segments; the validator checks ids.
 */
import type { Problem } from './diagnostic';

export type MarkupSegment = { type: 'text'; text: string } | { type: 'term'; id: string; text: string };

const TERM = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

/** A problem in the markup itself. */
export type MarkupProblem = Extract<Problem, { kind: 'markup-no-id' | 'markup-empty-words' | 'markup-unbalanced' }>;

/** Glossary ids used in a text, with problems in the markup itself (an unclosed `[[`, an empty id). */
export function scanMarkup(text: string): { ids: string[]; problems: MarkupProblem[] } {
  const ids: string[] = [];
  const problems: MarkupProblem[] = [];
  for (const m of text.matchAll(TERM)) {
    const id = (m[1] ?? '').trim();
    if (id === '') problems.push({ kind: 'markup-no-id', markup: m[0] });
    else ids.push(id);
    if (m[2] !== undefined && m[2].trim() === '') problems.push({ kind: 'markup-empty-words', markup: m[0] });
  }
  const rest = text.replace(TERM, '');
  if (rest.includes('[[') || rest.includes(']]')) problems.push({ kind: 'markup-unbalanced' });
  return { ids, problems };
}

/**
 * Split a text into plain and glossary segments. `termOf` gives the glossary term for an id (the shown text
 * when no words are given); unknown ids fall back to the id itself, which validation never lets through.
 */
export function parseMarkup(text: string, termOf: (id: string) => string | undefined): MarkupSegment[] {
  const out: MarkupSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(TERM)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    const id = (m[1] ?? '').trim();
    const shown = m[2] !== undefined && m[2].trim() !== '' ? m[2] : (termOf(id) ?? id);
    out.push({ type: 'term', id, text: shown });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** The text with markup replaced by the shown words (for screen-reader summaries, codes, logs). */
export function plainText(text: string, termOf: (id: string) => string | undefined): string {
  return parseMarkup(text, termOf)
    .map((s) => s.text)
    .join('');
}
