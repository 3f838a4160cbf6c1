/**
 * The debrief: the student's advice beside what was decided, question by question, never "right" or
 * "wrong" — only matched or differed — then the ending, why it came, and questions to think about.
 */
import type { Citation, Decision, Ending, Option, Scenario, Stance, Statement } from '../scenario/schema';
import { conditionRefs, type Choice } from './conditions';
import { stanceCounts, type StanceCounts } from './stance';
import { getOption, simulatePrefix, type Mode } from './engine';

export type MeterReading = { id: string; label: string; value: number };

export type Speaker = { personId: string; name: string; short: string; title: string };

export type SpeakerStatement = Speaker & { text: string; citations: Citation[] };

export type { StanceCounts } from './stance';

export type DebriefSide = {
  optionId: string;
  label: string;
  /** Nobody in the room raised it (no adviser argued it, the chair did not raise it): the game offered it. */
  alternative: boolean;
  /** Advisers who argued it (never the chair). */
  arguedBy: SpeakerStatement[];
  /** The chair (the President) raised it himself. */
  raisedBy: SpeakerStatement[];
  /** True when the chair raised it (whether or not an adviser argued it too). */
  raisedByChair: boolean;
  /** Raised in the room, but the record does not say by whom. */
  unnamed: boolean;
  stance: Stance;
  chosen: boolean;
  historical: boolean;
};

export type DebriefRow = {
  decisionId: string;
  /** 'quick': a quick call, one line in the debrief. */
  kind: Decision['kind'];
  title: string;
  question: string;
  meeting: { id: string; number: number; date: string };
  student: { optionId: string; label: string; advice: string; alternative: boolean; raisedByChair: boolean; unnamed: boolean; stance: Stance };
  historical: { optionId: string; label: string; stance: Stance | null };
  matched: boolean;
  history: { summary: string; citations: Citation[]; later: { text: string; citations: Citation[] } | null };
  sides: DebriefSide[];
  metersBefore: MeterReading[];
  metersAfter: MeterReading[];
  /** Follow-up events this answer set off. */
  events: { id: string; headline: string; kind: 'historical' | 'counterfactual' }[];
  /** Asked only where the advice differed. */
  reflection: string | null;
};

export type DebriefEnding = {
  id: string;
  title: string;
  kind: Ending['kind'];
  /** Whether it is the ending that happened. */
  historical: boolean;
  text: string;
  history: string;
  citations: Citation[];
  cue: string | null;
  /** Why this ending: the student's choices, meters and flags its condition looks at. */
  because: {
    choices: { decisionId: string; title: string; optionId: string; label: string; matched: boolean }[];
    meters: MeterReading[];
    flags: { flag: string; setBy: string[] }[];
    /** True for the catch-all ending: none of the earlier endings' conditions held. */
    fallback: boolean;
  };
};

export type Debrief = {
  mode: Mode;
  finished: boolean;
  rows: DebriefRow[];
  matched: number;
  total: number;
  ending: DebriefEnding | null;
  reflections: string[];
  /** True when every choice matched and the scenario's fallback questions are used. */
  fallbackReflections: boolean;
  /**
   * The adviser whose advice the student followed most often (several on a tie), or null if no option an adviser
   * argued was chosen. Advisers only: the chair's own proposals are counted apart, in `chairCount`.
   */
  mostFollowed: { people: Speaker[]; count: number; of: number } | null;
  /** Every adviser (never the chair) whose option the student chose, with how many times, most first. */
  adviserCounts: (Speaker & { count: number })[];
  /** The person who chairs the room (the President). */
  chair: Speaker;
  /** Answers where the student chose an option the chair raised himself (even if an adviser argued it too). */
  chairCount: number;
  /**
   * The student's stance profile beside the record's: `student` counts the student's answers, `record` the option
   * decided at each of the same questions; `of` is the number of questions answered.
   */
  stanceProfile: { student: StanceCounts; record: StanceCounts; of: number };
  /** What these records cannot tell us (the scenario's `limits`). */
  limits: string[];
  finalMeters: MeterReading[];
};

function readings(scenario: Scenario, meters: Record<string, number>): MeterReading[] {
  return scenario.meters.map((m) => ({ id: m.id, label: m.label, value: meters[m.id] ?? m.initial }));
}

function speaker(scenario: Scenario, id: string): Speaker {
  const p = scenario.cast.find((c) => c.id === id);
  return { personId: id, name: p?.name ?? id, short: p?.short ?? id, title: p?.title ?? '' };
}

function speakerStatement(scenario: Scenario, st: Statement): SpeakerStatement {
  return { ...speaker(scenario, st.speaker), text: st.text, citations: st.citations };
}

/**
 * Who raised an option in the room: the advisers who argued it, and the chair's own statements (his `raisedBy`,
 * plus any `arguedBy` entry naming him, which the validator rejects but the count must never credit to an adviser).
 */
export function optionSponsors(scenario: Scenario, o: Option): { advisers: Statement[]; chair: Statement[]; nobody: boolean } {
  const advisers = o.arguedBy.filter((st) => st.speaker !== scenario.chair);
  const chair = [...o.raisedBy, ...o.arguedBy.filter((st) => st.speaker === scenario.chair)];
  return { advisers, chair, nobody: advisers.length === 0 && chair.length === 0 && !o.unnamed };
}

