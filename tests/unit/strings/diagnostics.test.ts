/**
 * The words of a scenario's problems: every kind of Problem (game/core/scenario/diagnostic.ts) has English and
 * Spanish words (the mapped type ProblemWords makes a missing kind a type error; SAMPLES below, keyed by kind,
 * does the same for the samples), each sample is worded in both languages without throwing, and the Spanish is
 * not the English. The error screen takes the words of the language in use; check:scenarios the English.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnosticAt, problemText, type Diagnostic, type Problem, type ProblemKind } from '../../../game/core/scenario/diagnostic';
import { loadScenario } from '../../../game/core/scenario/load';
import type { Loaded } from '../../../game/services/scenario-fetch';
import { loadLanguage, strings } from '../../../game/ui/strings';
import type { DiagnosticWords } from '../../../game/ui/strings/diagnostics';
import { diagnosticsEn } from '../../../game/ui/strings/diagnostics.en';
import { diagnosticsEs } from '../../../game/ui/strings/diagnostics.es';
import { en } from '../../../game/ui/strings/en';
import { es } from '../../../game/ui/strings/es';
import { pseudoOf } from '../../../game/ui/strings/pseudo';

type Params<K extends ProblemKind> = Omit<Extract<Problem, { kind: K }>, 'kind'>;

const text = { is: 'text', text: 'fifty' } as const;

/** At least one sample of every kind (a kind left out fails type-check), with each variant its words branch on. */
const SAMPLES = {
  'bad-json': [{ detail: 'Unexpected token \'}\', ..."title": }" is not valid JSON' }],
  'not-an-object': [
    { format: 'scenario', found: { is: 'list' } },
    { format: 'overlay', found: { is: 'null' } },
  ],
  'format-too-new': [{ version: 3, min: 2, max: 2 }],
  'format-too-old': [{ version: 1, min: 2, max: 2 }],
  'internal-error': [{ detail: 'x.map is not a function' }],
  'unknown-field': [
    { field: 'colour', format: 'scenario' },
    { field: 'translator', format: 'overlay' },
  ],
  'missing-field': [{ field: 'question' }],
  'wrong-type': [
    { expected: 'int', found: text },
    { expected: 'custom', found: { is: 'nothing' } },
  ],
  'bad-condition': [{ keys: ['always', 'chose', 'flag'] }],
  'not-one-of': [{ values: ['1'], found: { is: 'number', value: 2 } }],
  'too-few-items': [
    { minimum: 1, rule: null },
    { minimum: 2, rule: null },
    { minimum: 1, rule: 'statement-citations' },
    { minimum: 1, rule: 'history-citations' },
    { minimum: 1, rule: 'limits' },
  ],
  'too-many-items': [{ maximum: 4 }],
  'empty-text': [{}],
  'too-small': [{ minimum: 0, found: { is: 'number', value: -1 } }],
  'too-big': [{ maximum: 100, found: { is: 'boolean', value: true } }],
  'bad-format': [{ rule: 'id' }, { rule: 'date' }, { rule: 'source-hash' }, { rule: 'language' }, { rule: 'code-prefix' }, { rule: 'map-path' }],
  'bad-key': [{ rule: 'id' }],
  'schema-issue': [{ code: 'custom', detail: 'Invalid input' }],
  'duplicate-id': [
    { list: 'meters', id: 'risk', first: 'meters[0]' },
    { list: 'cast', id: 'rusk', first: 'cast[0]' },
    { list: 'meetings', id: 'm14', first: 'meetings[0]' },
    { list: 'decisions', id: 'd-patrols', first: 'decisions[0]' },
    { list: 'events', id: 'e1', first: 'events[0]' },
    { list: 'endings', id: 'calm', first: 'endings[0]' },
    { list: 'glossary', id: 'quota', first: 'glossary[0]' },
    { list: 'places', id: 'havana', first: 'places[0]' },
  ],
  'duplicate-option-id': [{ id: 'pause', decision: 'd-patrols' }],
  'meeting-number-reused': [{ number: 2 }],
  'source-is-index': [{ file: 'aftermath/INDEX.md' }],
  'source-not-retrieved': [{ file: 'aftermath/letter-NOT-RETRIEVED.txt' }],
  'source-file-missing': [{ file: 'board-9-minutes.txt' }],
  'source-not-quotable': [{ file: 'aftermath/x.txt' }],
  'source-kind-mismatch': [
    { declared: 'background', folder: 'meeting' },
    { declared: 'meeting', folder: 'aftermath' },
  ],
  'unknown-source': [{ source: 'minutes-9' }],
  'quote-in-header': [{ file: 'aftermath/x.txt' }],
  'quote-not-found': [
    { file: 'board-1-minutes.txt', matched: 'It was agreed that the patrols' },
    { file: 'board-1-minutes.txt', matched: null },
  ],
  'quote-not-attributed': [{ person: 'Cole', file: 'board-1-minutes.txt', looked: ['Cole', 'Mr. Cull'] }],
  'other-side-speaker': [{ person: 'Roca', side: 'us' }],
  'historical-uncited': [{}],
  'historical-with-basis': [{}],
  'counterfactual-record-medium': [{}],
  'counterfactual-no-basis': [{}],
  'basis-both': [{}],
  'basis-neither': [{}],
  'markup-no-id': [{ markup: '[[]]' }],
  'markup-empty-words': [{ markup: '[[a| ]]' }],
  'markup-unbalanced': [{}],
  'unknown-term': [{ id: 'blockade' }],
  'unknown-person': [
    { id: 'dana', role: 'cast' },
    { id: 'mayor', role: 'chair' },
    { id: 'mayor', role: 'author' },
  ],
  'unknown-cue': [{ cue: 'thunder' }],
  'cue-not-listed': [{ cue: 'stamp' }],
  'unknown-decision': [{ id: 'q-nowhere' }],
  'unknown-next': [{ id: 'd-nowhere' }],
  'unknown-option': [{ decision: 'd-final', option: 'chat' }],
  'flag-never-set': [{ flag: 'collision' }],
  'unknown-meter': [{ id: 'risk' }],
  'meter-condition-unbounded': [{}],
  'meter-condition-impossible': [{}],
  'unknown-place': [{ id: 'atlantis' }],
  'unknown-meeting': [{ id: 'meeting-9' }],
  'history-unknown-option': [{ option: 'sink' }],
  'unknown-record-kind': [{ id: 'diary' }],
  'comparison-after': [{ id: 'm99' }],
  'comparison-same-record': [{ source: 'm14' }],
  'comparison-quote-elsewhere': [{ source: 'm19', records: ['m14', 'm14-roa'] }],
  'no-other-side': [{}],
  'meeting-unused': [{ meeting: 'm19' }],
  'quick-call-options': [{ count: 4 }],
  'stances-missing': [{ missing: ['firm', 'middle'] }],
  'stances-same': [{}],
  'option-unraised': [{}],
  'raised-and-alternative': [{}],
  'unnamed-conflict': [{}],
  'chair-argued': [{ person: 'chair' }],
  'raised-not-chair': [{ chair: 'chair', person: 'berg' }],
  'flag-unused': [{ flag: 'escalated' }],
  'short-mode-repeat': [{ decision: 'd-talks' }],
  'short-mode-order': [{ decision: 'd-patrols' }],
  'last-ending-not-always': [{}],
  'early-always-ending': [{}],
  cycle: [{ loop: ['d-talks', 'd-final', 'd-talks'] }],
  'decision-unreached': [
    { decision: 'd-inspect', mode: 'full' },
    { decision: 'd-inspect', mode: 'short' },
  ],
  'dead-end': [
    { mode: 'full', choices: [{ decision: 'd-patrols', option: 'pause' }] },
    { mode: 'short', choices: [] },
  ],
  'search-incomplete': [
    { mode: 'full', states: 20000 },
    { mode: 'short', states: 300 },
  ],
  'ending-unreached': [
    { ending: 'hard-bargain', mode: 'full' },
    { ending: 'hard-bargain', mode: 'short' },
  ],
  'set-by-overlay': [{ field: 'translation' }, { field: 'gloss' }],
  'overlay-wrong-scenario': [{ translates: 'lighthouse-test', scenario: 'harbour-test' }],
  'overlay-named-scenario': [{ named: 'harbour-test', translates: 'lighthouse-test' }],
  'overlay-named-language': [{ named: 'fr', language: 'es' }],
  'translation-missing': [
    { unit: 'prose', key: 'title' },
    { unit: 'quote', key: 'decisions[d-patrols].history.citations[0].quote' },
    { unit: 'title', key: 'sources.m1.title' },
  ],
  'translation-not-a-unit': [{ key: 'decisions[d-patrols].id' }],
  'translation-should-be-empty': [{}],
  'translation-empty': [{}],
  'translation-glossary-ids': [
    { english: ['patrol'], translation: [] },
    { english: [], translation: ['patrulla'] },
  ],
  'translation-placeholders': [{ english: [], translation: ['{name}'] }],
  'translation-stale': [{ source: 'stale0', hash: '1a2b3c' }],
  'fetch-failed': [{ detail: 'HTTP 404' }],
  'loader-failed': [{ detail: 'blocked' }, { detail: null }],
  'manifest-empty': [{}],
  'manifest-bad-id': [{}],
  'manifest-bad-file': [{}],
  'manifest-bad-sources': [{}],
} satisfies { [K in ProblemKind]: Params<K>[] };

