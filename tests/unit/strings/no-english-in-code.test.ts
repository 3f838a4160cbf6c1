/**
 * The seam between code and words stays clean: the play screens, the app, the rest of the UI, the shell, the
 * services and the core hold no English of their own. Every user-visible word comes from the string catalogue
 * (game/ui/strings/), so a translation only adds a catalogue; the core reports problems as data (Problem, in
 * game/core/scenario/diagnostic.ts) that the catalogue words. The scan looks at every string literal (and the
 * fixed text of template literals) outside comments for a capitalised word followed by another word ("Take your
 * seat", "Map: where") or a capitalised word on its own ("Continue"): class names, ids, CSS selectors and event
 * names are lower case and pass. Outside the UI (shell, services, core), whose messages were mostly lower case,
 * it also looks for three or more lower-case words in a row ("is not in", "could not be loaded").
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

/** Three or more lower-case words in a row, one space apart: "is not in", "X could not be loaded". */
const PHRASE = /(?<![\w$'’-])[a-z]+(?: [a-z]+){2,}(?![\w'’-])/;

/** Key names compared with KeyboardEvent.key are not words on screen. */
const KEY_NAMES = new Set(['Escape', 'Enter', 'Tab', 'Home', 'End', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * Literals outside the UI that read like English but are not words for a person, each with its reason. Keep
 * this list short: a message for a player or an author belongs in the catalogue.
 */
const ALLOWED: Record<string, string> = {
  'Unexpected X: X': "assertNever's error: a case the compiler proves impossible, never shown",
  'X did not load': 'an Error for the console: the player sees the notice worded by the catalogue (notices.chunkFailed)',
  'index.html has no #X': 'a broken page for its developer, thrown before any screen (or catalogue) exists',
};

/** Where the lower-case rule applies too: everything but the HTML screens (whose class lists are lower-case words). */
const phraseRule = (file: string) => !file.startsWith('game/ui/');

function englishIn(file: string): string[] {
  const phrases = phraseRule(relative(ROOT, file).split(sep).join('/'));
  return literals(readFileSync(file, 'utf8')).filter((t) => (isEnglish(t) || (phrases && PHRASE.test(t))) && !KEY_NAMES.has(t) && ALLOWED[t] === undefined);
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every file of the UI, the shell, the services and the core, the play screens and the app first. Left out: the
 * catalogue itself, and map.ts, whose map-data checks ("Map data: field … must be …") describe a broken data
 * file for whoever maintains it (shown only in brackets after `map.couldNotShow`).
 */
const SKIP = new Set(['game/ui/map.ts']);
const rank = (f: string) => (f.startsWith('game/ui/screens/') || f === 'game/ui/app.ts' ? 0 : 1);
const FILES = ['game/ui', 'game/shell', 'game/services', 'game/core']
  .flatMap((dir) => tsFiles(join(ROOT, dir)))
  .map((f) => relative(ROOT, f).split(sep).join('/'))
  .filter((f) => !f.startsWith('game/ui/strings/') && !SKIP.has(f))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

describe('no English sentences in code outside the string catalogue', () => {
  it('scans the play screens and the app, the services and the core', () => {
    expect(FILES).toContain('game/ui/app.ts');
    expect(FILES.filter((f) => f.startsWith('game/ui/screens/')).length).toBeGreaterThanOrEqual(10);
    expect(FILES).toContain('game/services/scenario-fetch.ts');
    expect(FILES).toContain('game/core/check/citations.ts');
    expect(FILES).toContain('game/core/scenario/load.ts');
  });

  it('allows only literals still in the code', () => {
    const all = new Set(FILES.flatMap((f) => literals(readFileSync(join(ROOT, f), 'utf8'))));
    expect(Object.keys(ALLOWED).filter((t) => !all.has(t))).toEqual([]);
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

  it('outside the UI, lower-case phrases of three words or more count too', () => {
    const sample = [
      'r.err(path, `file "${src.file}" is not in scenarios/sources/`);',
      "push(path, 'must not be empty'); const x = `could not be loaded (${e})`;",
      "const k = 'unknown-field'; const p = 'decisions[0].options'; const a = `${x} ${y} ${z}`; const b = 'a b';",
      "const c = 'pointerdown pointermove'; const d = \"it's a\"; // not in a comment either",
    ].join('\n');
    expect(literals(sample).filter((t) => PHRASE.test(t))).toEqual(['file "X" is not in scenarios/sources/', 'must not be empty', 'could not be loaded (X)']);
  });
});
