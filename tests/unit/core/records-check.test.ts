/**
 * The checks on reading the records (game/core/check/records.ts): a source's recordKind must name a sourcing
 * card, and a comparison must be offered at a known place and quote only the two records it compares. The
 * shipped scenario passes them; each broken copy fails with the named problem.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../game/core/scenario/load';
import type { Problem } from '../../../game/core/scenario/diagnostic';
import { readScenarioFiles } from '../../helpers/disk';
import { message } from '../../helpers/diagnostics';
import { REAL_PATH } from '../../helpers/scenarios';

type Raw = {
  sources: Record<string, { recordKind?: string }>;
  recordKinds: { id: string }[];
  comparisons: { id: string; after: string; records: string[]; questions: { citations: { source: string; quote: string }[] }[] }[];
};

const files = readScenarioFiles(REAL_PATH);

function problemsAfter(change: (raw: Raw) => void): { path: string; problem: Problem; text: string }[] {
  const raw = JSON.parse(files.scenarioText) as Raw;
  change(raw);
  const r = loadScenario({ ...files, scenarioText: JSON.stringify(raw) });
  const list = r.ok ? r.warnings : r.diagnostics;
  return list.filter((d) => d.severity === 'error').map((d) => ({ path: d.path, problem: d.problem, text: message(d) }));
}

describe('reading the records: check rules', () => {
  it('the shipped scenario gives every source a known kind, and has both comparisons', () => {
    const raw = JSON.parse(files.scenarioText) as Raw;
    const kinds = new Set(raw.recordKinds.map((k) => k.id));
    for (const [key, src] of Object.entries(raw.sources)) expect(kinds.has(src.recordKind ?? ''), key).toBe(true);
    expect(raw.comparisons.map((c) => [c.id, c.after, c.records])).toEqual([
      ['meeting-14', 'm14', ['m14', 'm14-roa']],
      ['december-3', 'end', ['excomm32', 'mccone-dec3']],
    ]);
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses an unknown recordKind id', () => {
    const found = problemsAfter((raw) => {
      raw.sources['m14']!.recordKind = 'diary';
    });
    expect(found).toEqual([
      { path: 'sources.m14.recordKind', problem: { kind: 'unknown-record-kind', id: 'diary' }, text: expect.stringContaining('"diary"') },
    ]);
  });

  it('refuses a repeated record kind id', () => {
    const found = problemsAfter((raw) => {
      raw.recordKinds.push({ ...raw.recordKinds[0]! });
    });
    expect(found.map((f) => f.problem.kind)).toEqual(['duplicate-id']);
  });

  it('refuses a comparison offered nowhere, of unknown or identical records, or quoting a third record', () => {
    const found = problemsAfter((raw) => {
      const c = raw.comparisons[0]!;
      c.after = 'm99';
      raw.comparisons[1]!.records = ['excomm32', 'excomm32'];
      c.records = ['m14', 'nowhere'];
      c.questions[0]!.citations.push({ source: 'm19', quote: 'Bromley Smith' });
    });
    const kinds = found.map((f) => f.problem.kind);
    expect(kinds).toContain('comparison-after');
    expect(kinds).toContain('unknown-source');
    expect(kinds).toContain('comparison-same-record');
    expect(kinds.filter((k) => k === 'comparison-quote-elsewhere').length).toBeGreaterThanOrEqual(2); // m14-roa and m19 are now outside
    expect(found.find((f) => f.problem.kind === 'comparison-after')?.path).toBe('comparisons[0].after');
  });

  it('checks comparison quotes word for word like every other citation', () => {
    const found = problemsAfter((raw) => {
      raw.comparisons[0]!.questions[0]!.citations[0]!.quote = 'Director McCone admitted nothing at all.';
    });
    expect(found.map((f) => [f.path, f.problem.kind])).toEqual([['comparisons[0].questions[0].citations[0].quote', 'quote-not-found']]);
  });
});