const ALL: Problem[] = Object.entries(SAMPLES).flatMap(([kind, list]) => (list as object[]).map((p) => ({ kind, ...p }) as Problem));
const KINDS = Object.keys(SAMPLES) as ProblemKind[];

describe('the words of every problem kind', () => {
  it('has samples of some 80 to 100 kinds', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(80);
    expect(KINDS.length).toBeLessThanOrEqual(100);
    expect(Object.keys(diagnosticsEn.problems).sort()).toEqual([...KINDS].sort());
    expect(Object.keys(diagnosticsEs.problems).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s: worded in English and in Spanish, differently', (kind) => {
    for (const p of ALL.filter((x) => x.kind === kind)) {
      const english = problemText(diagnosticsEn, p);
      const spanish = problemText(diagnosticsEs, p);
      expect(english.trim(), JSON.stringify(p)).not.toBe('');
      expect(spanish.trim(), JSON.stringify(p)).not.toBe('');
      expect(spanish, JSON.stringify(p)).not.toBe(english);
      expect(`${english} ${spanish}`).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it('a language missing a kind, or wording a kind from other parameters, fails type-check (an unneeded @ts-expect-error fails too)', () => {
    const { cycle: _cycle, ...withoutCycle } = diagnosticsEn.problems;
    // @ts-expect-error a language without the words of "cycle" is refused
    const missing: DiagnosticWords = { ...diagnosticsEn, problems: withoutCycle };
    // @ts-expect-error the words of "cycle" read its loop: it has no id
    const wrong: DiagnosticWords = { ...diagnosticsEn, problems: { ...diagnosticsEn.problems, cycle: (p: { id: string }) => p.id } };
    expect([missing, wrong].every(Boolean)).toBe(true);
  });

  it('each variant of a kind reads differently', () => {
    for (const words of [diagnosticsEn, diagnosticsEs])
      for (const kind of KINDS) {
        const texts = ALL.filter((p) => p.kind === kind).map((p) => problemText(words, p));
        expect(new Set(texts).size, kind).toBe(texts.length);
      }
  });

  it('keeps the words check:scenarios printed before problems were data', () => {
    const say = (p: Problem) => problemText(diagnosticsEn, p);
    expect(say({ kind: 'unknown-field', field: 'colour', format: 'scenario' })).toBe(
      'unknown field "colour" (not part of the scenario format; check the spelling)',
    );
    expect(say({ kind: 'wrong-type', expected: 'int', found: text })).toBe('expected a whole number, found the text "fifty"');
    expect(say({ kind: 'too-few-items', minimum: 1, rule: 'limits' })).toBe('needs at least 1 item(s) (say at least once what the records cannot tell)');
    expect(say({ kind: 'bad-key', rule: 'id' })).toBe('bad key: an id is lower-case letters, digits and hyphens');
    expect(say({ kind: 'duplicate-id', list: 'glossary', id: 'quota', first: 'glossary[0]' })).toBe(
      'duplicate glossary term id "quota" (first used at glossary[0])',
    );
    expect(say({ kind: 'source-kind-mismatch', declared: 'background', folder: 'meeting' })).toBe(
      'kind is "background" but the file is in the top folder (meeting records)',
    );
    expect(say({ kind: 'source-kind-mismatch', declared: 'meeting', folder: 'aftermath' })).toBe('kind is "meeting" but the file is in the aftermath/ folder');
    expect(say({ kind: 'stances-missing', missing: ['firm', 'middle'] })).toBe(
      'offers no "firm" or "middle" option: a question with three or more options should offer firm, middle and flexible advice',
    );
    expect(say({ kind: 'dead-end', mode: 'short', choices: [] })).toBe(
      'dead end in short mode: playing no choices reaches the end with no ending whose condition holds',
    );
    expect(say({ kind: 'loader-failed', detail: null })).toBe('could not be loaded (the scenario loader did not start: the worker failed)');
  });

  it('words the frame: severity, and the line after the message', () => {
    const d: Diagnostic = {
      file: 'scenarios/x.json',
      path: 'decisions[0]',
      problem: { kind: 'meeting-unused', meeting: 'm19' },
      severity: 'warning',
      line: 3,
      column: 4,
    };
    expect(formatDiagnostic(d, diagnosticsEn)).toBe(
      'scenarios/x.json decisions[0]: warning: meeting "m19" has no decisions, so it is never shown (line 3, column 4)',
    );
    expect(formatDiagnostic(d, diagnosticsEs)).toBe(
      'scenarios/x.json decisions[0]: advertencia: la reunión "m19" no tiene decisiones, así que nunca se muestra (línea 3, columna 4)',
    );
    expect(formatDiagnosticAt({ ...d, severity: 'error' }, diagnosticsEs)).toBe(
      'scenarios/x.json:3:4 decisions[0]: error: la reunión "m19" no tiene decisiones, así que nunca se muestra',
    );
  });
});

describe('the catalogue gives the words of the language in use', () => {
  it('English and Spanish load their own words; the pseudo-locale wraps every sentence in ⟦…⟧', async () => {
    expect(await en.diagnostics()).toBe(diagnosticsEn);
    expect(await es.diagnostics()).toBe(diagnosticsEs);
    const pseudo: DiagnosticWords = await pseudoOf(en).diagnostics();
    for (const p of ALL) expect(problemText(pseudo, p)).toMatch(/^⟦.*⟧$/s);
    expect(pseudo.severity.warning).toBe('⟦warning⟧');
    expect(pseudo.lineColumn(3, 4)).toBe('⟦line 3, column 4⟧');
  });

  it('follows loadLanguage', async () => {
    try {
      await loadLanguage('es');
      expect(await strings.diagnostics()).toBe(diagnosticsEs);
    } finally {
      await loadLanguage('en');
    }
    expect(await strings.diagnostics()).toBe(diagnosticsEn);
  });

  it('a failed load survives the worker’s postMessage (structured clone) as the same data', () => {
    const r = loadScenario({ scenarioPath: 'x.json', scenarioText: '{"formatVersion": 9}', sources: {} });
    const loaded: Loaded = r.ok ? { ok: false, diagnostics: [] } : { ok: false, diagnostics: r.diagnostics };
    const copy = structuredClone(loaded);
    expect(copy).toEqual(loaded);
    if (!copy.ok)
      expect(copy.diagnostics.map((d) => formatDiagnostic(d, diagnosticsEs))).toEqual([
        'x.json formatVersion: la versión de formato 9 es más nueva de lo que este juego puede leer (lee las versiones 2 a 2); actualiza el juego (línea 1, columna 2)',
      ]);
  });
});
