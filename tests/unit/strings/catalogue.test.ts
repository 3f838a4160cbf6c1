import { describe, expect, it } from 'vitest';
import { en } from '../../../game/ui/strings/en';
import { formatters } from '../../../game/ui/strings/format';
import { LANGUAGES, loadLanguage, strings, type Strings } from '../../../game/ui/strings';

/** Every plain string in the catalogue, with its path ("classPage.title"). Functions are called below. */
function leaves(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (Array.isArray(node)) node.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('the English catalogue', () => {
  it('has no empty strings (an empty column heading is the only blank allowed)', () => {
    const all = leaves({ ...en, format: undefined }, '', []);
    expect(all.length).toBeGreaterThan(150);
    const empty = all.filter(([path, v]) => v.trim() === '' && path !== 'classPage.codeColumns[5]');
    expect(empty).toEqual([]);
  });

  it('counts with the plural rules of its locale', () => {
    expect(en.classPage.added(1, 'the pasted text', 0)).toBe('Added 1 code from the pasted text.');
    expect(en.classPage.added(3, 'the code box', 1)).toBe('Added 3 codes from the code box (1 could not be read: see the list below).');
    expect(en.classPage.added(0, 'x', 0)).toBe('Added 0 codes from x.');
    expect(en.classPage.csvDone(1)).toBe('Downloaded a CSV with 1 row.');
    expect(en.classPage.csvDone(12)).toBe('Downloaded a CSV with 12 rows.');
  });

  it('words what the title screen and the resume dialog need exactly as they read today', () => {
    expect(en.loading.problems(1)).toBe('The scenario has 1 problem. A teacher or developer can fix them in the files named below.');
    expect(en.loading.problems(4)).toBe('The scenario has 4 problems. A teacher or developer can fix them in the files named below.');
    expect(en.saves.setAside({ kind: 'not-json' })).toBe(
      'Your saved game could not be opened. The saved game is damaged and cannot be read. It has been kept aside. You can start a new game.',
    );
    expect(en.codes.resumeHint('EX62')).toBe('It starts with EX62, for example EX62-7KQ4-M9TP-… Capitals, spaces and dashes do not matter.');
  });

  it('words the play screens’ counted and listed phrases exactly as they read before the move', () => {
    const d = en.debrief;
    expect([1, 2, 3].map((n) => d.chairFollowed(n, 9))).toEqual([
      'You followed the President’s own proposal once (of 9 answers).',
      'You followed the President’s own proposal twice (of 9 answers).',
      'You followed the President’s own proposal 3 times (of 9 answers).',
    ]);
    expect(d.stanceCaption(1)).toBe('Your answers beside what was decided, on the same 1 question');
    expect(d.stanceCaption(0)).toBe('Your answers beside what was decided, on the same 0 questions');
    expect(d.stanceCaption(12)).toBe('Your answers beside what was decided, on the same 12 questions');
    expect(d.arguedBy(true, true, ['Rusk', 'Bundy'])).toBe('the President (his own proposal), someone the record does not name, Rusk, Bundy');
    expect(
      d.sides([
        { label: 'Wait', who: 'Rusk' },
        { label: 'Act', who: 'Bundy' },
      ]),
    ).toBe('Wait: Rusk; Act: Bundy');
    const s = en.screens;
    expect([[], ['Rusk'], ['Rusk', 'Bundy'], ['Rusk', 'Bundy', 'McCone']].map((n) => s.names(n))).toEqual([
      '',
      'Rusk',
      'Rusk and Bundy',
      'Rusk, Bundy and McCone',
    ]);
    expect(s.progress.decision(3, 15, true)).toBe('decision 3 of 15');
    expect(s.progress.question(3, 15, false)).toBe('question 3 of about 15');
    expect(s.intelligence.viewFrom(true, false)).toBe('The view from Moscow');
    expect(s.intelligence.viewFrom(true, true)).toBe('The view from Moscow and Havana');
    expect(s.intelligence.viewFrom(false, false)).toBe('The view from the other side');
    expect(s.epilogue.record('October 28, 1962', 'January 7, 1963')).toBe('The record: October 28, 1962 to January 7, 1963');
    expect(s.epilogue.record(null, null)).toBe('The record');
    expect(d.summary(4, 6, true)).toBe(
      'Your advice matched what was decided on 4 of 6 questions (short game). No option is right or wrong: the point is to see what each path risked and gained.',
    );
  });

  it('formats dates and shares through Intl with the catalogue’s locale', () => {
    expect(en.locale).toBe('en-US');
    expect(en.format.longDate('1962-10-31')).toBe('October 31, 1962');
    expect(en.format.longDate('not a date')).toBe('not a date');
    expect(en.format.percent(1, 3)).toBe('33%');
    expect(en.format.percent(0, 0)).toBe('0%');
    // Another locale's rules: Spanish has its own date words and writes a space before %.
    const es = formatters('es-ES');
    expect(es.longDate('1962-10-31')).toBe('31 de octubre de 1962');
    expect(es.plural(1, { one: '# código', other: '# códigos' })).toBe('1 código');
    expect(es.plural(2, { one: '# código', other: '# códigos' })).toBe('2 códigos');
  });

  it('is the active catalogue by default, beside Spanish', async () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
    await loadLanguage('en');
    expect(strings).toBe(en);
  });
});

describe('a translation', () => {
  it('must have every key, of the same kind (checked by tsc: an unneeded @ts-expect-error fails type-check)', () => {
    const { title: _title, ...settingsWithoutTitle } = en.settings;
    // @ts-expect-error a catalogue missing settings.title is refused
    const missing: Strings = { ...en, settings: settingsWithoutTitle };
    // @ts-expect-error a parametrised string must stay a function of the same parameters
    const wrongKind: Strings = { ...en, classPage: { ...en.classPage, csvDone: 'Downloaded a CSV.' } };
    const complete: Strings = { ...en, locale: 'es-ES', settings: { ...en.settings, title: 'Ajustes' } };
    expect([missing, wrongKind, complete].every(Boolean)).toBe(true);
  });
});
