/**
 * Pure selectors: a snapshot (or a persisted one) plus the scenario in, exactly what a view needs out.
 * Views never look at the machine's context themselves. Before an answer, the decision screen carries no
 * history, effects or consequences, so nothing can leak what was decided.
 */
import type { Basis, Citation, Consequence, Decision, EpilogueEntry, Meeting, Option, Person, Place, Scenario, Stance } from '../scenario/schema';
import { buildDebrief, optionSponsors, type Debrief } from '../rules/debrief';
import { applyEffects, END, getDecision, getOption, metersAfter, remainingRange } from '../rules/engine';
import type { GameContext } from './machine';
import { assertNever, screenOf, type MetaSnapshot } from './screens';

// The scenario types a view needs, so the view imports from here and not from the file format.
export type { Citation, EpilogueEntry, Person, Place, Stance } from '../scenario/schema';
export type { Debrief, DebriefRow } from '../rules/debrief';
export { STANCES } from '../scenario/stances';

/** A flight or line an answer draws on the map ('u2', 'low-level', 'quarantine'): the file format's own list. */
export type RouteId = Option['routes'][number];

/** A full decision ('decision') or a quick call ('quick', answered on one screen): switch on it, there is no `quick` flag. */
export type DecisionKind = Decision['kind'];

export type MeterView = {
  id: string;
  label: string;
  description: string;
  pattern: Scenario['meters'][number]['pattern'];
  value: number;
  initial: number;
  /** Change since the screen before (answer or event), 0 when none. */
  delta: number;
};

export type StatementView = {
  speaker: Person;
  text: string;
  citations: Citation[];
  /** The cast id to light in the room while this statement is read. */
  spotlight: string;
};

/** A quotation with the date of its source, and whether that date falls after the meeting shown. */
export type DatedCitation = Citation & { date: string | null; later: boolean };

/**
 * A statement from the other side (Moscow or Havana) on a meeting's briefing screen. `date` is the earliest
 * source date among its quotations (null when unknown); `later` is true when that date is after the meeting's
 * date, so everything quoted was said after this meeting.
 */
export type OtherSideView = {
  speaker: Person;
  /** The speaker's side ('soviet', 'cuban', …), for the heading "The view from Moscow and Havana". */
  side: Person['side'];
  text: string;
  citations: DatedCitation[];
  date: string | null;
  later: boolean;
};

export type Progress = {
  /** 1-based number of the question being asked (or just answered). */
  number: number;
  /** Questions in this playthrough, counting the ones still to come on the longest branch. */
  total: number;
  /** False when branches ahead differ in length, so the total may still shrink ("of about 15"). */
  exact: boolean;
};

export type MeetingView = Pick<
  Meeting,
  'id' | 'number' | 'date' | 'time' | 'clock' | 'place' | 'header' | 'classification' | 'participantsNote' | 'summary'
> & {
  participants: Person[];
};

export type OptionView = {
  id: string;
  label: string;
  advice: string;
  /** Nobody in the room raised it (no adviser argued it and the chair did not raise it): the game offers it. */
  alternative: boolean;
  /** Advisers who argued it (never the chair). */
  arguedBy: StatementView[];
  /** The chair (the President) raised it himself. */
  raisedBy: StatementView[];
  /** True when the chair raised it (an adviser may have argued it too). */
  raisedByChair: boolean;
  /** Raised in the room, but the record does not say by whom. */
  unnamed: boolean;
  stance: Stance;
};

/** Why a counterfactual could have happened: a quoted warning (`citations`), or the game's own guess (`inference`). */
export type BasisView = Basis;

export type ConsequenceView = Omit<Consequence, 'cue' | 'basis'> & {
  /** For a counterfactual: what it rests on (null for history, or when the scenario gives none). */
  basis: BasisView | null;
  cue: string | null;
  /** Flights (or the quarantine line) the answer set in motion, for the map; [] for events. */
  routes: RouteId[];
};

