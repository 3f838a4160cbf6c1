/**
 * The seam between code and words stays clean: the play screens, the app, the rest of the UI and the shell hold
 * no English of their own. Every user-visible word comes from the string catalogue (game/ui/strings/), so a
 * translation only adds a catalogue. The scan looks at every string literal (and the fixed text of template
 * literals) outside comments for a capitalised word followed by another word ("Take your seat", "Map: where")
 * or a capitalised word on its own ("Continue"): class names, ids, CSS selectors and event names are lower
 * case and pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/disk';

/**
 * The fixed text of every string literal in TypeScript source, comments skipped. A template's `${…}` parts
 * read as "X" (so `Hear ${name}` is "Hear X"); the strings inside them are scanned too.
 */
/** What can come before a regular expression literal (rather than a division): an operator, a keyword, a line start. */
const REGEX_BEFORE = /(?:[(,=:[!&|?{};>]|\breturn|\btypeof|\bcase|\bthrow)\s*$|^\s*$/;

function literals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  const scan = (stopAtBrace: boolean): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      const next = source[i + 1];
      if (c === '/' && next === '/') {
        i = source.indexOf('\n', i);
        if (i < 0) i = source.length;
      } else if (c === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end < 0 ? source.length : end + 2;
      } else if (
        c === '/' &&
        REGEX_BEFORE.test(
          source
            .slice(Math.max(0, i - 40), i)
            .split('\n')
            .pop() ?? '',
        )
      ) {
        // A regular expression literal: skipped, character classes included.
        let inClass = false;
        for (i++; i < source.length && (inClass || source[i] !== '/') && source[i] !== '\n'; i++) {
          if (source[i] === '\\') i++;
          else if (source[i] === '[') inClass = true;
          else if (source[i] === ']') inClass = false;
        }
        i++;
      } else if (c === "'" || c === '"') {
        let text = '';
        for (i++; i < source.length && source[i] !== c; i++) {
          if (source[i] === '\\') i++;
          text += source[i];
        }
        i++;
        out.push(text);
      } else if (c === '`') {
        let text = '';
        for (i++; i < source.length && source[i] !== '`'; i++) {
          if (source[i] === '\\') {
            text += source[++i];
          } else if (source[i] === '$' && source[i + 1] === '{') {
            i += 2;
            scan(true);
            text += 'X';
          } else text += source[i];
        }
        i++;
        out.push(text);
      } else if (stopAtBrace && c === '{') {
        depth++;
        i++;
      } else if (stopAtBrace && c === '}') {
        if (depth === 0) return;
        depth--;
        i++;
      } else i++;
    }
  };
  scan(false);
  return out;
}

/** A capitalised word followed by another word: "Take your seat", "Map: where", "What happened", "Hear X". */
const SENTENCE = /(?<![\w-])[A-Z][a-z’']+[:,.?!…]?\s+[A-Za-z“]/;
/** A literal that is one capitalised word on its own: "Continue", "Debrief", "DECLASSIFIED". */
const WORD = /^\s*(?:[A-Z][a-z’']+|[A-Z]{3,})[.?!…:]?\s*$/;

const isEnglish = (text: string): boolean => SENTENCE.test(text) || WORD.test(text);

/** Key names compared with KeyboardEvent.key are not words on screen. */
const KEY_NAMES = new Set(['Escape', 'Enter', 'Tab', 'Home', 'End', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

function englishIn(file: string): string[] {
  return literals(readFileSync(file, 'utf8')).filter((t) => isEnglish(t) && !KEY_NAMES.has(t));
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every file of the UI and the shell, the play screens and the app first. Left out: the catalogue itself, and
 * map.ts, whose map-data checks ("Map data: field … must be …") describe a broken data file for whoever
 * maintains it (shown only in brackets after `map.couldNotShow`).
 */
const SKIP = new Set(['game/ui/map.ts']);
const rank = (f: string) => (f.startsWith('game/ui/screens/') || f === 'game/ui/app.ts' ? 0 : 1);
const FILES = [...tsFiles(join(ROOT, 'game/ui')), ...tsFiles(join(ROOT, 'game/shell'))]
  .map((f) => relative(ROOT, f).split(sep).join('/'))
  .filter((f) => !f.startsWith('game/ui/strings/') && !SKIP.has(f))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

describe('no English sentences in code outside the string catalogue', () => {
  it('scans the play screens and the app', () => {
    expect(FILES).toContain('game/ui/app.ts');
    expect(FILES.filter((f) => f.startsWith('game/ui/screens/')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(FILES)('%s', (file) => {
    expect(englishIn(join(ROOT, file))).toEqual([]);
  });

  it('the scan finds English in literals and templates, and lets markup names and comments pass', () => {
    const sample = [
      "h('p', { class: 'primary continue', id: 'resume-h', 'aria-labelledby': 'talk-h' }, 'Take your seat');",
      'el.addEventListener(\'focusin\', f); el.querySelector(".confirm-btn");',
      '// What happened: a comment',
      '/** The view from Moscow */',
      'const a = `${meeting} · decision ${n} of ${total}`;',
      'const b = `Said on ${longDate(d)}, before this meeting.`;',
      "const c = `${x ? 'Moscow and Havana' : ''}`;",
      'const e = `Hear ${p.speaker.name}`; const f = `${a} · ${b}`; const g = `, ${title}`;',
      "button('Continue'); h('p', { class: 'stamp' }, 'DECLASSIFIED'); h('svg', { fill: '#1E1E1E', viewBox: '0 0 100 10' });",
      "if (e.key === 'Escape') return /[\"',]/.test(s) ? 'Play again' : s;",
      'const d = "Nothing was lost: any saved game is still in this browser.";',
    ].join('\n');
    expect(literals(sample).filter(isEnglish)).toEqual([
      'Take your seat',
      'Said on X, before this meeting.',
      'Moscow and Havana',
      'Hear X',
      'Continue',
      'DECLASSIFIED',
      'Escape',
      'Play again',
      'Nothing was lost: any saved game is still in this browser.',
    ]);
  });
});
