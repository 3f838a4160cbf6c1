/**
 * Which picture the stage shows for a screen (game/stage-contract.ts): the room while the meeting talks, the
 * calendar turning to a meeting's date as it opens, a consequence's own scene (a teletype for a cable, a newspaper
 * for a headline, a telephone, a typed and stamped record, or the photo-interpreter's light table when flights or
 * ships are on the move). Pure: tested in Node (tests/unit/ui/stage-view.test.ts).
 */
import type { Screen } from '../core/machine/selectors';
import type { Scenario } from '../core/scenario/schema';
import type { SeatView, StageView } from '../stage-contract';

/** The wall clock moves on this many minutes for each question (the records give only the start). */
export const MINUTES_PER_QUESTION = 10;

/** Remembers the last meeting's date, so the calendar turns from it. */
export interface StageMemory {
  lastDate: string | null;
}

function seatsOf(scenario: Scenario, ids: readonly string[]): SeatView[] {
  return ids
    .map((id) => scenario.cast.find((p) => p.id === id))
    .filter((p): p is Scenario['cast'][number] => !!p)
    .map((p) => ({ id: p.id, short: p.short, title: p.title, dress: p.dress }));
}

function room(scenario: Scenario, meetingId: string, step: number, extra = 0): StageView {
  const m = scenario.meetings.find((x) => x.id === meetingId);
  return {
    kind: 'room',
    seats: m ? seatsOf(scenario, m.participants) : [],
    clock: m?.clock ?? null,
    minutes: Math.max(0, step - 1) * MINUTES_PER_QUESTION + extra,
    step,
  };
}

/** The question's place in its meeting, from 1. */
function stepOf(scenario: Scenario, meetingId: string, decisionId: string): number {
  return scenario.decisions.filter((d) => d.meeting === meetingId).findIndex((d) => d.id === decisionId) + 1;
}

/** The stage's picture for a screen; null keeps whatever is showing. */
export function stageViewOf(scenario: Scenario, screen: Screen, memory: StageMemory, lang: string): StageView | null {
  switch (screen.screen) {
    case 'prologue':
      return { kind: 'room', seats: [], clock: null, minutes: 0, step: 0 };
    case 'opening': {
      const view: StageView = { kind: 'calendar', from: memory.lastDate, to: screen.meeting.date, lang };
      memory.lastDate = screen.meeting.date;
      return view;
    }
    case 'intelligence':
      return room(scenario, screen.meeting.id, 0);
    case 'decision':
      return room(scenario, screen.meeting.id, stepOf(scenario, screen.meeting.id, screen.decision.id));
    case 'summary': {
      const count = scenario.decisions.filter((d) => d.meeting === screen.meeting.id).length;
      return room(scenario, screen.meeting.id, count, MINUTES_PER_QUESTION / 2);
    }
    case 'consequence':
    case 'event': {
      const c = screen.consequence;
      const counterfactual = c.kind === 'counterfactual';
      if (c.routes.length > 0) return { kind: 'lighttable', routes: [...c.routes], counterfactual };
      return { kind: c.medium, counterfactual, headline: c.headline };
    }
    case 'epilogue':
      return screen.ending ? { kind: 'record', counterfactual: screen.ending.kind === 'counterfactual', headline: screen.ending.title } : null;
    case 'debrief':
    case 'unknown':
      return null;
  }
}
