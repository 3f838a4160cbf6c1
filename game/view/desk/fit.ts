/**
 * Fitting a line of words into a box without measuring (pure: tested in Node, tests/unit/view/desk-fit.test.ts). The
 * desk scenes set their text in faces whose average advance is known closely enough (Courier Prime is exactly 0.6
 * em; capitals in Atkinson Hyperlegible bold come to about 0.7 em), so a size and a line break are chosen from the
 * character count: the biggest size from `maxPx` down to `minPx` at which the words fit in `maxLines` lines; at
 * `minPx` the last line is cut with an ellipsis.
 */
import { seededRandom } from '../../lib/seeded-random';

export interface FitOptions {
  /** The box's width in px. */
  width: number;
  /** The box's height in px (optional: lines are limited by maxLines alone). */
  height?: number;
  maxPx: number;
  minPx?: number;
  /** Average advance of a character, in em. */
  charEm: number;
  /** Line height, in em. */
  lineEm?: number;
  maxLines: number;
}

export interface Fitted {
  px: number;
  lines: string[];
  /** True when words had to be cut at the smallest size. */
  cut: boolean;
}

/** Breaks words into lines of at most `maxChars` characters (a longer word is split). */
export function wrapWords(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const raw of text.trim().split(/\s+/)) {
    let word = raw;
    while (word.length > limit) {
      if (line) lines.push(line);
      lines.push(word.slice(0, limit));
      word = word.slice(limit);
      line = '';
    }
    if (!word) continue;
    if (!line) line = word;
    else if (line.length + 1 + word.length <= limit) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The biggest size at which `text` fits the box; at the smallest size, the lines are cut to fit. */
export function fitText(text: string, o: FitOptions): Fitted {
  const minPx = o.minPx ?? 12;
  const lineEm = o.lineEm ?? 1.2;
  const top = Math.max(minPx, Math.floor(o.maxPx));
  for (let px = top; px >= minPx; px--) {
    const maxChars = Math.floor(o.width / (px * o.charEm));
    if (maxChars < 1) continue;
    const lines = wrapWords(text, maxChars);
    const fitsHeight = o.height === undefined || lines.length * px * lineEm <= o.height;
    if (lines.length <= o.maxLines && fitsHeight) return { px, lines, cut: false };
  }
  const maxChars = Math.max(1, Math.floor(o.width / (minPx * o.charEm)));
  const byHeight = o.height === undefined ? o.maxLines : Math.floor(o.height / (minPx * lineEm));
  const keep = Math.max(1, Math.min(o.maxLines, byHeight));
  const lines = wrapWords(text, maxChars);
  if (lines.length <= keep) return { px: minPx, lines, cut: false };
  const kept = lines.slice(0, keep);
  const last = kept[keep - 1]!;
  kept[keep - 1] = (last.length >= maxChars ? last.slice(0, Math.max(0, maxChars - 1)) : last) + '…';
  return { px: minPx, lines: kept, cut: true };
}

/** A small seeded random source, so a scene draws the same marks every time. */
export const seeded = seededRandom;

/** A number from a string (a headline seeds its own marks). */
export function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The date parts a calendar page shows, in the player's language (the ISO date is a day: read in UTC). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
  weekday: string;
}

export function dateParts(iso: string, lang: string): DateParts | null {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  const fmt = (o: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' }).format(date);
    } catch {
      return new Intl.DateTimeFormat(undefined, { ...o, timeZone: 'UTC' }).format(date);
    }
  };
  return { day: fmt({ day: 'numeric' }), month: fmt({ month: 'long' }), year: fmt({ year: 'numeric' }), weekday: fmt({ weekday: 'long' }) };
}

/** The days from `from` (included) up to `to` (excluded), at most `max` of the last ones: the pages to tear off. */
export function daysBetween(from: string, to: string, max: number): string[] {
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || b <= a) return [];
  const out: string[] = [];
  for (let t = a; t < b; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out.slice(-Math.max(1, max));
}
