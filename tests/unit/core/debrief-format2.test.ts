/**
 * Format 2 in the debrief and the selectors: the chair's own proposals counted apart from the advisers, the
 * stance profile, the basis of a counterfactual, the view from Moscow and Havana with its "said later" flag.
 * Core hands the views data (speakers, counts, flags, dates); the words are the UI's.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { historicalPath } from '../../../game/core/rules/engine';
import { createScenarioMachine, initialContext, type GameContext } from '../../../game/core/machine/machine';
import { selectScreen } from '../../../game/core/machine/selectors';
import type { Option, Scenario } from '../../../game/core/scenario/schema';
import { loadMini } from '../../helpers/scenarios';

const mini = loadMini();
const C = (decision: string, option: string) => ({ decision, option });

/** The mini scenario with one option changed (the tests need shapes the fixture does not have). */
function withOption(scenario: Scenario, decision: string, option: string, change: (o: Option) => Option): Scenario {
  return {
    ...scenario,
    decisions: scenario.decisions.map((d) => (d.id === decision ? { ...d, options: d.options.map((o) => (o.id === option ? change(o) : o)) } : d)),
  };
}

const coleToo = { speaker: 'cole', text: 'Sign it.', citations: [{ source: 'm2', quote: 'The draft agreement was signed.' }] };

