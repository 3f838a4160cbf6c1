/**
 * The Cabinet Room as the player sees it (game/view/room-scene.ts), read from the canvas's pixels:
 * - the calendar turns to the meeting's date as it opens, then the room fills with people;
 * - the adviser who speaks is lit and leans in (the picture changes when the next adviser speaks), and a new
 *   question passes a paper and moves the clock on;
 * - the light at the windows follows the meetings' times (Oct 31, 10 a.m.: daylight; Nov 3, 4:30 p.m.: low sun;
 *   Nov 7, 5 p.m.: dusk);
 * - under reduced motion every picture is a still frame (never moving);
 * - the loop sleeps on a still screen (no frames drawn while nothing moves).
 * Screenshots: tests/output/screens/room-scene-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasSample, distinctColours, openGame, sampleDifference, useBrowser, waitForStage, type CanvasSample } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();

/**
 * The colour in the first window's glass, between its bars (a column room has two windows, the clock between
 * them; the wall is the top 30% of the room).
 */
function windowColour(s: CanvasSample): [number, number, number] {
  const rows = s.rgb.length / s.cols;
  const col = Math.floor(s.cols * 0.21);
  const row = Math.floor(rows * 0.1);
  return s.rgb[row * s.cols + col]!;
}

/** Counts the frames the stage draws over `ms` (-1 when it does not draw with Canvas). */
async function framesDrawnOver(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (wait) => {
    const canvas = document.querySelector('#stage canvas') as HTMLCanvasElement;
    let frames = 0;
    const ctx = canvas.getContext('2d');
    if (!ctx) return -1; // not the Canvas renderer
    // The Canvas renderer fills the whole canvas at the start of every frame it draws: count those.
    {
      const fill = ctx.fillRect.bind(ctx);
      ctx.fillRect = (...a: Parameters<typeof fill>) => {
        frames += a[2] >= canvas.width && a[3] >= canvas.height ? 1 : 0;
        fill(...a);
      };
    }
    await new Promise((r) => setTimeout(r, wait));
    return frames;
  }, ms);
}

/** Begin, past the prologue, to the first meeting's opening with its calendar drawn. */
async function toTheCalendar(page: Page): Promise<void> {
  await page.locator('#begin').click();
  await waitForScreen(page, ['prologue']);
  await page.locator('.continue').click();
  await waitForScreen(page, ['opening']);
  await waitForStage(page, 'calendar');
}

