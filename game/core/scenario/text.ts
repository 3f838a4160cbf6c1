/**
 * Source texts and verbatim quotes.
 *
 * A quote counts as found when it appears in the quotable part of its source after every run of
 * whitespace (spaces, tabs, line breaks) is collapsed to one space on both sides. Nothing else is
 * forgiven: OCR errors, odd punctuation and typographic quotes must be copied as they are.
 */

/** Collapse every run of whitespace to a single space and trim the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A line made only of `=` characters (at least 10) separates our header from the document text. */
const HEADER_RULE = /^={10,}[ \t]*$/m;

/**
 * Whether a file under scenarios/sources/ may be cited at all. INDEX.md files are our own notes, and files
 * marked NOT-RETRIEVED hold no document text (only what other documents say about a missing one).
 */
export function isCitableSourceFile(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  if (name.toUpperCase() === 'INDEX.MD') return false;
  if (name.includes('NOT-RETRIEVED')) return false;
  return true;
}

/**
 * Why a source file cannot be cited, or null when it can: `index`, an INDEX.md (our own list of sources), or
 * `not-retrieved`, a file marked NOT-RETRIEVED (no document text: the document was not found).
 */
export function uncitableReason(path: string): 'index' | 'not-retrieved' | null {
  const name = path.split('/').pop() ?? path;
  if (name.toUpperCase() === 'INDEX.MD') return 'index';
  if (name.includes('NOT-RETRIEVED')) return 'not-retrieved';
  return null;
}

/** Files in background/ and aftermath/ carry our header above a line of `=`; only the text below it is quotable. */
export function hasHeader(path: string): boolean {
  return path.startsWith('background/') || path.startsWith('aftermath/');
}

/**
 * The part of a source file that may be quoted, and where it starts in the original text. For background/
 * and aftermath/ files that is everything below the line of `=` characters (a file without that line has
 * nothing quotable); other files are quotable as a whole. Uncitable files have nothing quotable.
 */
export function quotableRange(path: string, text: string): { start: number; text: string } {
  if (!isCitableSourceFile(path)) return { start: text.length, text: '' };
  if (!hasHeader(path)) return { start: 0, text };
  const match = HEADER_RULE.exec(text);
  if (!match) return { start: text.length, text: '' };
  const start = match.index + match[0].length;
  return { start, text: text.slice(start) };
}

/** The quotable text of a source file (see quotableRange). */
export function quotablePart(path: string, text: string): string {
  return quotableRange(path, text).text;
}

/** Whether `quote` appears in `text` once whitespace runs are collapsed on both sides. */
export function quoteIsInSource(quote: string, text: string): boolean {
  const q = normalizeWhitespace(quote);
  if (q === '') return false;
  return normalizeWhitespace(text).includes(q);
}

/** The text with whitespace runs collapsed, and for each collapsed character its offset in the original. */
function collapseWithOrigin(text: string): { collapsed: string; origin: number[] } {
  let collapsed = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace && collapsed.length > 0) {
        collapsed += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      collapsed += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  return { collapsed, origin };
}

/**
 * Finds quotes in one text, collapsing it once (the validator looks up many quotes in the same source).
 * `all` gives every place the quote sits, as [start, end) offsets into the original text.
 */
export function quoteLocator(text: string): { all(quote: string): [number, number][] } {
  let cache: ReturnType<typeof collapseWithOrigin> | null = null;
  return {
    all(quote) {
      const q = normalizeWhitespace(quote);
      if (q === '') return [];
      cache ??= collapseWithOrigin(text);
      const { collapsed, origin } = cache;
      const out: [number, number][] = [];
      for (let at = collapsed.indexOf(q); at >= 0; at = collapsed.indexOf(q, at + 1)) {
        out.push([origin[at] as number, (origin[at + q.length - 1] as number) + 1]);
      }
      return out;
    },
  };
}

/**
 * Where `quote` is in `text`, as [start, end) offsets into the ORIGINAL text (so a viewer can highlight the
 * passage in the file as it is), matching with whitespace runs collapsed. Returns null when not found.
 */
export function findQuote(quote: string, text: string): [number, number] | null {
  return quoteLocator(text).all(quote)[0] ?? null;
}

/** A blank line (and any run of them) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n\s*/g;

/**
 * The paragraphs of `text` that the span [start, end) overlaps (a paragraph is the text between blank lines),
 * as one string from the start of the first to the end of the last.
 */
export function paragraphsAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    const sepStart = m.index;
    const sepEnd = sepStart + m[0].length;
    if (sepEnd <= start) from = sepEnd;
    else if (sepStart >= end) {
      to = sepStart;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Which of `names` the text mentions: case-insensitive, whitespace collapsed, on word boundaries (so "Ball"
 * is not found in "ballistic", nor "Chair" in "Chairman").
 */
export function namesMentioned(text: string, names: readonly string[]): string[] {
  const t = normalizeWhitespace(text);
  return names.filter((name) => {
    const n = normalizeWhitespace(name);
    if (n === '') return false;
    const body = n
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').test(t);
  });
}

/**
 * For a quote that is not found: the longest beginning of it that is found, so the writer sees where the
 * copy went wrong. Prefix presence is monotonic, so a binary search over the length is enough.
 */
export function longestFoundPrefix(quote: string, text: string): string {
  const q = normalizeWhitespace(quote);
  const t = normalizeWhitespace(text);
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (t.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return q.slice(0, lo);
}