/** Phrases the UI writes; none may come out of core. */
const ENGLISH =
  /President|raised this|argued this|alternative the game|followed|times|said later|after this meeting|the game['’]s own guess|Why this could|no stance|firm:|flexible:/i;

/** Every string value in a view model (keys left out), joined: what core hands the UI to show. */
function values(x: unknown): string {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map(values).join('\n');
  if (x && typeof x === 'object') return Object.values(x).map(values).join('\n');
  return '';
}

describe('debrief: the chair counted apart from the advisers', () => {
  it('counts an option the chair raised for the chair, and the adviser who also argued it for the adviser', () => {
    // "sign" is raised by the chair; here Mr. Cole argues it too.
    const sc = withOption(mini, 'd-final', 'sign', (o) => ({ ...o, arguedBy: [coleToo] }));
    const d = buildDebrief(sc, { mode: 'full', choices: historicalPath(sc, 'full') });
    // pause (Berg), silence (chair), talk (Cole), leave-open (Cole), sign (chair + Cole), nothing (chair)
    expect(d.chairCount).toBe(3);
    expect(d.chair).toMatchObject({ personId: 'chair', name: 'The Chair' });
    expect(d.adviserCounts.map((a) => [a.personId, a.count])).toEqual([
      ['cole', 3],
      ['berg', 1],
    ]);
    expect(d.adviserCounts.map((a) => a.personId)).not.toContain('chair');
    expect(d.mostFollowed).toEqual({ people: [{ personId: 'cole', name: 'Mr. Cole', short: 'Cole', title: 'Member for the Fish Market' }], count: 3, of: 6 });

    const sign = d.rows.find((r) => r.decisionId === 'd-final')!;
    expect(sign.student).toMatchObject({ optionId: 'sign', raisedByChair: true, alternative: false, stance: 'flexible' });
    const side = sign.sides.find((s) => s.optionId === 'sign')!;
    expect(side.raisedByChair).toBe(true);
    expect(side.raisedBy.map((r) => r.personId)).toEqual(['chair']);
    expect(side.arguedBy.map((a) => a.personId)).toEqual(['cole']);
    expect(sign.sides.find((s) => s.optionId === 'refuse')).toMatchObject({ raisedByChair: false, alternative: false, raisedBy: [] });
  });

  it('uses the scenario chair, whoever it is, and never credits the chair to the advisers', () => {
    // A stray arguedBy naming the chair (the validator rejects it) still counts as the chair's, not an adviser's.
    const stray = withOption(mini, 'd-patrols', 'continue', (o) => ({ ...o, arguedBy: [...o.arguedBy, { ...coleToo, speaker: 'chair' }] }));
    const d = buildDebrief(stray, { mode: 'full', choices: [C('d-patrols', 'continue')] });
    expect(d.chairCount).toBe(1);
    expect(d.adviserCounts.map((a) => [a.personId, a.count])).toEqual([['alba', 1]]);
    // With another person in the chair, the same choices count for that person instead.
    const other = { ...mini, chair: 'alba' };
    const d2 = buildDebrief(other, { mode: 'full', choices: [C('d-patrols', 'continue')] });
    expect(d2.chairCount).toBe(1);
    expect(d2.adviserCounts).toEqual([]);
    expect(d2.mostFollowed).toBeNull();
    expect(d2.chair.personId).toBe('alba');
  });

  it('marks as an alternative only an option nobody in the room raised', () => {
    const d = buildDebrief(mini, { mode: 'full', choices: [C('d-patrols', 'warn-first'), C('q-press', 'silence')] });
    expect(d.rows[0]!.student).toMatchObject({ alternative: true, raisedByChair: false });
    expect(d.rows[1]!.student).toMatchObject({ alternative: false, raisedByChair: true });
    expect(d.rows[1]!.sides.find((s) => s.optionId === 'statement')!.alternative).toBe(true);
    expect(d.chairCount).toBe(1);
    expect(d.mostFollowed).toBeNull();
  });

  it('marks an option raised by someone the record does not name as neither an alternative nor the chair’s', () => {
    const s = withOption(mini, 'q-press', 'silence', (o) => ({ ...o, raisedBy: [], unnamed: true }));
    const d = buildDebrief(s, { mode: 'full', choices: [C('d-patrols', 'warn-first'), C('q-press', 'silence')] });
    expect(d.rows[1]!.student).toMatchObject({ alternative: false, raisedByChair: false, unnamed: true });
    expect(d.rows[1]!.sides.find((o) => o.optionId === 'silence')).toMatchObject({ alternative: false, unnamed: true });
    expect(d.chairCount).toBe(0);
    expect(d.mostFollowed).toBeNull();
  });
});

describe('debrief: stance profile and limits', () => {
  it('counts the student’s stances beside the stances decided on the same questions', () => {
    const choices = [C('d-patrols', 'continue'), C('q-press', 'silence'), C('d-talks', 'escalate'), C('d-final', 'sign'), C('q-thanks', 'nothing')];
    const d = buildDebrief(mini, { mode: 'full', choices });
    // continue firm, silence middle, escalate firm, sign flexible, nothing firm;
    // decided: pause flexible, silence middle, talk flexible, sign flexible, nothing firm.
    expect(d.stanceProfile).toEqual({ student: { firm: 3, middle: 1, flexible: 1 }, record: { firm: 1, middle: 1, flexible: 3 }, of: 5 });
    expect(d.rows[0]!.historical).toMatchObject({ optionId: 'pause', stance: 'flexible' });
    expect(d.rows[0]!.student.stance).toBe('firm');
  });

  it('is all zeros before any answer, and matches the record on the historical path', () => {
    expect(buildDebrief(mini, { mode: 'full', choices: [] }).stanceProfile).toEqual({
      student: { firm: 0, middle: 0, flexible: 0 },
      record: { firm: 0, middle: 0, flexible: 0 },
      of: 0,
    });
    const hist = buildDebrief(mini, { mode: 'full', choices: historicalPath(mini, 'full') }).stanceProfile;
    expect(hist.student).toEqual(hist.record);
    expect(hist.of).toBe(6);
  });

  it('carries the scenario’s limits', () => {
    expect(buildDebrief(mini, { mode: 'short', choices: [] }).limits).toEqual(mini.limits);
  });

  it('builds no English for the new data', () => {
    const sc = withOption(mini, 'd-final', 'sign', (o) => ({ ...o, arguedBy: [coleToo] }));
    const d = buildDebrief(sc, { mode: 'full', choices: historicalPath(sc, 'full') });
    const data = values({
      chair: d.chair,
      chairCount: d.chairCount,
      stanceProfile: d.stanceProfile,
      mostFollowed: d.mostFollowed,
      adviserCounts: d.adviserCounts,
      rows: d.rows.map((r) => [r.student, r.historical, r.sides]),
    });
    expect(data).not.toMatch(ENGLISH);
    // The only strings are the scenario's own (ids, names, titles, labels, advice, quotes) and stance ids.
    const scenarioText = JSON.stringify(sc);
    for (const line of data.split('\n').filter(Boolean)) expect(scenarioText.includes(JSON.stringify(line).slice(1, -1)), line).toBe(true);
    expect(typeof d.chairCount).toBe('number');
  });
});

describe('selectors: who raised an option, the basis, the view from the other side', () => {
  const context = initialContext(mini, 'full');
  const at = (value: string, ctx = context) => selectScreen(mini, createScenarioMachine(mini, 'full').resolveState({ value, context: ctx }));

  it('tells the decision screen who raised each option, as data', () => {
    const screen = at('decision__q-press', { ...context, next: 'q-press', choices: [C('d-patrols', 'pause')] });
    expect(screen.screen).toBe('decision');
    if (screen.screen !== 'decision') return;
    const [statement, silence] = screen.options;
    expect(statement).toMatchObject({ id: 'statement', alternative: true, raisedByChair: false, arguedBy: [], raisedBy: [], stance: 'flexible' });
    expect(silence).toMatchObject({ id: 'silence', alternative: false, raisedByChair: true, arguedBy: [], stance: 'middle' });
    expect(silence!.raisedBy.map((r) => r.speaker.id)).toEqual(['chair']);
    expect(values(screen.options)).not.toMatch(ENGLISH);
  });

  it('gives a counterfactual its basis (quoted warning or the game’s guess), and history none', () => {
    const cf = at('consequence__d-patrols', { ...context, choices: [C('d-patrols', 'continue')], next: 'q-press' });
    expect(cf.screen === 'consequence' && cf.consequence.basis).toMatchObject({ inference: false, citations: [{ source: 'm1' }] });
    const guess = at('consequence__d-patrols', { ...context, choices: [C('d-patrols', 'warn-first')], next: 'q-press' });
    expect(guess.screen === 'consequence' && guess.consequence.basis).toMatchObject({ inference: true, citations: [] });
    const hist = at('consequence__d-patrols', { ...context, choices: [C('d-patrols', 'pause')], next: 'q-press' });
    expect(hist.screen === 'consequence' && hist.consequence.basis).toBeNull();
    const event = at('event__q-press', {
      ...context,
      choices: [C('d-patrols', 'continue'), C('q-press', 'silence')],
      pending: ['e-incident'],
      next: 'd-talks',
    });
    expect(event.screen === 'event' && event.consequence.basis).toMatchObject({ citations: [{ source: 'm1' }] });
  });

  it('dates the view from Moscow and Havana and flags what was said after the meeting', () => {
    const first = at('intelligence__meeting-1');
    expect(first.screen).toBe('intelligence');
    if (first.screen !== 'intelligence') return;
    // The council letter (February 20) came before the first meeting (March 3).
    expect(first.otherSide).toHaveLength(1);
    expect(first.otherSide[0]).toMatchObject({ speaker: { id: 'roca', side: 'soviet' }, date: '1961-02-20', later: false });
    expect(first.otherSide[0]!.citations[0]).toMatchObject({ source: 'letter', date: '1961-02-20', later: false });

    // Meeting 2 (March 10) has no U.S. briefing; its other-side statement quotes the April 20 report: said later.
    const second = at('intelligence__meeting-2');
    if (second.screen !== 'intelligence') throw new Error('expected the briefing screen');
    expect(second.intelligence).toEqual([]);
    expect(second.otherSide[0]).toMatchObject({ date: '1961-04-20', later: true });
    expect(second.otherSide[0]!.citations[0]).toMatchObject({ source: 'report', later: true });
    expect(values(second.otherSide)).not.toMatch(ENGLISH);
  });

  it('counts the same day as not later, and dates each quotation when records differ', () => {
    const sc: Scenario = {
      ...mini,
      meetings: mini.meetings.map((m) =>
        m.id === 'meeting-2'
          ? {
              ...m,
              otherSide: [
                { speaker: 'roca', text: 'Same day.', citations: [{ source: 'm2', quote: 'The draft agreement was signed.' }] },
                {
                  speaker: 'roca',
                  text: 'Two records.',
                  citations: [
                    { source: 'report', quote: 'one inspector would sail with each trawler.' },
                    { source: 'letter', quote: 'We are ready to talk whenever the Board is.' },
                  ],
                },
              ],
            }
          : m,
      ),
    };
    const screen = selectScreen(sc, createScenarioMachine(sc, 'full').resolveState({ value: 'intelligence__meeting-2', context: context as GameContext }));
    if (screen.screen !== 'intelligence') throw new Error('expected the briefing screen');
    const [same, two] = screen.otherSide;
    expect(same).toMatchObject({ date: '1961-03-10', later: false });
    // The earliest record dates the statement; each quotation keeps its own date.
    expect(two).toMatchObject({ date: '1961-02-20', later: false });
    expect(two!.citations.map((c) => [c.date, c.later])).toEqual([
      ['1961-04-20', true],
      ['1961-02-20', false],
    ]);
  });
});
