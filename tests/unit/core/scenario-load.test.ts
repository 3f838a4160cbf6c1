import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuote, loadScenario, normalizeWhitespace, quotablePart, quoteIsInSource, isCitableSourceFile } from '../../../game/core/scenario/load';
import { parseMarkup, plainText, scanMarkup } from '../../../game/core/scenario/markup';
import { namesMentioned, paragraphsAround } from '../../../game/core/scenario/text';
import { BROKEN_CASES } from '../../helpers/broken-corpus';
import { english, message } from '../../helpers/diagnostics';
import { readScenarioFiles, ROOT } from '../../helpers/disk';
import { MINI_PATH, MINI_SOURCES, loadMini } from '../../helpers/scenarios';

describe('source texts and quotes', () => {
  const header = 'TITLE: x\nNOTE: our words here\n======================================\n\nThe  document\n text (1) begins.\n';

  it('collapses whitespace runs on both sides', () => {
    expect(normalizeWhitespace('  a \n\n b\tc ')).toBe('a b c');
    expect(quoteIsInSource('document text (1)', header)).toBe(true);
    expect(quoteIsInSource('document  text  (2)', header)).toBe(false);
  });

  it('only the text below the line of = is quotable in background/ and aftermath/', () => {
    expect(quotablePart('aftermath/a.txt', header)).not.toContain('our words');
    expect(quotablePart('background/a.txt', header)).toContain('The  document');
    // Top-level meeting records have no header: the whole file is the document.
    expect(quotablePart('meeting.txt', header)).toContain('our words');
    expect(quotablePart('aftermath/no-rule.txt', 'no rule here')).toBe('');
  });

  it('INDEX.md and NOT-RETRIEVED files are not sources', () => {
    expect(isCitableSourceFile('aftermath/INDEX.md')).toBe(false);
    expect(isCitableSourceFile('aftermath/1962-11-20-x-NOT-RETRIEVED.txt')).toBe(false);
    expect(quotablePart('aftermath/1962-11-20-x-NOT-RETRIEVED.txt', header)).toBe('');
    expect(isCitableSourceFile('aftermath/1962-11-21-reply.txt')).toBe(true);
  });

  it('findQuote gives offsets in the original text', () => {
    const [start, end] = findQuote('document text (1)', header)!;
    expect(header.slice(start, end)).toBe('document\n text (1)');
    expect(findQuote('absent words', header)).toBeNull();
    expect(findQuote('   ', header)).toBeNull();
  });

  it('finds every citation of the shipped sources it is given', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES).sources;
    expect(Object.keys(files)).toContain('aftermath/later-report.txt');
    const text = files['aftermath/later-report.txt']!;
    const at = findQuote('one inspector would sail with each trawler.', text)!;
    expect(text.slice(at[0], at[1])).toBe('one inspector would sail with each trawler.');
  });
});

