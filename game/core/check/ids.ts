/** Unique ids: in every list of the scenario, and for options within their decision. */
import type { Key } from '../scenario/diagnostic';
import { formatPath } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/schema';
import type { Report } from './report';

/** Reports duplicates; `playIdsUnique` is false when decisions, options or endings repeat an id (play order cannot be worked out). */
export function checkIds(s: Scenario, r: Report): { playIdsUnique: boolean } {
  let playIdsUnique = true;
  const unique = (list: readonly { id: string }[], base: Key, what: string) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const at = first.get(item.id);
      if (at !== undefined) {
        r.err([base, i, 'id'], `duplicate ${what} id "${item.id}" (first used at ${formatPath([base, at])})`);
        if (base === 'decisions' || base === 'endings') playIdsUnique = false;
      } else first.set(item.id, i);
    });
  };
  unique(s.meters, 'meters', 'meter');
  unique(s.cast, 'cast', 'person');
  unique(s.meetings, 'meetings', 'meeting');
  unique(s.decisions, 'decisions', 'decision');
  unique(s.events, 'events', 'event');
  unique(s.endings, 'endings', 'ending');
  unique(s.glossary, 'glossary', 'glossary term');
  unique(s.places, 'places', 'place');
  s.decisions.forEach((d, i) => {
    const first = new Map<string, number>();
    d.options.forEach((o, j) => {
      const at = first.get(o.id);
      if (at !== undefined) {
        r.err(['decisions', i, 'options', j, 'id'], `duplicate option id "${o.id}" in decision "${d.id}"`);
        playIdsUnique = false;
      } else first.set(o.id, j);
    });
  });
  const numbers = new Map<number, number>();
  s.meetings.forEach((m, i) => {
    if (numbers.has(m.number)) r.warn(['meetings', i, 'number'], `meeting number ${m.number} is used twice`);
    numbers.set(m.number, i);
  });
  return { playIdsUnique };
}
