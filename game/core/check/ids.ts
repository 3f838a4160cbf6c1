/** Unique ids: in every list of the scenario, and for options within their decision. */
import { formatPath, type IdList } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/schema';
import type { Report } from './report';

/** Reports duplicates; `playIdsUnique` is false when decisions, options or endings repeat an id (play order cannot be worked out). */
export function checkIds(s: Scenario, r: Report): { playIdsUnique: boolean } {
  let playIdsUnique = true;
  const unique = (list: readonly { id: string }[], base: IdList) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const at = first.get(item.id);
      if (at !== undefined) {
        r.err([base, i, 'id'], { kind: 'duplicate-id', list: base, id: item.id, first: formatPath([base, at]) });
        if (base === 'decisions' || base === 'endings') playIdsUnique = false;
      } else first.set(item.id, i);
    });
  };
  unique(s.meters, 'meters');
  unique(s.cast, 'cast');
  unique(s.meetings, 'meetings');
  unique(s.decisions, 'decisions');
  unique(s.events, 'events');
  unique(s.endings, 'endings');
  unique(s.glossary, 'glossary');
  unique(s.places, 'places');
  unique(s.recordKinds, 'recordKinds');
  unique(s.comparisons, 'comparisons');
  s.decisions.forEach((d, i) => {
    const first = new Map<string, number>();
    d.options.forEach((o, j) => {
      const at = first.get(o.id);
      if (at !== undefined) {
        r.err(['decisions', i, 'options', j, 'id'], { kind: 'duplicate-option-id', id: o.id, decision: d.id });
        playIdsUnique = false;
      } else first.set(o.id, j);
    });
  });
  const numbers = new Map<number, number>();
  s.meetings.forEach((m, i) => {
    if (numbers.has(m.number)) r.warn(['meetings', i, 'number'], { kind: 'meeting-number-reused', number: m.number });
    numbers.set(m.number, i);
  });
  return { playIdsUnique };
}
