/**
 * Reading the records: every source's `recordKind` names a sourcing card of `recordKinds`, and every comparison
 * is offered at a known place, sets two different known records side by side, and quotes only those two.
 * (The quotes themselves are checked word for word with every other citation, in citations.ts.)
 */
import { END } from '../rules/engine';
import type { Scenario } from '../scenario/schema';
import type { Report } from './report';

export function checkReadingRecords(s: Scenario, r: Report): void {
  const kinds = new Set(s.recordKinds.map((k) => k.id));
  for (const [key, src] of Object.entries(s.sources)) {
    if (src.recordKind !== undefined && !kinds.has(src.recordKind)) r.err(['sources', key, 'recordKind'], { kind: 'unknown-record-kind', id: src.recordKind });
  }
  const meetings = new Set(s.meetings.map((m) => m.id));
  s.comparisons.forEach((c, i) => {
    if (c.after !== END && !meetings.has(c.after)) r.err(['comparisons', i, 'after'], { kind: 'comparison-after', id: c.after });
    c.records.forEach((key, j) => {
      if (!(key in s.sources)) r.err(['comparisons', i, 'records', j], { kind: 'unknown-source', source: key });
    });
    if (c.records.length === 2 && c.records[0] === c.records[1])
      r.err(['comparisons', i, 'records', 1], { kind: 'comparison-same-record', source: c.records[1]! });
    c.questions.forEach((q, j) =>
      q.citations.forEach((cite, k) => {
        if (!c.records.includes(cite.source))
          r.err(['comparisons', i, 'questions', j, 'citations', k, 'source'], {
            kind: 'comparison-quote-elsewhere',
            source: cite.source,
            records: [...c.records],
          });
      }),
    );
  });
}