export type Screen =
  | { screen: 'prologue'; heading: string; paragraphs: string[]; citations: Citation[]; meters: MeterView[] }
  | { screen: 'opening'; meeting: MeetingView; meters: MeterView[] }
  | {
      screen: 'intelligence';
      meeting: MeetingView;
      intelligence: StatementView[];
      /** The view from Moscow and Havana, in their own recorded words, with the date of each record. */
      otherSide: OtherSideView[];
      places: Place[];
      meters: MeterView[];
    }
  | {
      screen: 'decision';
      meeting: MeetingView;
      decision: { id: string; kind: DecisionKind; title: string; question: string; context: string };
      positions: StatementView[];
      options: OptionView[];
      places: Place[];
      progress: Progress;
      meters: MeterView[];
    }
  | {
      screen: 'consequence';
      meeting: MeetingView;
      decision: { id: string; kind: DecisionKind; title: string; question: string };
      chosen: OptionView;
      consequence: ConsequenceView;
      /** Who to light in the room while the advice is taken: the chair. */
      spotlight: string;
      /** Events still to come after this screen. */
      eventsToCome: number;
      progress: Progress;
      meters: MeterView[];
    }
  | { screen: 'event'; eventId: string; consequence: ConsequenceView; after: { id: string; title: string }; remaining: number; meters: MeterView[] }
  | { screen: 'summary'; meeting: MeetingView; answers: { decisionId: string; title: string; label: string }[]; meters: MeterView[] }
  | {
      screen: 'epilogue';
      ending: {
        id: string;
        title: string;
        kind: 'historical' | 'counterfactual';
        text: string;
        history: string;
        citations: Citation[];
        cue: string | null;
      } | null;
      /** The scenario's dates over the epilogue ("November 1962 – January 1963"), or null. */
      dates: string | null;
      timeline: EpilogueEntry[];
      /** The first and last dates of the timeline (null when it is empty). */
      span: { from: string; to: string } | null;
      meters: MeterView[];
    }
  | { screen: 'debrief'; debrief: Debrief }
  | { screen: 'unknown'; value: unknown };

/** A machine snapshot (the screen comes from its state's meta). */
type SnapshotLike = MetaSnapshot & { value: unknown; context: GameContext };

function person(scenario: Scenario, id: string): Person {
  return scenario.cast.find((p) => p.id === id) ?? { id, name: id, title: '', bio: '', short: id, aliases: [], side: 'us', dress: 'suit' };
}

function statements(scenario: Scenario, list: readonly { speaker: string; text: string; citations: Citation[] }[]): StatementView[] {
  return list.map((s) => ({ speaker: person(scenario, s.speaker), text: s.text, citations: s.citations, spotlight: s.speaker }));
}

function otherSideViews(scenario: Scenario, meeting: Meeting): OtherSideView[] {
  return meeting.otherSide.map((st) => {
    const citations = st.citations.map((c) => {
      const date = scenario.sources[c.source]?.date ?? null;
      return { ...c, date, later: date !== null && date > meeting.date };
    });
    const dates = citations
      .map((c) => c.date)
      .filter((d): d is string => d !== null)
      .sort();
    const date = dates[0] ?? null;
    const speaker = person(scenario, st.speaker);
    return { speaker, side: speaker.side, text: st.text, citations, date, later: date !== null && date > meeting.date };
  });
}

function meetingView(scenario: Scenario, id: string): MeetingView {
  const m = scenario.meetings.find((x) => x.id === id)!;
  return {
    id: m.id,
    number: m.number,
    date: m.date,
    time: m.time,
    clock: m.clock,
    place: m.place,
    header: m.header,
    classification: m.classification,
    participantsNote: m.participantsNote,
    summary: m.summary,
    participants: m.participants.map((p) => person(scenario, p)),
  };
}

/** The places to show on the map (none when the scenario has no map: its presentation names none). */
function places(scenario: Scenario, ids: readonly string[]): Place[] {
  if (!scenario.presentation.map) return [];
  return ids.map((id) => scenario.places.find((p) => p.id === id)).filter((p): p is Place => p !== undefined);
}

export function meterViews(scenario: Scenario, meters: Record<string, number>, before?: Record<string, number>): MeterView[] {
  return scenario.meters.map((m) => {
    const value = meters[m.id] ?? m.initial;
    return {
      id: m.id,
      label: m.label,
      description: m.description,
      pattern: m.pattern,
      value,
      initial: m.initial,
      delta: before ? value - (before[m.id] ?? value) : 0,
    };
  });
}

function consequenceView(c: Consequence, routes: readonly RouteId[] = []): ConsequenceView {
  const counterfactual = c.kind === 'counterfactual';
  return {
    medium: c.medium,
    kind: c.kind,
    headline: c.headline,
    text: c.text,
    citations: c.citations,
    basis: counterfactual && c.basis ? { text: c.basis.text, citations: c.basis.citations, inference: c.basis.inference } : null,
    cue: c.cue ?? null,
    routes: [...routes],
  };
}

function optionView(scenario: Scenario, o: Scenario['decisions'][number]['options'][number]): OptionView {
  const who = optionSponsors(scenario, o);
  return {
    id: o.id,
    label: o.label,
    advice: o.advice,
    alternative: who.nobody,
    arguedBy: statements(scenario, who.advisers),
    raisedBy: statements(scenario, who.chair),
    raisedByChair: who.chair.length > 0,
    unnamed: o.unnamed,
    stance: o.stance,
  };
}

