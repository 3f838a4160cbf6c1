/**
 * The room and the card share the screen sensibly (game/ui/styles.css .play-area, game/view/room-scene.ts): at each
 * common classroom size the card keeps at least 60% of the width (or the room is a band above it), the room is
 * drawn (not blank) and no text drawn in it is under 12 CSS px (the stage reports the smallest size it drew in
 * data-text-px). Also: with neither WebGL nor Canvas available the room stays empty and the game plays on.
 * Screenshots: tests/output/screens/room-<size>.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasHasDrawing, openGame, useBrowser } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x600', width: 1024, height: 600 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const box = (page: Page, sel: string) =>
  page
    .locator(sel)
    .first()
    .evaluate((el): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

describe('the room beside (or above) the card', () => {
  for (const size of SIZES) {
    it(`${size.name}: the card keeps the width, the room is drawn, its text is at least 12 px`, async () => {
      const g = await openGame(getBrowser(), { viewport: { width: size.width, height: size.height } });
      const { page } = g;
      await page.locator('#begin').click();
      await waitForScreen(page, ['prologue']);
      await page.locator('.continue').click();
      await waitForScreen(page, ['opening']);
      await page.waitForFunction(() => document.body.dataset.stage !== undefined, null, { timeout: 60_000 });
      // A meeting with its advisers seated and one of them speaking.
      await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
      if (await page.locator('.next-adviser').count()) await page.locator('.next-adviser').first().click();
      await page.waitForFunction(() => Number(document.getElementById('stage')?.dataset.textPx ?? 0) > 0);

      const card = await box(page, '.card-column');
      const stage = await box(page, '#stage');
      const band = stage.y + stage.height <= card.y + 1;
      // Side by side: the card has at least 60% of the width. A band: the room sits above the card, as wide.
      if (band) expect(card.width).toBeGreaterThanOrEqual(size.width * 0.6);
      else expect(card.width / size.width).toBeGreaterThanOrEqual(0.6);
      if (size.width < 1280 || size.height < 700) expect(band, 'under 1280×700 the room is a band above the card').toBe(true);
      // The room fills the space it takes: the canvas covers the stage box.
      const canvas = await box(page, '#stage canvas');
      expect(canvas.width).toBeGreaterThanOrEqual(stage.width - 2);
      expect(canvas.height).toBeGreaterThanOrEqual(stage.height - 2);
      // A band leaves most of the first screen to the card.
      if (band) expect(stage.height).toBeLessThanOrEqual(size.height * 0.3);

      const { distinctColours } = await canvasHasDrawing(page, '#stage canvas');
      expect(distinctColours).toBeGreaterThan(4);
      const textPx = Number(await page.locator('#stage').getAttribute('data-text-px'));
      expect(textPx).toBeGreaterThanOrEqual(12);
      await g.screenshot(`room-${size.name}`);
      await g.finish();
    });
  }

  it('keeps the room out of projector mode', async () => {
    const g = await openGame(getBrowser(), { path: '?mode=projector', viewport: { width: 1366, height: 768 } });
    const { page } = g;
    await page.locator('#begin-projector').click();
    await waitForScreen(page, ['prologue', 'opening']);
    await expect(page.locator('.stage-column').isVisible()).resolves.toBe(false);
    await g.finish();
  });

  it('plays to the debrief when neither WebGL nor Canvas is available (the room stays empty)', async () => {
    const g = await openGame(getBrowser(), {
      initScript: 'HTMLCanvasElement.prototype.getContext = function () { return null; };',
    });
    const { page } = g;
    await page.locator('#begin-short').click();
    await waitForScreen(page, ['prologue', 'opening']);
    // The whole short game to the debrief, on the HTML layer alone.
    const n = await playThrough(page, historicalPick(scenario), { keyboard: false });
    expect(n).toBe(scenario.shortMode.length);
    await waitForScreen(page, ['debrief']);
    await expect(page.locator('#main h1').first().isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.body.dataset.stage)).resolves.toBe('none');
    await expect(page.locator('#stage canvas').count()).resolves.toBe(0);
    await g.finish();
  });
});