describe('attribution: the paragraph that holds a quote names its speaker', () => {
  const record = 'Mr. Ball said the ballistic missiles were gone.\nHe added a word.\n\n  \nThe President said we\nmust wait.\n\nThe Chairman agreed.\n';

  it('takes the paragraphs (between blank lines) that the quote overlaps', () => {
    const one = findQuote('He added a word.', record)!;
    expect(paragraphsAround(record, one[0], one[1])).toBe('Mr. Ball said the ballistic missiles were gone.\nHe added a word.');
    const two = findQuote('we must wait. The Chairman', record)!;
    expect(paragraphsAround(record, two[0], two[1])).toBe('The President said we\nmust wait.\n\nThe Chairman agreed.\n');
    expect(paragraphsAround('no breaks at all', 3, 5)).toBe('no breaks at all');
  });

  it('matches names case-insensitively, across line breaks, on word boundaries only', () => {
    expect(namesMentioned('The ballistic missiles', ['Ball'])).toEqual([]);
    expect(namesMentioned('Mr. BALL said', ['Ball'])).toEqual(['Ball']);
    expect(namesMentioned('The Chairman agreed.', ['Chair'])).toEqual([]);
    expect(namesMentioned('the\n  President said', ['The President', 'Rusk'])).toEqual(['The President']);
    expect(namesMentioned('Mr. R. Kennedy asked', ['R. Kennedy'])).toEqual(['R. Kennedy']);
    expect(namesMentioned('Mr. Kennedy asked', ['R. Kennedy'])).toEqual([]);
  });

  it('uses the aliases the cast declares, and accepts a person quoting their own letter', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const errorsWith = (change: (s: Record<string, any>) => void) => {
      const s = JSON.parse(files.scenarioText);
      change(s);
      const r = loadScenario({ ...files, scenarioText: JSON.stringify(s) });
      return r.ok ? [] : r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${message(d)}`);
    };
    // Cole is "Mr. Cull [sic]" in the second minutes; the chair is "The Harbourmaster" in the first.
    expect(errorsWith((s) => (s.cast[3].aliases = []))).toEqual([
      expect.stringMatching(/^decisions\[3\]\.options\[1\]\.arguedBy\[0\]\.citations\[0\]: quote credited to Cole, but the paragraph of "board-2-minutes.txt"/),
    ]);
    expect(errorsWith((s) => (s.cast[0].aliases = []))).toEqual([
      expect.stringMatching(/^meetings\[0\]\.intelligence\[0\]\.citations\[0\]: quote credited to Chair/),
    ]);
    // Roca signed the council's letter: her statement quoting it needs no paragraph naming her.
    expect(errorsWith((s) => delete s.sources.letter.author)).toEqual([
      expect.stringMatching(/^meetings\[0\]\.otherSide\[0\]\.citations\[0\]: quote credited to Roca/),
    ]);
  });
});

describe('glossary markup', () => {
  const term = (id: string) => ({ patrol: 'patrol', quota: 'quota' })[id];
  it('splits text into plain and term segments', () => {
    expect(parseMarkup('The [[patrol|boats]] and a [[quota]].', term)).toEqual([
      { type: 'text', text: 'The ' },
      { type: 'term', id: 'patrol', text: 'boats' },
      { type: 'text', text: ' and a ' },
      { type: 'term', id: 'quota', text: 'quota' },
      { type: 'text', text: '.' },
    ]);
    expect(plainText('a [[quota]] b', term)).toBe('a quota b');
  });
  it('reports unbalanced and empty markup', () => {
    expect(scanMarkup('x [[y').problems).toEqual([{ kind: 'markup-unbalanced' }]);
    expect(scanMarkup('x [[]] y').problems).toEqual([{ kind: 'markup-no-id', markup: '[[]]' }]);
    expect(scanMarkup('x [[a| ]] y').problems).toEqual([{ kind: 'markup-empty-words', markup: '[[a| ]]' }]);
    expect(scanMarkup('x [[a|b]] [[c]]').ids).toEqual(['a', 'c']);
  });
});

describe('loadScenario', () => {
  it('loads the test scenario, deep-frozen, with its warnings', () => {
    const r = loadScenario(readScenarioFiles(MINI_PATH, MINI_SOURCES));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.isFrozen(r.scenario)).toBe(true);
    expect(Object.isFrozen(r.scenario.decisions[0]!.options[0]!.effects)).toBe(true);
    expect(r.warnings.map(english)).toEqual([
      'tests/fixtures/mini/scenario.json decisions[2].options[0].setFlags[0]: warning: flag "escalated" is set but no event or ending looks at it',
    ]);
    // Defaults are filled in.
    expect(r.scenario.decisions[1]!.positions).toEqual([]);
  });

  it('formats diagnostics like a compiler', () => {
    const problem = { kind: 'unknown-meter', id: 'boom' } as const;
    expect(english({ file: 'scenarios/x.json', path: 'decisions[3].options[1]', problem, severity: 'error' })).toBe(
      'scenarios/x.json decisions[3].options[1]: unknown meter "boom"',
    );
    expect(english({ file: 'scenarios/x.json', path: '', problem, severity: 'error' })).toBe('scenarios/x.json: unknown meter "boom"');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', 'null', '[]', '42', '"x"', '{', '{"formatVersion":1}', '{"formatVersion":"1"}', '\u0000']) {
      const r = loadScenario({ scenarioPath: 'x.json', scenarioText: text, sources: {} });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('reports every problem at once', () => {
    const s = JSON.parse(readScenarioFiles(MINI_PATH, MINI_SOURCES).scenarioText);
    s.decisions[0].colour = 'red';
    s.decisions[1].options[0].effects = { risk: 2 };
    s.cast[1].id = 'chair';
    const r = loadScenario({ ...readScenarioFiles(MINI_PATH, MINI_SOURCES), scenarioText: JSON.stringify(s) });
    expect(r.ok).toBe(false);
    // The schema problem is found first; fix it and both cross-field problems come together.
    delete s.decisions[0].colour;
    const r2 = loadScenario({ ...readScenarioFiles(MINI_PATH, MINI_SOURCES), scenarioText: JSON.stringify(s) });
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      const paths = r2.diagnostics.filter((d) => d.severity === 'error').map((d) => d.path);
      expect(paths).toContain('decisions[1].options[0].effects.risk');
      expect(paths).toContain('cast[1].id');
    }
  });
});

describe('broken-scenario corpus (one rule per file)', () => {
  const dir = join(ROOT, 'tests/fixtures/broken');
  const onDisk = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('has a file for every case and at least 22 rules', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(22);
    expect(onDisk.sort()).toEqual(BROKEN_CASES.map((c) => `${c.name}.json`).sort());
  });

  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = `tests/fixtures/broken/${c.name}.json`;
    expect(existsSync(join(ROOT, file))).toBe(true);
    const r = loadScenario(readScenarioFiles(file, MINI_SOURCES));
    expect(r.ok, `${c.name} should not load`).toBe(false);
    if (r.ok) return;
    const hit = r.diagnostics.find((d) => d.severity === 'error' && d.file === file && d.path === c.path && d.problem.kind === c.kind);
    expect(hit, `expected "${file} ${c.path}: ${c.kind} (…${c.message}…)" among:\n${r.diagnostics.map(english).join('\n')}`).toBeDefined();
    expect(message(hit!)).toContain(c.message);
  });

  it('the test scenario itself is clean of errors', () => {
    expect(loadMini().id).toBe('harbour-test');
  });
});