export function buildDebrief(scenario: Scenario, context: { mode: Mode; choices: readonly Choice[] }): Debrief {
  // Replay the longest valid prefix so a bad choice list still gives a debrief of what was played.
  const sim = simulatePrefix(scenario, context.mode, context.choices);
  const steps = sim.ok ? sim.steps : [];
  const finalMeters = sim.ok ? sim.state.meters : {};

  const rows: DebriefRow[] = steps.map((step) => {
    const d = step.decision;
    const hist = d.options.find((o) => o.id === d.history.option);
    const matched = step.option.id === d.history.option;
    const meeting = scenario.meetings.find((m) => m.id === d.meeting);
    return {
      decisionId: d.id,
      kind: d.kind,
      title: d.title,
      question: d.question,
      meeting: { id: d.meeting, number: meeting?.number ?? 0, date: meeting?.date ?? '' },
      student: {
        optionId: step.option.id,
        label: step.option.label,
        advice: step.option.advice,
        alternative: optionSponsors(scenario, step.option).nobody,
        raisedByChair: optionSponsors(scenario, step.option).chair.length > 0,
        unnamed: step.option.unnamed,
        stance: step.option.stance,
      },
      historical: { optionId: d.history.option, label: hist?.label ?? d.history.option, stance: hist?.stance ?? null },
      matched,
      history: { summary: d.history.summary, citations: d.history.citations, later: d.history.later ?? null },
      sides: d.options.map((o) => {
        const who = optionSponsors(scenario, o);
        return {
          optionId: o.id,
          label: o.label,
          alternative: who.nobody,
          arguedBy: who.advisers.map((st) => speakerStatement(scenario, st)),
          raisedBy: who.chair.map((st) => speakerStatement(scenario, st)),
          raisedByChair: who.chair.length > 0,
          unnamed: o.unnamed,
          stance: o.stance,
          chosen: o.id === step.option.id,
          historical: o.id === d.history.option,
        };
      }),
      metersBefore: readings(scenario, step.metersBefore),
      metersAfter: readings(scenario, step.metersAfter),
      events: step.fired.map((id) => {
        const e = scenario.events.find((x) => x.id === id);
        return { id, headline: e?.consequence.headline ?? id, kind: e?.consequence.kind ?? 'counterfactual' };
      }),
      reflection: matched ? null : d.reflection,
    };
  });

  let ending: DebriefEnding | null = null;
  if (sim.ok && sim.ending) {
    const e = sim.ending;
    const refs = conditionRefs(e.when);
    const refDecisions = new Set(refs.chose.map((c) => c.decision));
    const state = sim.state;
    ending = {
      id: e.id,
      title: e.title,
      kind: e.kind,
      historical: e.kind === 'historical',
      text: e.text,
      history: e.history,
      citations: e.citations,
      cue: e.cue ?? null,
      because: {
        choices: rows
          .filter((r) => refDecisions.has(r.decisionId))
          .map((r) => ({ decisionId: r.decisionId, title: r.title, optionId: r.student.optionId, label: r.student.label, matched: r.matched })),
        meters: readings(scenario, state.meters).filter((m) => refs.meters.includes(m.id)),
        flags: [...new Set(refs.flags)]
          .filter((f) => state.flags.includes(f))
          .map((flag) => ({
            flag,
            setBy: [
              ...steps.filter((s) => s.option.setFlags.includes(flag)).map((s) => `${s.decision.title}: ${s.option.label}`),
              ...state.events
                .map((id) => scenario.events.find((x) => x.id === id))
                .filter((x) => x !== undefined && x.setFlags.includes(flag))
                .map((x) => x!.consequence.headline),
            ],
          })),
        fallback: 'always' in e.when,
      },
    };
  }

  const differed = rows.filter((r) => !r.matched);
  const useFallback = rows.length > 0 && differed.length === 0;
  const reflections = useFallback ? [...scenario.fallbackReflections] : differed.map((r) => r.reflection!).filter((x, i, a) => a.indexOf(x) === i);

  // Whose advice was followed: every adviser who argued the option chosen gets a point. The chair's own
  // proposals are counted apart (an option he raised counts there even when an adviser argued it too).
  const counts = new Map<string, number>();
  let chairCount = 0;
  const stances = stanceCounts(
    scenario,
    steps.map((s) => s.choice),
  );
  const stanceProfile = { student: stances.answers, record: stances.record, of: steps.length };
  for (const step of steps) {
    const option = getOption(scenario, step.decision.id, step.option.id);
    if (!option) continue;
    const who = optionSponsors(scenario, option);
    if (who.chair.length > 0) chairCount += 1;
    for (const p of new Set(who.advisers.map((a) => a.speaker))) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const adviserCounts = [...counts.entries()]
    .map(([id, count]) => ({ ...speaker(scenario, id), count }))
    .sort((a, b) => b.count - a.count || scenario.cast.findIndex((c) => c.id === a.personId) - scenario.cast.findIndex((c) => c.id === b.personId));
  const top = adviserCounts[0]?.count ?? 0;
  const mostFollowed = top > 0 ? { people: adviserCounts.filter((a) => a.count === top).map(({ count: _c, ...s }) => s), count: top, of: steps.length } : null;

  return {
    mode: context.mode,
    finished: sim.ok && sim.finished,
    rows,
    matched: rows.length - differed.length,
    total: rows.length,
    ending,
    reflections,
    fallbackReflections: useFallback,
    mostFollowed,
    adviserCounts,
    chair: speaker(scenario, scenario.chair),
    chairCount,
    stanceProfile,
    limits: [...scenario.limits],
    finalMeters: readings(scenario, finalMeters),
  };
}
