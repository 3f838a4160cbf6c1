/**
 * Property tests over random full playthroughs (fast-check): exactly one ending, meters in range, the
 * debrief covers every choice, replay gives the same ending, and saves and codes round-trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScenarioMachine } from '../../../game/core/machine/machine';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { simulate } from '../../../game/core/rules/engine';
import { searchEndings } from '../../../game/core/rules/search';
import { makeSave, parseSave, replay, serializeSave } from '../../../game/core/save/save';
import { decodeCode, encodeCode } from '../../../game/core/codes/codes';
import { testScenarios } from '../../helpers/scenarios';
import { playGame } from '../../helpers/play';

const RUNS = 10_000;

for (const { name, scenario } of testScenarios()) {
  describe(`properties: ${name}`, () => {
    it(`${RUNS} random playthroughs: one ending, meters in range, full debrief, same ending on replay, save and code round trips`, () => {
      const machines = { full: createScenarioMachine(scenario, 'full'), short: createScenarioMachine(scenario, 'short') };
      const endingIds = new Set(scenario.endings.map((e) => e.id));
      const reached = new Set<string>();
      fc.assert(
        fc.property(
          fc.constantFrom<'full' | 'short'>('full', 'full', 'full', 'short'),
          fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }),
          fc.stringMatching(/^[A-Z]{0,3}$/),
          (mode, picks, initials) => {
            let i = 0;
            const game = playGame(machines[mode], scenario, (_d, n) => (picks[i++] ?? 0) % n);
            const ctx = game.snapshot.context;
            // Exactly one ending, and it is a real one.
            expect(game.screens.filter((s) => s === 'epilogue').length).toBe(1);
            expect(ctx.ending !== null && endingIds.has(ctx.ending)).toBe(true);
            reached.add(ctx.ending!);
            for (const v of Object.values(ctx.meters)) expect(v >= 0 && v <= 100 && Number.isInteger(v)).toBe(true);
            // The debrief has one row per choice, in order.
            const debrief = buildDebrief(scenario, ctx);
            expect(debrief.rows.map((r) => `${r.decisionId}=${r.student.optionId}`)).toEqual(game.choices.map((c) => `${c.decision}=${c.option}`));
            expect(debrief.ending?.id).toBe(ctx.ending);
            // The rules alone agree with the machine.
            const sim = simulate(scenario, mode, game.choices);
            expect(sim.ok && sim.ending?.id).toBe(ctx.ending);
            expect(sim.ok && sim.state.meters).toEqual(ctx.meters);
            // Save round trip, restored by replay through the machine.
            const parsed = parseSave(serializeSave(makeSave(scenario, { mode, choices: game.choices }, '2024-01-01T00:00:00Z')), scenario);
            expect(parsed.ok).toBe(true);
            if (parsed.ok) {
              expect(parsed.save.choices).toEqual(game.choices);
              expect(parsed.restored.value).toBe('summary__' + scenario.decisions.find((d) => d.id === game.choices.at(-1)!.decision)!.meeting);
              expect(parsed.restored.context.meters).toEqual(ctx.meters);
              expect(parsed.restored.context.flags).toEqual(ctx.flags);
            }
            // Code round trip.
            const code = encodeCode(scenario, { mode, choices: game.choices, initials });
            const decoded = decodeCode(code.toLowerCase().replace(/-/g, ' '), scenario);
            expect(decoded.ok).toBe(true);
            if (decoded.ok) {
              expect(decoded.code).toMatchObject({ mode, finished: true, initials, choices: game.choices, canonical: code });
            }
          },
        ),
        { numRuns: RUNS, seed: 19621028 },
      );
      // Random play is not expected to find every ending (some need rare combinations); the witness search does.
      expect(reached.size).toBeGreaterThan(1);
    });

    it('resume codes and saves of games in progress restore the same position', () => {
      const machine = createScenarioMachine(scenario, 'full');
      fc.assert(
        fc.property(fc.array(fc.nat(3), { minLength: 64, maxLength: 64 }), fc.nat(), (picks, cut) => {
          let i = 0;
          const game = playGame(machine, scenario, (_d, n) => (picks[i++] ?? 0) % n);
          const partial = game.choices.slice(0, cut % game.choices.length);
          const r = replay(scenario, 'full', partial);
          expect(r.ok).toBe(true);
          const code = encodeCode(scenario, { mode: 'full', choices: partial });
          const decoded = decodeCode(code, scenario);
          expect(decoded.ok && decoded.code.finished).toBe(false);
          if (decoded.ok && r.ok) {
            const again = replay(scenario, 'full', decoded.code.choices);
            expect(again.ok && again.value).toBe(r.value);
            if (partial.length > 0) expect(r.value.startsWith('ask__') || r.value.startsWith('summary__')).toBe(true);
            else expect(r.value).toBe(scenario.prologue ? 'prologue' : r.value);
          }
        }),
        { numRuns: 500, seed: 7 },
      );
    });

    it('witness paths round-trip through saves and codes', () => {
      for (const mode of ['full', 'short'] as const) {
        const { witnesses } = searchEndings(scenario, mode);
        for (const [ending, choices] of Object.entries(witnesses)) {
          const parsed = parseSave(serializeSave(makeSave(scenario, { mode, choices })), scenario);
          expect(parsed.ok).toBe(true);
          const decoded = decodeCode(encodeCode(scenario, { mode, choices, initials: 'JFK' }), scenario);
          expect(decoded.ok && decoded.code.choices).toEqual(choices);
          const sim = decoded.ok ? simulate(scenario, mode, decoded.code.choices) : null;
          expect(sim?.ok && sim.ending?.id).toBe(ending);
        }
      }
    });
  });
}
