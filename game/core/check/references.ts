/**
 * References: every id the scenario uses names something that exists: people, meetings, decisions, meters,
 * places, flags, sound cues, options in conditions and in history.
 */
import { isKnownCue } from '../cues';
import { END } from '../rules/engine';
import type { Key } from '../scenario/diagnostic';
import { scenarioSchema, statementSchema, type Condition, type Scenario, type Statement } from '../scenario/schema';
import { reaches, walkWithSchema } from '../scenario/walk';
import type { Lookups } from './context';
import type { Report } from './report';

/** `playOrderOk`: decisions name known meetings and `next` names known decisions. `conditionsOk`: no condition has an error. */
export type ReferencesResult = { playOrderOk: boolean; conditionsOk: boolean };

const holdsStatements = reaches((schema) => schema === statementSchema);

/** People: every speaker, participant, source author and the chair are in the cast. */
function checkPeople(s: Scenario, at: Lookups, r: Report): void {
  walkWithSchema(scenarioSchema, s, (schema, value, path) => {
    if (!holdsStatements(schema)) return false;
    if (schema !== statementSchema) return;
    const sp = (value as Statement).speaker;
    if (!at.cast.has(sp)) r.err([...path, 'speaker'], { kind: 'unknown-person', id: sp, role: 'cast' });
    return false;
  });
  if (!at.cast.has(s.chair)) r.err(['chair'], { kind: 'unknown-person', id: s.chair, role: 'chair' });
  for (const [key, src] of Object.entries(s.sources)) {
    if (src.author !== undefined && !at.cast.has(src.author)) r.err(['sources', key, 'author'], { kind: 'unknown-person', id: src.author, role: 'author' });
  }
  s.meetings.forEach((m, i) =>
    m.participants.forEach((p, j) => {
      if (!at.cast.has(p)) r.err(['meetings', i, 'participants', j], { kind: 'unknown-person', id: p, role: 'cast' });
    }),
  );
}

/** Sound cues: known to the game, and listed in the scenario's `cues`. */
function checkCues(s: Scenario, at: Lookups, r: Report): void {
  s.cues.forEach((c, i) => {
    if (!isKnownCue(c)) r.err(['cues', i], { kind: 'unknown-cue', cue: c });
  });
  const check = (cue: string | undefined, path: Key[]) => {
    if (cue === undefined) return;
    if (!isKnownCue(cue)) r.err(path, { kind: 'unknown-cue', cue });
    else if (!at.listedCues.has(cue)) r.err(path, { kind: 'cue-not-listed', cue });
  };
  s.presentation.topicCues.forEach((t, i) => check(t.cue, ['presentation', 'topicCues', i, 'cue']));
  s.decisions.forEach((d, i) => d.options.forEach((o, j) => check(o.consequence.cue, ['decisions', i, 'options', j, 'consequence', 'cue'])));
  s.events.forEach((e, i) => check(e.consequence.cue, ['events', i, 'consequence', 'cue']));
  s.endings.forEach((e, i) => check(e.cue, ['endings', i, 'cue']));
}

/** The parts of a condition: decisions and their options, flags something sets, meters and sane bounds. */
function checkCondition(c: Condition, path: Key[], at: Lookups, r: Report): void {
  if ('chose' in c) {
    const d = at.decisions.get(c.chose.decision);
    if (!d) r.err([...path, 'chose', 'decision'], { kind: 'unknown-decision', id: c.chose.decision });
    else
      c.chose.options.forEach((o, i) => {
        if (!d.options.some((x) => x.id === o)) r.err([...path, 'chose', 'options', i], { kind: 'unknown-option', decision: d.id, option: o });
      });
  } else if ('flag' in c) {
    if (!at.setFlags.has(c.flag)) r.err([...path, 'flag'], { kind: 'flag-never-set', flag: c.flag });
  } else if ('meter' in c) {
    if (!at.meters.has(c.meter.id)) r.err([...path, 'meter', 'id'], { kind: 'unknown-meter', id: c.meter.id });
    if (c.meter.atLeast === undefined && c.meter.atMost === undefined) r.err([...path, 'meter'], { kind: 'meter-condition-unbounded' });
    if (c.meter.atLeast !== undefined && c.meter.atMost !== undefined && c.meter.atLeast > c.meter.atMost)
      r.err([...path, 'meter'], { kind: 'meter-condition-impossible' });
  } else if ('all' in c) c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], at, r));
  else if ('any' in c) c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], at, r));
  else if ('not' in c) checkCondition(c.not, [...path, 'not'], at, r);
}

export function checkReferences(s: Scenario, at: Lookups, r: Report): ReferencesResult {
  checkPeople(s, at, r);
  checkCues(s, at, r);
  const effects = (list: Record<string, number>, path: Key[]) => {
    for (const k of Object.keys(list)) if (!at.meters.has(k)) r.err([...path, k], { kind: 'unknown-meter', id: k });
  };
  const places = (list: readonly string[], path: Key[]) =>
    list.forEach((p, i) => {
      if (!at.places.has(p)) r.err([...path, i], { kind: 'unknown-place', id: p });
    });
  const decisionOrEnd = (next: string | undefined, path: Key[]): boolean => {
    if (next === undefined || next === END || at.decisions.has(next)) return true;
    r.err(path, { kind: 'unknown-next', id: next });
    return false;
  };

  let playOrderOk = true;
  s.meetings.forEach((m, i) => places(m.mapPlaces, ['meetings', i, 'mapPlaces']));
  s.decisions.forEach((d, i) => {
    const here: Key[] = ['decisions', i];
    if (!at.meetings.has(d.meeting)) {
      r.err([...here, 'meeting'], { kind: 'unknown-meeting', id: d.meeting });
      playOrderOk = false;
    }
    if (!decisionOrEnd(d.next, [...here, 'next'])) playOrderOk = false;
    if (!d.options.some((o) => o.id === d.history.option)) r.err([...here, 'history', 'option'], { kind: 'history-unknown-option', option: d.history.option });
    places(d.mapPlaces, [...here, 'mapPlaces']);
    d.options.forEach((o, j) => {
      if (!decisionOrEnd(o.next, [...here, 'options', j, 'next'])) playOrderOk = false;
      effects(o.effects, [...here, 'options', j, 'effects']);
    });
  });

  // The ending search needs sound conditions; other broken references of events do not stop it.
  let conditionErrors = 0;
  const condition = (c: Condition, path: Key[]) => {
    const before = r.errorCount();
    checkCondition(c, path, at, r);
    conditionErrors += r.errorCount() - before;
  };
  s.events.forEach((e, i) => {
    if (!at.decisions.has(e.after)) r.err(['events', i, 'after'], { kind: 'unknown-decision', id: e.after });
    condition(e.when, ['events', i, 'when']);
    effects(e.effects, ['events', i, 'effects']);
  });
  s.endings.forEach((e, i) => condition(e.when, ['endings', i, 'when']));
  return { playOrderOk, conditionsOk: conditionErrors === 0 };
}
