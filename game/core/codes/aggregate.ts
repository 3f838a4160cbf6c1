/**
 * A class's results from the codes students hand in: how the class advised on each question beside what
 * was decided, which endings it reached, where it differed most from history, which codes were handed in
 * more than once (flagged, never dropped: identical playthroughs are common), and which codes were refused
 * and why.
 */
import type { Decision, Scenario } from '../scenario/schema';
import { STANCES, type Stance } from '../scenario/stances';
import { simulate } from '../rules/engine';
import { leaning, stanceCounts } from '../rules/stance';
import { decodeCode, extractCodes, type CodeError, type DecodedCode } from './codes';

export type ClassEntry = {
  input: string;
  code: DecodedCode;
  ending: string | null;
  /** Index (in entries) of the first identical code when this one repeats it, else null. */
  repeatOf: number | null;
};

export type DecisionTally = {
  decisionId: string;
  title: string;
  kind: Decision['kind'];
  historicalOption: string;
  /** Codes that answered this question. */
  answered: number;
  options: { optionId: string; label: string; count: number; historical: boolean }[];
  matched: number;
  differed: number;
  /** differed / answered (0 when nobody answered). */
  differShare: number;
};

export type ClassAggregate = {
  received: number;
  accepted: number;
  finished: number;
  inProgress: number;
  rejected: { input: string; error: CodeError }[];
  entries: ClassEntry[];
  /** Codes handed in more than once: the code, how many times, and the initials in it. */
  repeats: { canonical: string; count: number; initials: string }[];
  decisions: DecisionTally[];
  endings: { endingId: string; title: string; kind: 'historical' | 'counterfactual'; count: number }[];
  /** The questions where the class differed most from history (most first, at most three, ties kept in file order). */
  mostDifferent: { decisionId: string; title: string; differShare: number; answered: number }[];
  /**
   * How firm or flexible the class's advice was: every answer's stance, beside the stance of what was decided
   * on the same questions; and how many students leaned each way (the stance of most of their answers, or
   * `mixed` on a tie).
   */
  stances: { answers: Record<Stance, number>; record: Record<Stance, number>; total: number; leaning: Record<Stance | 'mixed', number> };
};

export { leaning, stanceCounts } from '../rules/stance';

export function aggregateClass(codes: readonly string[], scenario: Scenario): ClassAggregate {
  const rejected: ClassAggregate['rejected'] = [];
  const entries: ClassEntry[] = [];
  const firstSeen = new Map<string, number>();
  for (const input of codes) {
    const decoded = decodeCode(input, scenario);
    if (!decoded.ok) {
      rejected.push({ input, error: decoded.error });
      continue;
    }
    const code = decoded.code;
    const sim = simulate(scenario, code.mode, code.choices);
    const ending = sim.ok && sim.finished ? (sim.ending?.id ?? null) : null;
    const first = firstSeen.get(code.canonical);
    if (first === undefined) firstSeen.set(code.canonical, entries.length);
    entries.push({ input, code, ending, repeatOf: first ?? null });
  }

  const repeats = [...firstSeen.entries()]
    .map(([canonical, i]) => ({ canonical, count: entries.filter((e) => e.code.canonical === canonical).length, initials: entries[i]!.code.initials }))
    .filter((r) => r.count > 1);

  const decisions: DecisionTally[] = scenario.decisions.map((d) => {
    const options = d.options.map((o) => ({ optionId: o.id, label: o.label, count: 0, historical: o.id === d.history.option }));
    for (const e of entries)
      for (const c of e.code.choices)
        if (c.decision === d.id) {
          const o = options.find((x) => x.optionId === c.option);
          if (o) o.count++;
        }
    const answered = options.reduce((n, o) => n + o.count, 0);
    const matched = options.find((o) => o.historical)?.count ?? 0;
    return {
      decisionId: d.id,
      title: d.title,
      kind: d.kind,
      historicalOption: d.history.option,
      answered,
      options,
      matched,
      differed: answered - matched,
      differShare: answered === 0 ? 0 : (answered - matched) / answered,
    };
  });

  const endings = scenario.endings.map((e) => ({ endingId: e.id, title: e.title, kind: e.kind, count: entries.filter((x) => x.ending === e.id).length }));
  const mostDifferent = decisions
    .filter((d) => d.answered > 0 && d.differed > 0)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.differShare - a.d.differShare || a.i - b.i)
    .slice(0, 3)
    .map(({ d }) => ({ decisionId: d.decisionId, title: d.title, differShare: d.differShare, answered: d.answered }));

  const stances: ClassAggregate['stances'] = {
    answers: { firm: 0, middle: 0, flexible: 0 },
    record: { firm: 0, middle: 0, flexible: 0 },
    total: 0,
    leaning: { firm: 0, middle: 0, flexible: 0, mixed: 0 },
  };
  for (const e of entries) {
    const c = stanceCounts(scenario, e.code.choices);
    for (const s of STANCES) {
      stances.answers[s] += c.answers[s];
      stances.record[s] += c.record[s];
      stances.total += c.answers[s];
    }
    if (e.code.choices.length > 0) stances.leaning[leaning(c.answers)]++;
  }

  const finished = entries.filter((e) => e.code.finished).length;
  return {
    received: codes.length,
    accepted: entries.length,
    finished,
    inProgress: entries.length - finished,
    rejected,
    entries,
    repeats,
    decisions,
    endings,
    mostDifferent,
    stances,
  };
}

/** The same, from any pasted text: codes are pulled out first; text with no code in it gives an empty class. */
export function aggregateText(text: string, scenario: Scenario): ClassAggregate {
  return aggregateClass(extractCodes(text, scenario), scenario);
}