describe('the Cabinet Room', () => {
  it('turns the calendar, seats the meeting, lights the speaker, passes a paper, then sleeps', async () => {
    const g = await openGame(getBrowser(), { reducedMotion: false });
    const { page } = g;
    await toTheCalendar(page);
    const calendar = await canvasSample(page);
    await page.locator('.continue').click();
    await waitForScreen(page, ['intelligence']);
    await waitForStage(page, 'room');
    const room = await canvasSample(page);
    expect(sampleDifference(calendar, room), 'the calendar and the room are different pictures').toBeGreaterThan(0.3);
    await g.screenshot('room-scene-intelligence');

    // The first question: the room lights the adviser whose words the card shows (not the last one briefed).
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
    const speaks = await page.locator('article.statement').first().getAttribute('data-speaker');
    await expect(page.locator('#stage').getAttribute('data-speaker')).resolves.toBe(speaks);
    // The first question where advisers speak in turn: one speaks, then the next.
    for (let i = 0; i < 6 && (await page.locator('.next-adviser').count()) === 0; i++)
      await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 1 });
    await waitForStage(page, 'room');
    const first = await canvasSample(page);
    expect(await page.locator('.next-adviser').count(), 'a question with advisers heard in turn').toBeGreaterThan(0);
    await page.locator('.next-adviser').first().click();
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.moving === 'no');
    const second = await canvasSample(page);
    const lit = sampleDifference(first, second);
    expect(lit, 'another adviser lit').toBeGreaterThan(0.01);
    expect(lit, 'the same room').toBeLessThan(0.3);
    await g.screenshot('room-scene-speaker');

    // Asleep on a still screen: no frame drawn for a second (headless Chromium's WebGL is software, so the stage
    // draws with Canvas there, whose every frame begins by filling the whole canvas).
    await expect(page.evaluate(() => document.body.dataset.stage)).resolves.toBe('canvas');
    await expect(framesDrawnOver(page, 1000)).resolves.toBe(0);

    // The next question: the clock moves on and a paper passes (the picture moves, then is still again).
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 1 });
    await waitForStage(page, 'room');
    const next = await canvasSample(page);
    expect(sampleDifference(second, next)).toBeGreaterThan(0.005);
    await g.finish();
  });

  it("follows the meetings' time of day at the windows, in still frames under reduced motion", async () => {
    const g = await openGame(getBrowser(), { reducedMotion: true });
    const { page } = g;
    // Record every change of data-moving: under reduced motion the stage never says it is moving.
    await page.evaluate(() => {
      (window as unknown as { moved: number }).moved = 0;
      new MutationObserver(() => {
        if (document.getElementById('stage')?.dataset.moving === 'yes') (window as unknown as { moved: number }).moved++;
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-moving'] });
    });
    await page.locator('#begin').click();
    const windows = new Map<string, [number, number, number]>();
    await playThrough(page, historicalPick(scenario), {
      keyboard: false,
      after: async (kind) => {
        if (kind === 'opening') {
          // The calendar turned from the last meeting's day (all its pages turned at once, still).
          await waitForStage(page, 'calendar');
          await g.screenshot(`room-scene-calendar-${windows.size + 1}`);
        }
        if (kind !== 'intelligence') return;
        await waitForStage(page, 'room');
        const where = (await page.locator('.topbar .where').textContent()) ?? '';
        const meeting = /Meeting (\d+)/.exec(where)?.[1] ?? where;
        windows.set(meeting, windowColour(await canvasSample(page, '#stage canvas', 96)));
        await g.screenshot(`room-scene-meeting-${meeting}`);
      },
    });
    expect([...windows.keys()]).toEqual(['14', '19', '22']);
    const [day, lateSun, dusk] = [windows.get('14')!, windows.get('19')!, windows.get('22')!];
    expect(day[2], 'a morning sky: more blue than red').toBeGreaterThan(day[0]);
    expect(lateSun[0], 'the low sun of late afternoon: more red than blue').toBeGreaterThan(lateSun[2] + 40);
    const lum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    expect(lum(dusk), 'dusk is darker than the morning').toBeLessThan(lum(day) - 200);
    await expect(page.evaluate(() => (window as unknown as { moved: number }).moved)).resolves.toBe(0);
    await g.finish();
  });

  it('draws with WebGL too, where the GPU is not a software one', async () => {
    // Headless Chromium's WebGL runs on SwiftShader, which the stage avoids (it picks Canvas there). Named as a
    // hardware GPU, WebGL is chosen: the same pictures must come out of the other renderer.
    const g = await openGame(getBrowser(), {
      reducedMotion: true,
      initScript: `for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
          const get = C.prototype.getParameter;
          C.prototype.getParameter = function (p) { return p === 0x9246 || p === 0x1F01 ? 'Test GPU' : get.call(this, p); };
        }`,
    });
    const { page } = g;
    await toTheCalendar(page);
    await expect(page.evaluate(() => document.body.dataset.stage)).resolves.toBe('webgl');
    const calendar = await canvasSample(page);
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
    await waitForStage(page, 'room');
    const room = await canvasSample(page);
    expect(distinctColours(room), 'the room drawn').toBeGreaterThan(20);
    expect(sampleDifference(calendar, room)).toBeGreaterThan(0.3);
    await g.screenshot('room-scene-webgl');
    await g.finish();
  });
});
