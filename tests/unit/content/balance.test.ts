/**
 * Scoring without a right answer (issue 11): the structure that keeps the balance report's targets
 * meaningful, and the targets themselves (same seed as `npm run balance`, so a failure here reads the same
 * as the report).
 */
import { describe, expect, it } from 'vitest';
import { balanceReport, playThrough, historian } from '../../../game/core/rules/balance';
import { searchEndings } from '../../../game/core/rules/search';
import { STANCES } from '../../../game/core/scenario/schema';
import { seededRandom } from '../../helpers/random';
import { loadReal } from '../../helpers/scenarios';

const scenario = loadReal();

describe('the shipped scenario: balance', () => {
  it('offers a choice of stance at every decision: all three where there are three options or more', () => {
    for (const d of scenario.decisions) {
      const stances = new Set(d.options.map((o) => o.stance));
      expect(stances.size, `${d.id}: ${[...stances].join(', ')}`).toBeGreaterThanOrEqual(2);
      if (d.options.length >= 3) expect([...stances].sort(), d.id).toEqual([...STANCES].sort());
    }
  });

  it('reaches every ending in some playthrough, in full and in short mode', () => {
    const full = searchEndings(scenario, 'full');
    expect(full.complete).toBe(true);
    for (const e of scenario.endings) expect(full.witnesses[e.id], e.id).toBeTruthy();
  });

  it('reaches the historical ending on the historical path', () => {
    const historical = scenario.endings.find((e) => e.kind === 'historical')!;
    expect(playThrough(scenario, 'full', historian).ending).toBe(historical.id);
    expect(playThrough(scenario, 'short', historian).ending).toBe(historical.id);
  });

  it('meets the balance targets (historical option rarely the strict best; scripted and random players spread over the endings)', () => {
    const r = balanceReport(scenario, { random: seededRandom(1962) });
    console.log(
      `[balance] strict best ${r.strictBest}/${r.decisions.length}; firmest -> ${r.scripted.firmest}; flexible -> ${r.scripted.flexible}; random: ${r.random.endings.map((e) => `${e.id} ${e.count}`).join(', ')}`,
    );
    for (const t of r.targets) expect(t.ok, t.id).toBe(true);
  });
});
