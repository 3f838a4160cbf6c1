/** What every pass looks things up in: the scenario's ids, gathered once. */
import type { Decision, Meeting, Person, Scenario } from '../scenario/schema';

export type Lookups = {
  cast: Set<string>;
  people: Map<string, Person>;
  meters: Set<string>;
  meetings: Map<string, Meeting>;
  decisions: Map<string, Decision>;
  places: Set<string>;
  glossary: Set<string>;
  /** The cues the scenario lists in `cues`. */
  listedCues: Set<string>;
  /** Flags some option or event sets. */
  setFlags: Set<string>;
};

export function lookups(s: Scenario): Lookups {
  const setFlags = new Set<string>();
  for (const d of s.decisions) for (const o of d.options) o.setFlags.forEach((f) => setFlags.add(f));
  for (const e of s.events) e.setFlags.forEach((f) => setFlags.add(f));
  return {
    cast: new Set(s.cast.map((p) => p.id)),
    people: new Map(s.cast.map((p) => [p.id, p])),
    meters: new Set(s.meters.map((m) => m.id)),
    meetings: new Map(s.meetings.map((m) => [m.id, m])),
    decisions: new Map(s.decisions.map((d) => [d.id, d])),
    places: new Set(s.places.map((p) => p.id)),
    glossary: new Set(s.glossary.map((g) => g.id)),
    listedCues: new Set(s.cues),
    setFlags,
  };
}
