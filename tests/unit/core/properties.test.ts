/**
 * Property tests over random playthroughs (fast-check). The 10,000-run properties play with the pure rules
 * and restore through the machine (replay resolves a machine snapshot, which is then played to its ending);
 * a further set of playthroughs drives the machine event by event and checks it agrees with the rules and
 * with replay exactly.
 */
import fc from 'fast-check';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createScenarioMachine } from '../../../game/core/machine/machine';
import { screenOf } from '../../../game/core/machine/screens';
import { evaluate } from '../../../game/core/rules/conditions';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { applyChoice, END, firstDecision, getDecision, initialRulesState, nextDecision, simulate, type Mode } from '../../../game/core/rules/engine';
import { searchEndings } from '../../../game/core/rules/search';
import { machineFor, makeSave, parseSave, replay, replayByEvents, serializeSave } from '../../../game/core/save/save';
import { decodeCode, encodeCode } from '../../../game/core/codes/codes';
import type { Choice } from '../../../game/core/rules/conditions';
import type { Scenario } from '../../../game/core/scenario/schema';
import { codeErrorText, saveRefusedText } from '../../../game/ui/strings';
import { testScenarios } from '../../helpers/scenarios';
import { playGame } from '../../helpers/play';

const RUNS = 10_000;

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** A random full playthrough with the rules: `picks` choose the option at each question. */
function randomPlay(scenario: Scenario, mode: Mode, picks: number[]): Choice[] {
  const choices: Choice[] = [];
  let state = initialRulesState(scenario);
  for (let at = firstDecision(scenario, mode), i = 0; at !== END; i++) {
    const d = getDecision(scenario, at)!;
    const option = d.options[(picks[i] ?? 0) % d.options.length]!;
    choices.push({ decision: d.id, option: option.id });
    state = applyChoice(scenario, state, d.id, option.id)!.state;
    for (const v of Object.values(state.meters)) check(Number.isInteger(v) && v >= 0 && v <= 100, `meter out of range: ${v}`);
    at = nextDecision(scenario, mode, d.id, option.id);
  }
  return choices;
}

/** From a restored snapshot, play on through the machine to the epilogue and return the ending it reaches. */
function endingThroughMachine(scenario: Scenario, mode: Mode, snapshot: ReturnType<typeof replay> & { ok: true }): string | null {
  const machine = machineFor(scenario, mode);
  let snap = snapshot.snapshot;
  for (let n = 0; n < 10 && screenOf(snap)?.screen !== 'epilogue'; n++) [snap] = transition(machine, snap, { type: 'briefing.continue' });
  return snap.context.ending;
}

for (const { name, scenario } of testScenarios()) {
  describe(`properties: ${name}`, () => {
    it(`${RUNS} random full playthroughs: one ending, meters in range, debrief covers every choice, replay gives the same ending, save and code round trips`, () => {
      const reached = new Set<string>();
      fc.assert(
        fc.property(
          fc.constantFrom<Mode>('full', 'full', 'full', 'short'),
          fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }),
          fc.stringMatching(/^[A-Z]{0,3}$/),
          (mode, picks, initials) => {
            const choices = randomPlay(scenario, mode, picks);
            const sim = simulate(scenario, mode, choices);
            check(sim.ok && sim.finished, 'the playthrough finishes');
            if (!sim.ok || !sim.ending) throw new Error('no ending');
            // Exactly one ending: the first whose condition holds, and it is the one reported.
            const holding = scenario.endings.filter((e) => evaluate(e.when, sim.state));
            check(holding.length >= 1 && holding[0]!.id === sim.ending.id, 'one ending is chosen');
            reached.add(sim.ending.id);
            const debrief = buildDebrief(scenario, { mode, choices });
            check(
              debrief.rows.length === choices.length &&
                debrief.rows.every((r, i) => r.decisionId === choices[i]!.decision && r.student.optionId === choices[i]!.option),
              'debrief covers every choice',
            );
            check(debrief.ending?.id === sim.ending.id, 'debrief names the ending');
            // Save round trip, restored through the machine and played on to the same ending.
            const parsed = parseSave(serializeSave(makeSave(scenario, { mode, choices }, '2024-01-01T00:00:00Z')), scenario);
            if (!parsed.ok) throw new Error(saveRefusedText(parsed));
            check(JSON.stringify(parsed.save.choices) === JSON.stringify(choices), 'save keeps the choices');
            check(endingThroughMachine(scenario, mode, { ok: true, ...parsed.restored }) === sim.ending.id, 'replay gives the same ending');
            // Code round trip, forgiving case and separators.
            const code = encodeCode(scenario, { mode, choices, initials });
            const decoded = decodeCode(code.toLowerCase().replace(/-/g, ' '), scenario);
            if (!decoded.ok) throw new Error(codeErrorText(decoded.error));
            check(
              decoded.code.finished && decoded.code.mode === mode && decoded.code.initials === initials && decoded.code.canonical === code,
              'code fields survive',
            );
            check(JSON.stringify(decoded.code.choices) === JSON.stringify(choices), 'code keeps the choices');
          },
        ),
        { numRuns: RUNS, seed: 19621028 },
      );
      // Random play need not find every ending (some need rare combinations); the witness search does.
      expect(reached.size).toBeGreaterThan(1);
    });

    it('playing through the machine agrees with the rules, and replay resolves exactly the snapshot play reaches', () => {
      const machines = { full: createScenarioMachine(scenario, 'full'), short: createScenarioMachine(scenario, 'short') };
      fc.assert(
        fc.property(fc.constantFrom<Mode>('full', 'short'), fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }), fc.nat(), (mode, picks, cut) => {
          let i = 0;
          const game = playGame(machines[mode], scenario, (_d, n) => (picks[i++] ?? 0) % n);
          const ctx = game.snapshot.context;
          expect(game.screens.filter((s) => s === 'epilogue')).toHaveLength(1);
          const sim = simulate(scenario, mode, game.choices);
          expect(sim.ok && sim.ending?.id).toBe(ctx.ending);
          expect(sim.ok && sim.state.meters).toEqual(ctx.meters);
          const partial = game.choices.slice(0, cut % (game.choices.length + 1));
          const fast = replay(scenario, mode, partial);
          const slow = replayByEvents(scenario, mode, partial);
          expect(fast.ok && slow.ok).toBe(true);
          if (fast.ok && slow.ok) {
            expect(fast.value).toBe(slow.value);
            expect(fast.context).toEqual(slow.context);
          }
        }),
        { numRuns: 300, seed: 7 },
      );
    });

    it('witness paths round-trip through saves and codes', () => {
      for (const mode of ['full', 'short'] as const) {
        const { witnesses } = searchEndings(scenario, mode);
        for (const [ending, choices] of Object.entries(witnesses)) {
          const parsed = parseSave(serializeSave(makeSave(scenario, { mode, choices })), scenario);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(endingThroughMachine(scenario, mode, { ok: true, ...parsed.restored })).toBe(ending);
          const decoded = decodeCode(encodeCode(scenario, { mode, choices, initials: 'JFK' }), scenario);
          expect(decoded.ok && decoded.code.choices).toEqual(choices);
          const sim = decoded.ok ? simulate(scenario, mode, decoded.code.choices) : null;
          expect(sim?.ok && sim.ending?.id).toBe(ending);
        }
      }
    });
  });
}
