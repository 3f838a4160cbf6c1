/**
 * The stage's picture for each screen (game/ui/stage-view.ts), played through the shipped scenario's historical
 * path: the calendar turns from one meeting's date to the next, the room seats the meeting's people with the
 * President first and its clock from the record's time, the clock moves on as questions pass, and each
 * consequence gets its medium's scene (the light table when flights or ships are on the move).
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../../game/core/machine/machine';
import { selectScreen, type Screen } from '../../../game/core/machine/selectors';
import { MINUTES_PER_QUESTION, stageViewOf, type StageMemory } from '../../../game/ui/stage-view';
import type { StageView } from '../../../game/stage-contract';
import { loadReal } from '../../helpers/scenarios';

const scenario = loadReal();

function play(): { screen: Screen; view: StageView | null }[] {
  const actor = createActor(createScenarioMachine(scenario, 'full')).start();
  const memory: StageMemory = { lastDate: null };
  const seen: { screen: Screen; view: StageView | null }[] = [];
  for (let i = 0; i < 400; i++) {
    const screen = selectScreen(scenario, actor.getSnapshot());
    seen.push({ screen, view: stageViewOf(scenario, screen, memory, 'en') });
    if (screen.screen === 'epilogue' || screen.screen === 'unknown') break;
    if (screen.screen === 'decision') {
      const d = scenario.decisions.find((x) => x.id === screen.decision.id)!;
      actor.send({ type: 'advice.give', optionId: d.history.option });
    } else if (screen.screen === 'event') actor.send({ type: 'event.acknowledge' });
    else actor.send({ type: 'briefing.continue' });
  }
  return seen;
}

const seen = play();

describe('the stage follows the screens', () => {
  it('reaches the epilogue, showing a picture on every screen', () => {
    expect(seen.at(-1)!.screen.screen).toBe('epilogue');
    for (const { screen, view } of seen) expect(view, screen.screen).not.toBeNull();
  });

  it('turns the calendar from each meeting date to the next as a meeting opens', () => {
    const calendars = seen.flatMap(({ view }) => (view?.kind === 'calendar' ? [view] : []));
    const dates = scenario.meetings.filter((m) => seen.some((s) => s.screen.screen === 'opening' && s.screen.meeting.id === m.id)).map((m) => m.date);
    expect(calendars.map((c) => c.to)).toEqual(dates);
    expect(calendars.map((c) => c.from)).toEqual([null, ...dates.slice(0, -1)]);
    expect(dates).toEqual(['1962-10-31', '1962-11-03', '1962-11-07']);
  });

  it("seats the meeting's people, the President first, with the record's time on the wall clock", () => {
    const clocks = new Map(scenario.meetings.map((m) => [m.id, m.clock]));
    expect([...clocks.values()]).toEqual(['10:00', '16:30', '17:00']);
    for (const { screen, view } of seen) {
      if (screen.screen !== 'decision' && screen.screen !== 'intelligence') continue;
      expect(view?.kind).toBe('room');
      if (view?.kind !== 'room') continue;
      const m = scenario.meetings.find((x) => x.id === screen.meeting.id)!;
      expect(view.seats.map((s) => s.id)).toEqual(m.participants);
      expect(view.seats[0]!.id).toBe('kennedy');
      expect(view.clock).toBe(m.clock);
    }
    const taylor = seen.flatMap(({ view }) => (view?.kind === 'room' ? view.seats : [])).find((s) => s.id === 'taylor');
    expect(taylor?.dress).toBe('uniform');
  });

  it('moves the clock on and passes a new paper with each question of a meeting', () => {
    for (const m of scenario.meetings) {
      const rooms = seen.flatMap(({ screen, view }) => (screen.screen === 'decision' && screen.meeting.id === m.id && view?.kind === 'room' ? [view] : []));
      if (rooms.length === 0) continue;
      expect(rooms.map((r) => r.step)).toEqual(rooms.map((_, i) => i + 1));
      expect(rooms.map((r) => r.minutes)).toEqual(rooms.map((_, i) => i * MINUTES_PER_QUESTION));
    }
  });

  it("gives each consequence its medium's scene, or the light table for flights and ships", () => {
    const kinds = new Set<string>();
    for (const { screen, view } of seen) {
      if (screen.screen !== 'consequence' && screen.screen !== 'event') continue;
      const c = screen.consequence;
      expect(view?.kind).toBe(c.routes.length ? 'lighttable' : c.medium);
      if (view && 'counterfactual' in view) expect(view.counterfactual).toBe(c.kind === 'counterfactual');
      if (view && 'headline' in view) expect(view.headline).toBe(c.headline);
      kinds.add(view!.kind);
    }
    // The historical path: typed records and reconnaissance (the other media come with other answers).
    expect([...kinds].sort()).toEqual(['lighttable', 'record']);
  });
});