function progress(scenario: Scenario, context: GameContext, number: number, from: string, answered: number): Progress {
  const [lo, hi] = remainingRange(scenario, context.mode, from);
  const total = answered + hi;
  const exact = lo === hi;
  return { number, total, exact };
}

export function selectScreen(scenario: Scenario, snapshot: SnapshotLike): Screen {
  const where = screenOf(snapshot);
  const context = snapshot.context;
  const meters = meterViews(scenario, context.meters);
  if (!where) return { screen: 'unknown', value: snapshot.value };
  switch (where.screen) {
    case 'prologue': {
      const p = scenario.prologue;
      return { screen: 'prologue', heading: p?.heading ?? '', paragraphs: p ? [...p.paragraphs] : [], citations: p?.citations ?? [], meters };
    }
    case 'opening':
      return { screen: 'opening', meeting: meetingView(scenario, where.id), meters };
    case 'intelligence': {
      const m = scenario.meetings.find((x) => x.id === where.id)!;
      return {
        screen: 'intelligence',
        meeting: meetingView(scenario, where.id),
        intelligence: statements(scenario, m.intelligence),
        otherSide: otherSideViews(scenario, m),
        places: places(scenario, m.mapPlaces),
        meters,
      };
    }
    case 'decision': {
      const d = getDecision(scenario, where.id)!;
      const answered = context.choices.length;
      return {
        screen: 'decision',
        meeting: meetingView(scenario, d.meeting),
        decision: { id: d.id, kind: d.kind, title: d.title, question: d.question, context: d.context },
        positions: statements(scenario, d.positions),
        options: d.options.map((o) => optionView(scenario, o)),
        places: places(scenario, d.mapPlaces),
        progress: progress(scenario, context, answered + 1, d.id, answered),
        meters,
      };
    }
    case 'consequence': {
      const d = getDecision(scenario, where.id)!;
      const last = context.choices[context.choices.length - 1]!;
      const o = getOption(scenario, d.id, last.option)!;
      // Deltas show the answer's own effects; follow-up events show theirs on their own screens. Replaying the
      // earlier choices is cheap (a handful of steps) and keeps the context free of history.
      const before = metersAfter(scenario, context.mode, context.choices.slice(0, -1));
      const afterOption = applyEffects(before, o.effects);
      const answered = context.choices.length;
      const rest = context.next === END ? ([0, 0] as const) : remainingRange(scenario, context.mode, context.next);
      return {
        screen: 'consequence',
        meeting: meetingView(scenario, d.meeting),
        decision: { id: d.id, kind: d.kind, title: d.title, question: d.question },
        chosen: optionView(scenario, o),
        consequence: consequenceView(o.consequence, scenario.presentation.map ? o.routes : []),
        spotlight: scenario.chair,
        eventsToCome: context.pending.length,
        progress: { number: answered, total: answered + rest[1], exact: rest[0] === rest[1] },
        meters: meterViews(scenario, afterOption, before),
      };
    }
    case 'event': {
      const id = context.pending[0] ?? '';
      const e = scenario.events.find((x) => x.id === id);
      const d = getDecision(scenario, where.id);
      if (!e) return { screen: 'unknown', value: snapshot.value };
      return {
        screen: 'event',
        eventId: e.id,
        consequence: consequenceView(e.consequence),
        after: { id: where.id, title: d?.title ?? where.id },
        remaining: context.pending.length - 1,
        meters,
      };
    }
    case 'summary': {
      const answers = context.choices
        .filter((c) => getDecision(scenario, c.decision)?.meeting === where.id)
        .map((c) => ({ decisionId: c.decision, title: getDecision(scenario, c.decision)!.title, label: getOption(scenario, c.decision, c.option)!.label }));
      return { screen: 'summary', meeting: meetingView(scenario, where.id), answers, meters };
    }
    case 'epilogue': {
      const e = scenario.endings.find((x) => x.id === context.ending);
      const [first, last] = [scenario.epilogue[0], scenario.epilogue[scenario.epilogue.length - 1]];
      return {
        screen: 'epilogue',
        ending: e ? { id: e.id, title: e.title, kind: e.kind, text: e.text, history: e.history, citations: e.citations, cue: e.cue ?? null } : null,
        dates: scenario.presentation.epilogueDates ?? null,
        timeline: [...scenario.epilogue],
        span: first && last ? { from: first.date, to: last.date } : null,
        meters,
      };
    }
    case 'debrief':
      return { screen: 'debrief', debrief: buildDebrief(scenario, context) };
    default:
      return assertNever(where.screen, 'screen');
  }
}
