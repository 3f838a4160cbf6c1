/**
 * The stage's desk scenes (game/view/desk/): the calendar on the first meeting's opening, and a consequence of
 * each medium (a newspaper for a headline, a teletype for a cable, the light table for flights and for the
 * quarantine, a telephone, a typed and stamped record), reached by playing the game's first meeting with answers
 * chosen for their medium. At two classroom sizes (a column beside the card, a band above it): each scene is
 * drawn (not blank), looks unlike the others, draws no text under 12 px, and its motion comes to an end. Under
 * reduced motion nothing moves and each scene shows at once the picture the moving scene ends on.
 * Screenshots: tests/output/screens/scene-<name>-<size>.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasSample, distinctColours, openGame, sampleDifference, useBrowser, waitForStage, type CanvasSample } from './harness/browser';
import { playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();

/** The first meeting's answers, chosen for the scene each brings; in the order asked. */
const PICKS: { decision: string; option: string; scene: string; view: string }[] = [
  { decision: 'm14-press', option: 'hold-attack', scene: 'headline', view: 'headline' },
  { decision: 'm14-instructions', option: 'wait', scene: 'cable', view: 'cable' },
  { decision: 'm14-recon', option: 'fly-unless', scene: 'lighttable-flights', view: 'lighttable' },
  { decision: 'm14-tell-soviets', option: 'no-warning', scene: 'phone', view: 'phone' },
  { decision: 'm14-un-flights', option: 'keep-trying', scene: 'record', view: 'record' },
  { decision: 'm14-quarantine', option: 'reimpose', scene: 'lighttable-quarantine', view: 'lighttable' },
];

const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1024x600', width: 1024, height: 600 },
] as const;

it('the picks are in the shipped scenario, with the media the test expects', () => {
  for (const p of PICKS) {
    const option = scenario.decisions.find((d) => d.id === p.decision)?.options.find((o) => o.id === p.option);
    expect(option, `${p.decision}/${p.option}`).toBeDefined();
    const kind = option!.routes.length ? 'lighttable' : option!.consequence.medium;
    expect(kind, `${p.decision}/${p.option}`).toBe(p.view);
  }
});

const pick = (decisionId: string, ids: string[]) => PICKS.find((p) => p.decision === decisionId)?.option ?? ids[0]!;

/** Waits for the stage to show `view` and its motion to end; returns the smallest text drawn (CSS px). */
async function settled(page: Page, view: string): Promise<number> {
  await waitForStage(page, view);
  return Number(await page.locator('#stage').getAttribute('data-text-px'));
}

/** Plays the first meeting with PICKS, calling `seen` on the opening's calendar and on each consequence. */
async function playScenes(page: Page, seen: (scene: string, view: string) => Promise<void>): Promise<void> {
  await page.locator('#begin').click();
  await waitForScreen(page, ['prologue']);
  await page.locator('.continue').click();
  await waitForScreen(page, ['opening']);
  await page.waitForFunction(() => document.body.dataset.stage !== undefined, null, { timeout: 60_000 });
  await seen('calendar', 'calendar');
  let next = 0;
  await playThrough(page, pick, {
    keyboard: false,
    stopAfterChoices: PICKS.length,
    after: async (kind) => {
      if (kind !== 'consequence' || next >= PICKS.length) return;
      const p = PICKS[next++]!;
      await seen(p.scene, p.view);
    },
  });
  expect(next).toBe(PICKS.length);
}

/** The final frames of the moving scenes, by size and scene, for the reduced-motion comparison. */
const finals = new Map<string, CanvasSample>();

describe('the desk scenes', () => {
  for (const size of SIZES) {
    it(`${size.name}: every scene is drawn, unlike the others, text at least 12 px, and its motion ends`, async () => {
      const g = await openGame(getBrowser(), { viewport: { width: size.width, height: size.height }, reducedMotion: false });
      const { page } = g;
      const pictures = new Map<string, CanvasSample>();
      await playScenes(page, async (scene, view) => {
        const textPx = await settled(page, view);
        // The light table draws no words (0); every other scene draws its date or headline at 12 px or more.
        if (view === 'lighttable') expect(textPx === 0 || textPx >= 12, `${scene}: smallest text ${textPx}`).toBe(true);
        else expect(textPx, `${scene}: smallest text`).toBeGreaterThanOrEqual(12);
        const s = await canvasSample(page, '#stage canvas', 64);
        expect(distinctColours(s), `${scene}: colours drawn`).toBeGreaterThan(8);
        pictures.set(scene, s);
        finals.set(`${size.name}/${scene}`, s);
        await g.screenshot(`scene-${scene}-${size.name}`);
      });
      const names = [...pictures.keys()];
      for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++) {
          const share = sampleDifference(pictures.get(names[i]!)!, pictures.get(names[j]!)!);
          // The two light tables share their table and film: only the line and the planes differ.
          const least = names[i]!.startsWith('lighttable') && names[j]!.startsWith('lighttable') ? 0.01 : 0.12;
          expect(share, `${names[i]} and ${names[j]} look alike`).toBeGreaterThan(least);
        }
      await g.finish();
    });
  }

  it('reduced motion: nothing moves, and each scene shows at once the frame the moving scene ends on', async () => {
    const g = await openGame(getBrowser(), {
      viewport: { width: 1366, height: 768 },
      reducedMotion: true,
      initScript: `window.__moved = false;
        new MutationObserver(() => { if (document.getElementById('stage')?.dataset.moving === 'yes') window.__moved = true; })
          .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-moving'] });`,
    });
    const { page } = g;
    await playScenes(page, async (scene, view) => {
      await expect(page.locator('#stage').getAttribute('data-view')).resolves.toBe(view);
      await settled(page, view);
      const moving = finals.get(`1366x768/${scene}`);
      if (moving)
        expect(sampleDifference(await canvasSample(page, '#stage canvas', 64), moving), `${scene}: the still frame is the moving scene's last`).toBeLessThan(
          0.02,
        );
    });
    await expect(page.evaluate(() => (window as unknown as { __moved: boolean }).__moved)).resolves.toBe(false);
    await g.finish();
  });
});
