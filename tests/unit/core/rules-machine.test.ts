import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../../game/core/rules/conditions';
import {
  applyChoice,
  applyEffects,
  chooseEnding,
  firstDecision,
  historicalPath,
  initialRulesState,
  nextDecision,
  simulate,
} from '../../../game/core/rules/engine';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { createScenarioMachine } from '../../../game/core/machine/machine';
import { selectScreen } from '../../../game/core/machine/selectors';
import { loadMini } from '../../helpers/scenarios';
import { playGame } from '../../helpers/play';

const mini = loadMini();
const C = (decision: string, option: string) => ({ decision, option });

describe('rules', () => {
  it('evaluates conditions', () => {
    const st = { choices: [C('a', 'x')], meters: { m: 40 }, flags: ['f'] };
    expect(evaluate({ always: true }, st)).toBe(true);
    expect(evaluate({ chose: { decision: 'a', options: ['y', 'x'] } }, st)).toBe(true);
    expect(evaluate({ chose: { decision: 'b', options: ['x'] } }, st)).toBe(false);
    expect(evaluate({ flag: 'f' }, st)).toBe(true);
    expect(evaluate({ meter: { id: 'm', atLeast: 40, atMost: 40 } }, st)).toBe(true);
    expect(evaluate({ meter: { id: 'm', atLeast: 41 } }, st)).toBe(false);
    expect(evaluate({ all: [{ flag: 'f' }, { not: { flag: 'g' } }] }, st)).toBe(true);
    expect(evaluate({ any: [{ flag: 'g' }, { meter: { id: 'm', atMost: 10 } }] }, st)).toBe(false);
  });

  it('clamps meters to 0..100', () => {
    expect(applyEffects({ a: 95, b: 3 }, { a: 20, b: -10, zzz: 5 })).toEqual({ a: 100, b: 0 });
  });

  it('follows play order, option next and short mode', () => {
    expect(firstDecision(mini, 'full')).toBe('d-patrols');
    expect(nextDecision(mini, 'full', 'd-talks', 'escalate')).toBe('d-final');
    expect(nextDecision(mini, 'full', 'd-talks', 'talk')).toBe('d-inspect');
    expect(nextDecision(mini, 'short', 'd-talks', 'talk')).toBe('d-final');
    expect(nextDecision(mini, 'full', 'q-thanks', 'call')).toBe('end');
    expect(nextDecision(mini, 'short', 'd-final', 'sign')).toBe('end');
  });

  it('fires follow-up events from the state the answer leaves', () => {
    let st = applyChoice(mini, initialRulesState(mini), 'd-patrols', 'continue')!.state;
    const r = applyChoice(mini, st, 'q-press', 'silence')!;
    expect(r.fired).toEqual(['e-incident']);
    expect(r.state.meters.tension).toBe(85);
    expect(r.state.flags).toContain('incident');
    st = applyChoice(mini, st, 'q-press', 'statement')!.state;
    expect(st.events).toEqual([]);
    expect(applyChoice(mini, st, 'q-press', 'nope')).toBeNull();
  });

  it('picks the first ending whose condition holds', () => {
    const hist = historicalPath(mini, 'full');
    expect(hist.map((c) => c.option)).toEqual(['pause', 'silence', 'talk', 'leave-open', 'sign', 'nothing']);
    const sim = simulate(mini, 'full', hist);
    expect(sim.ok && sim.ending?.id).toBe('historical');
    expect(chooseEnding(mini, { choices: [], meters: {}, flags: [] })?.id).toBe('settled');
  });

  it('refuses choices that do not fit, saying which', () => {
    const bad = simulate(mini, 'full', [C('d-patrols', 'pause'), C('d-talks', 'talk')]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatchObject({ at: 1, kind: 'out-of-order' });
    const unknown = simulate(mini, 'full', [C('d-patrols', 'bomb')]);
    expect(!unknown.ok && unknown.problem.kind).toBe('unknown-option');
  });
});

describe('debrief', () => {
  it('compares each answer with history, explains the ending and picks reflections', () => {
    const choices = [C('d-patrols', 'continue'), C('q-press', 'silence'), C('d-talks', 'escalate'), C('d-final', 'sign'), C('q-thanks', 'nothing')];
    const d = buildDebrief(mini, { mode: 'full', choices });
    expect(d.finished).toBe(true);
    expect(d.rows.map((r) => r.matched)).toEqual([false, true, false, true, true]);
    expect(d.rows[1]!.kind).toBe('quick');
    expect(d.rows[0]!.historical.optionId).toBe('pause');
    expect(d.rows[0]!.sides.find((s) => s.optionId === 'continue')!.arguedBy[0]!.name).toBe('Mrs. Alba');
    expect(d.rows[0]!.sides.find((s) => s.optionId === 'warn-first')!.alternative).toBe(true);
    expect(d.rows[1]!.events).toEqual([{ id: 'e-incident', headline: 'COLLISION AT THE REEF', kind: 'counterfactual' }]);
    expect(d.rows[1]!.metersBefore.find((m) => m.id === 'tension')!.value).toBe(60);
    expect(d.rows[1]!.metersAfter.find((m) => m.id === 'tension')!.value).toBe(85);
    expect(d.ending).toMatchObject({ id: 'crisis', historical: false });
    expect(d.ending!.because.flags[0]).toMatchObject({ flag: 'incident', setBy: ['COLLISION AT THE REEF'] });
    expect(d.ending!.because.meters[0]).toMatchObject({ id: 'tension' });
    expect(d.reflections).toEqual([mini.decisions[0]!.reflection, mini.decisions[2]!.reflection]);
    expect(d.fallbackReflections).toBe(false);
    // The chair raised silence, sign and nothing himself (raisedBy): counted apart, never as an adviser.
    expect(d.mostFollowed!.people.map((p) => p.personId)).toEqual(['alba']);
    expect(d.mostFollowed!.count).toBe(2);
    expect(d.adviserCounts.map((a) => [a.personId, a.count])).toEqual([['alba', 2]]);
    expect(d.chairCount).toBe(3);
  });

  it('uses the fallback reflections when every answer matched, and names the choices behind the ending', () => {
    const d = buildDebrief(mini, { mode: 'full', choices: historicalPath(mini, 'full') });
    expect(d.matched).toBe(d.total);
    expect(d.fallbackReflections).toBe(true);
    expect(d.reflections).toEqual(mini.fallbackReflections);
    expect(d.ending!.historical).toBe(true);
    expect(d.ending!.because.choices.map((c) => c.decisionId)).toEqual(['d-talks', 'd-inspect', 'd-final']);
    expect(d.rows[3]!.history.later!.text).toMatch(/April/);
  });
});

describe('machine and selectors', () => {
  it('walks prologue → meetings → questions → summary → epilogue → debrief', () => {
    const m = createScenarioMachine(mini, 'full');
    const game = playGame(m, mini, (id) => (id === 'q-press' ? 1 : 0));
    expect(game.screens.slice(0, 4)).toEqual(['prologue', 'opening', 'intelligence', 'decision']);
    expect(game.screens).toContain('event');
    expect(game.screens.slice(-3)).toEqual(['summary', 'epilogue', 'debrief']);
    // Meeting 2 has no intelligence report but has the view from the other side: the briefing is shown.
    expect(game.screens[game.screens.lastIndexOf('opening') + 1]).toBe('intelligence');
    // With neither, its opening goes straight to the question.
    const bare = { ...mini, meetings: mini.meetings.map((m) => (m.id === 'meeting-2' ? { ...m, intelligence: [], otherSide: [] } : m)) };
    const plain = playGame(createScenarioMachine(bare, 'full'), bare, (id) => (id === 'q-press' ? 1 : 0));
    expect(plain.screens[plain.screens.lastIndexOf('opening') + 1]).toBe('decision');
  });

  it('the decision screen shows no history or consequences before the answer', () => {
    const actor = createActor(createScenarioMachine(mini, 'full')).start();
    for (let i = 0; i < 3; i++) actor.send({ type: 'briefing.continue' });
    const screen = selectScreen(mini, actor.getSnapshot());
    expect(screen.screen).toBe('decision');
    if (screen.screen !== 'decision') return;
    const json = JSON.stringify(screen);
    for (const leak of ['history', 'consequence', 'effects', 'reflection', 'It was agreed that the patrols be paused', 'setFlags'])
      expect(json).not.toContain(leak);
    expect(screen.options.map((o) => o.id)).toEqual(['continue', 'pause', 'warn-first']);
    expect(screen.progress).toEqual({ number: 1, total: 6, exact: false });
    expect(screen.meters[0]).toMatchObject({ id: 'tension', label: 'Tension', value: 50 });
    expect(screen.positions[0]!.speaker.name).toBe('Mrs. Alba');
    // The test scenario has no map, so no places are offered to draw.
    expect(screen.places).toEqual([]);
    const withMap = { ...mini, presentation: { ...mini.presentation, map: 'map/test.json' } };
    const mapped = createActor(createScenarioMachine(withMap, 'full')).start();
    for (let i = 0; i < 3; i++) mapped.send({ type: 'briefing.continue' });
    const shown = selectScreen(withMap, mapped.getSnapshot());
    expect(shown.screen === 'decision' && shown.places.map((p) => p.id)).toEqual(['reef', 'harbour']);
  });

  it('ignores answers that are not options of the question, and restarts', () => {
    const actor = createActor(createScenarioMachine(mini, 'short')).start();
    for (let i = 0; i < 3; i++) actor.send({ type: 'briefing.continue' });
    actor.send({ type: 'advice.give', optionId: 'no-such' });
    expect(actor.getSnapshot().value).toBe('decision__d-patrols');
    actor.send({ type: 'advice.give', optionId: 'warn-first' });
    const screen = selectScreen(mini, actor.getSnapshot());
    expect(screen.screen).toBe('consequence');
    if (screen.screen === 'consequence') {
      expect(screen.consequence.kind).toBe('counterfactual');
      expect(screen.meters.find((m) => m.id === 'trust')).toMatchObject({ value: 55, delta: 5 });
    }
    actor.send({ type: 'game.restart' });
    expect(actor.getSnapshot().value).toBe('prologue');
    expect(actor.getSnapshot().context.choices).toEqual([]);
  });

  it('calls the side effects the app provides', () => {
    const persist = vi.fn();
    const playCue = vi.fn();
    const startOver = vi.fn();
    const machine = createScenarioMachine(mini, 'full').provide({
      actions: { persist: ({ context }) => persist(context.choices.length), playCue: (_, params) => playCue(params.cue), startOver },
    });
    const actor = createActor(machine).start();
    for (let i = 0; i < 3; i++) actor.send({ type: 'briefing.continue' });
    actor.send({ type: 'advice.give', optionId: 'pause' });
    expect(persist).toHaveBeenLastCalledWith(1);
    expect(playCue).toHaveBeenLastCalledWith('typewriter');
    actor.send({ type: 'game.restart' });
    expect(startOver).toHaveBeenCalledOnce();
    expect(persist).toHaveBeenLastCalledWith(0);
  });

  it('selects every screen of a playthrough, ending with the debrief', () => {
    const m = createScenarioMachine(mini, 'full');
    const actor = createActor(m).start();
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const snap = actor.getSnapshot();
      const screen = selectScreen(mini, snap);
      seen.add(screen.screen);
      if (screen.screen === 'debrief') {
        expect(screen.debrief.rows.length).toBe(snap.context.choices.length);
        break;
      }
      if (screen.screen === 'decision') actor.send({ type: 'advice.give', optionId: screen.options[screen.decision.id === 'q-press' ? 1 : 0]!.id });
      else if (screen.screen === 'event') actor.send({ type: 'event.acknowledge' });
      else if (screen.screen === 'epilogue') {
        expect(screen.ending!.id).toBe('crisis');
        expect(screen.timeline.length).toBe(2);
        actor.send({ type: 'debrief.open' });
      } else actor.send({ type: 'briefing.continue' });
    }
    expect([...seen].sort()).toEqual(['consequence', 'debrief', 'decision', 'epilogue', 'event', 'intelligence', 'opening', 'prologue', 'summary']);
  });

  it('keeps the context small and serialisable (no scenario inside)', () => {
    const actor = createActor(createScenarioMachine(mini, 'full')).start();
    const persisted = actor.getPersistedSnapshot();
    const text = JSON.stringify(persisted);
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toContain('Harbour Board');
  });
});
