/**
 * The layout of the authoring checks (game/core/check/), the prose marks in the schema, the generated JSON
 * Schema and the line numbers of check:scenarios. The rules themselves are pinned by the broken corpus
 * (scenario-load.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../game/core/check';
import { formatPath, parentPath, type Diagnostic } from '../../../game/core/scenario/diagnostic';
import { formatWithLines, jsonLocator, positionAt, scanJson } from '../../../game/core/scenario/json-position';
import { loadScenario } from '../../../game/core/scenario/load';
import { proseFieldPatterns, proseFields } from '../../../game/core/scenario/prose';
import { PROSE, scenarioSchema } from '../../../game/core/scenario/schema';
import { textFields } from '../../../game/core/scenario/walk';
import { diagnosticsEn } from '../../../game/ui/strings/diagnostics.en';
import { scenarioJsonSchemaText, SCHEMA_FILE } from '../../../scripts/scenario-schema';
import { english, englishAt } from '../../helpers/diagnostics';
import { listFiles, readScenarioFiles, ROOT } from '../../helpers/disk';
import { loadMini, MINI_PATH, MINI_SOURCES } from '../../helpers/scenarios';

describe('prose fields, marked in the schema', () => {
  it('marks every field a player reads, and only those', () => {
    expect(proseFieldPatterns()).toEqual([
      'title',
      'presentation.shortTitle',
      'presentation.premise',
      'presentation.centralQuestion',
      'presentation.epilogueDates',
      'presentation.room',
      'presentation.about[]',
      'meters[].label',
      'meters[].description',
      'cast[].name',
      'cast[].title',
      'cast[].bio',
      'cast[].short',
      'prologue.heading',
      'prologue.paragraphs[]',
      'prologue.citations[].note',
      'meetings[].time',
      'meetings[].place',
      'meetings[].header',
      'meetings[].classification',
      'meetings[].participantsNote',
      'meetings[].intelligence[].text',
      'meetings[].intelligence[].citations[].note',
      'meetings[].otherSide[].text',
      'meetings[].otherSide[].citations[].note',
      'meetings[].summary',
      'decisions[].title',
      'decisions[].question',
      'decisions[].context',
      'decisions[].positions[].text',
      'decisions[].positions[].citations[].note',
      'decisions[].options[].label',
      'decisions[].options[].advice',
      'decisions[].options[].arguedBy[].text',
      'decisions[].options[].arguedBy[].citations[].note',
      'decisions[].options[].raisedBy[].text',
      'decisions[].options[].raisedBy[].citations[].note',
      'decisions[].options[].consequence.headline',
      'decisions[].options[].consequence.text',
      'decisions[].options[].consequence.citations[].note',
      'decisions[].options[].consequence.basis.text',
      'decisions[].options[].consequence.basis.citations[].note',
      'decisions[].history.summary',
      'decisions[].history.citations[].note',
      'decisions[].history.later.text',
      'decisions[].history.later.citations[].note',
      'decisions[].reflection',
      'events[].consequence.headline',
      'events[].consequence.text',
      'events[].consequence.citations[].note',
      'events[].consequence.basis.text',
      'events[].consequence.basis.citations[].note',
      'endings[].title',
      'endings[].text',
      'endings[].history',
      'endings[].citations[].note',
      'epilogue[].text',
      'epilogue[].citations[].note',
      'glossary[].term',
      'glossary[].definition',
      'places[].name',
      'places[].reference',
      'places[].note',
      'fallbackReflections[]',
      'limits[]',
      'writtenTask.intro',
      'writtenTask.excerpts[].sourcing',
      'writtenTask.excerpts[].citation.note',
      'writtenTask.starters[]',
      'writtenTask.rubric[].criterion',
      'writtenTask.rubric[].description',
      'recordKinds[].name',
      'recordKinds[].who',
      'recordKinds[].when',
      'recordKinds[].shows',
      'recordKinds[].cannotShow',
      'comparisons[].title',
      'comparisons[].intro',
      'comparisons[].questions[].question',
      'comparisons[].questions[].choices[]',
      'comparisons[].questions[].answer',
      'comparisons[].questions[].citations[].note',
    ]);
  });

  it('leaves ids, verbatim quotes, dates, paths and archival references unmarked (a new text field must choose)', () => {
    const unmarked = [
      ...new Set(textFields(scenarioSchema).flatMap((f) => (PROSE.has(f.schema) ? [] : [f.pattern.replace(/(\[\]|\{\})+$/, '').replace(/^.*[.\]}]/, '')]))),
    ];
    expect(unmarked.sort()).toEqual(
      [
        '$schema',
        'id',
        'chair',
        'codePrefix',
        'map',
        'cue',
        'words',
        'file',
        'title', // sources{}.title: the document's own title
        'date',
        'citation',
        'author',
        'aliases',
        'source',
        'quote',
        'participants',
        'speaker',
        'mapPlaces',
        'meeting',
        'setFlags',
        'next',
        'option',
        'shortMode',
        'after',
        'decision',
        'options',
        'flag',
        'cues',
        'recordKind', // sources{}: an id of recordKinds
        'records', // comparisons[]: the two source keys compared
        'translation', // citations: set by the translation overlay (a quote's translation), never in a scenario file
        'gloss', // sources{}: set by the translation overlay (the title's gloss), never in a scenario file
        'clock', // meetings[]: the meeting's time on the 24-hour clock ("16:30"), for the room's wall clock
      ].sort(),
    );
    expect(textFields(scenarioSchema).filter((f) => !PROSE.has(f.schema) && f.pattern.endsWith('title'))).toEqual([
      expect.objectContaining({ pattern: 'sources{}.title' }),
    ]);
  });

  it('lists the prose of a loaded scenario with paths, the presentation and fallback reflections included, quotes and ids left out', () => {
    const s = loadMini();
    const fields = proseFields(s);
    const at = new Map(fields.map((f) => [f.path, f.text]));
    expect(at.get('presentation.premise')).toBe(s.presentation.premise);
    expect(at.get('presentation.about[0]')).toBe(s.presentation.about[0]);
    expect(at.get('fallbackReflections[2]')).toBe(s.fallbackReflections[2]);
    expect(at.get('decisions[0].options[1].advice')).toBe(s.decisions[0]!.options[1]!.advice);
    expect(at.get('decisions[0].context')).toBe(s.decisions[0]!.context);
    expect(fields.some((f) => /\.(quote|id|speaker|source|file|cue)$/.test(f.path))).toBe(false);
    expect(fields.every((f) => typeof f.text === 'string' && formatPath(f.keys) === f.path)).toBe(true);
    // File order, the first field first.
    expect(fields[0]).toEqual({ path: 'title', keys: ['title'], text: s.title });
  });

  it('finds every prose string of the shipped scenario', () => {
    const r = loadScenario(readScenarioFiles('scenarios/excomm-1962.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fields = proseFields(r.scenario);
    expect(fields.length).toBeGreaterThan(500);
    expect(fields.filter((f) => f.text.includes('[['))).not.toEqual([]);
  });
});

describe('the checks in game/core/check', () => {
  it('gates the shape of play on sound references: an unknown meeting gives no reachability or ending errors', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    const s = structuredClone(loadMini()) as ReturnType<typeof loadMini> & { decisions: { meeting: string; next?: string }[] };
    s.decisions[4]!.meeting = 'meeting-9';
    s.decisions[2]!.next = 'd-final'; // would make d-inspect unreachable if the shape were checked
    s.decisions[2]!.options.forEach((o) => ((o as { next?: string }).next = 'd-final'));
    const d = checkScenario(MINI_PATH, s, files.sources);
    expect(d.filter((x) => x.severity === 'error').map((x) => x.path)).toEqual(['decisions[4].meeting']);
  });

  it('checks quotes in every citation the schema knows (prologue included)', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    const s = structuredClone(loadMini());
    (s.prologue!.citations as { quote: string }[]).push({ quote: 'words no record holds', source: s.prologue!.citations[0]?.source ?? 'm1' } as never);
    const d = checkScenario(MINI_PATH, s, files.sources);
    expect(d.map((x) => x.path)).toContain(`prologue.citations[${s.prologue!.citations.length - 1}].quote`);
  });

  it('has no import cycle in game/core, and only scenario/load.ts imports the checks', () => {
    const core = join(ROOT, 'game/core');
    const files = listFiles(core).filter((f) => f.endsWith('.ts'));
    const edges = new Map<string, string[]>();
    for (const f of files) {
      const text = readFileSync(join(core, f), 'utf8');
      const targets = [...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from '(\.{1,2}\/[^']+)'/gm)].map((m) => {
        const parts = [...f.split('/').slice(0, -1), ...m[1]!.split('/')];
        const out: string[] = [];
        for (const p of parts) {
          if (p === '..') out.pop();
          else if (p !== '.') out.push(p);
        }
        const base = out.join('/');
        return files.includes(`${base}.ts`) ? `${base}.ts` : `${base}/index.ts`;
      });
      edges.set(f, targets);
    }
    const importersOfCheck = [...edges].filter(([f, ts]) => !f.startsWith('check/') && ts.some((t) => t.startsWith('check/'))).map(([f]) => f);
    expect(importersOfCheck).toEqual(['scenario/load.ts']);
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      state.set(f, 1);
      for (const t of edges.get(f) ?? []) {
        if (state.get(t) === 1) cycles.push([...stack.slice(stack.indexOf(t)), f, t].join(' → '));
        else if (!state.has(t)) visit(t, [...stack, f]);
      }
      state.set(f, 2);
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });
});

describe('the JSON Schema for editors', () => {
  it('scenarios/scenario.schema.json is up to date with the zod schema (run `npm run schema`)', () => {
    expect(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the format: strict objects, required fields, the recursive condition, and "$schema"', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema).toEqual({ type: 'string' });
    expect(schema.required).toContain('presentation');
    expect(schema.required).not.toContain('events'); // defaulted: may be left out of the file
    expect(Object.keys(schema.$defs)).toEqual(['condition']);
  });

  it('the shipped scenario points at it, and the game accepts the key', () => {
    const text = readFileSync(join(ROOT, 'scenarios/excomm-1962.json'), 'utf8');
    expect(text.split('\n')[1]).toBe('  "$schema": "./scenario.schema.json",');
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    const withKey = files.scenarioText.replace(/^\{/, '{\n  "$schema": "../../../scenarios/scenario.schema.json",');
    expect(loadScenario({ ...files, scenarioText: withKey }).ok).toBe(true);
  });
});

describe('line numbers for diagnostics', () => {
  const broken = (name: string) => {
    const files = readScenarioFiles(`tests/fixtures/broken/${name}.json`, MINI_SOURCES);
    const r = loadScenario(files);
    if (r.ok) throw new Error(`${name} loads`);
    return { files, diagnostics: r.diagnostics, lines: files.scenarioText.split('\n') };
  };

  it('puts a diagnostic from the broken corpus on the line of its field', () => {
    const { files, diagnostics, lines } = broken('topic-cue-unknown');
    const formatted = formatWithLines(files, diagnostics, diagnosticsEn);
    const line = formatted.find((l) => l.includes('presentation.topicCues[0].cue'))!;
    const m = /^tests\/fixtures\/broken\/topic-cue-unknown\.json:(\d+):(\d+) presentation\.topicCues\[0\]\.cue: error: unknown sound cue "seagulls"/.exec(line);
    expect(m, line).not.toBeNull();
    expect(lines[Number(m![1]) - 1]!.slice(Number(m![2]) - 1)).toBe('"cue": "seagulls",');
  });

  it('an unknown field is found at its key; a missing one at its object', () => {
    const unknown = broken('unknown-field');
    const at = jsonLocator(unknown.files.scenarioText)('decisions[0].colour')!;
    expect(unknown.lines[at.line - 1]!.trim()).toBe('"colour": "red"');
    const missing = broken('missing-field');
    const d = missing.diagnostics.find((x) => x.path === 'decisions[1].question')!;
    const obj = jsonLocator(missing.files.scenarioText)(d.path)!;
    expect(obj).toEqual(jsonLocator(missing.files.scenarioText)('decisions[1]'));
    expect(missing.lines[obj.line - 1]!.trim()).toBe('{');
  });

  it('reads keys that need quoting, escapes, and the whole file', () => {
    const text = '{\n  "a b": [1, {"x\\"y": true}],\n  "c": "d"\n}';
    const loc = jsonLocator(text);
    expect(loc('["a b"][1]["x\\"y"]')).toEqual({ line: 2, column: 15 });
    expect(loc('c')).toEqual({ line: 3, column: 3 });
    expect(loc('')).toEqual({ line: 1, column: 1 });
    expect(loc('nowhere.at.all')).toEqual({ line: 1, column: 1 });
    expect(parentPath('decisions[3].options')).toBe('decisions[3]');
    expect(parentPath('decisions[3]')).toBe('decisions');
    expect(parentPath('decisions')).toBe('');
    expect(parentPath('sources["a b"]')).toBe('sources');
    expect(scanJson('{"a": }').fault).toBe(6);
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('a failed load places each diagnostic, and the error screen shows the line after the message', () => {
    const { diagnostics, lines } = broken('unknown-field');
    const d = diagnostics.find((x) => x.path === 'decisions[0].colour')!;
    expect(lines[d.line! - 1]!.slice(d.column! - 1)).toBe('"colour": "red"');
    expect(english(d)).toBe(
      `tests/fixtures/broken/unknown-field.json decisions[0].colour: unknown field "colour" (not part of the scenario format; check the spelling) (line ${d.line}, column ${d.column})`,
    );
    expect(englishAt(d)).toMatch(/^tests\/fixtures\/broken\/unknown-field\.json:\d+:7 decisions\[0\]\.colour: error: unknown field/);
    // A scenario that loads carries no positions on its warnings (the common case pays nothing).
    const ok = loadScenario(readScenarioFiles(MINI_PATH, MINI_SOURCES));
    expect(ok.ok && ok.warnings.every((w) => w.line === undefined)).toBe(true);
  });

  it('formats like a compiler, with or without a place', () => {
    const d: Diagnostic = { file: 'scenarios/x.json', path: 'decisions[2].options[0].label', problem: { kind: 'empty-text' }, severity: 'error' };
    expect(englishAt(d, { line: 123, column: 5 })).toBe('scenarios/x.json:123:5 decisions[2].options[0].label: error: must not be empty');
    expect(englishAt({ ...d, path: '', severity: 'warning' })).toBe('scenarios/x.json: warning: must not be empty');
  });

  it('a JSON syntax error names its line even when the engine gives no offset', () => {
    const { diagnostics } = broken('bad-json');
    expect(diagnostics[0]).toMatchObject({ problem: { kind: 'bad-json' }, line: 2, column: 12 });
    expect(english(diagnostics[0]!)).toMatch(/^tests\/fixtures\/broken\/bad-json\.json: not valid JSON: .*\(line 2, column 12\)$/s);
    expect(englishAt(diagnostics[0]!)).toMatch(/^tests\/fixtures\/broken\/bad-json\.json:2:12: error: not valid JSON: /);
  });
});
