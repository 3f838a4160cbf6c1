import { describe, expect, it } from 'vitest';
import { canvasHasDrawing, openGame, useBrowser } from './harness/browser';
import { SUB_PATH } from './harness/static-server';

const getBrowser = useBrowser();

describe('foundation', () => {
  it('title screen: keyboard alone reaches Begin, and the Phaser room is drawn', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await expect(page.title()).resolves.toBe('ExComm 1962');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'ExComm 1962' }).waitFor();
    await g.screenshot('title-1366x768');
    // Tab from the top of the page until Begin has focus (the skip link comes first).
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'Begin'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    }
    expect(focused).toBe('Begin');
    await page.keyboard.press('Enter');
    await page.locator('#stage canvas').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.body.dataset.stage !== undefined);
    const drawn = await canvasHasDrawing(page, '#stage canvas');
    expect(drawn.distinctColours).toBeGreaterThan(8);
    await g.screenshot('room-first-scene');
    await g.finish();
  });

  it('the built game works from a sub-path of a static host', async () => {
    const g = await openGame(getBrowser(), { path: SUB_PATH.slice(1) });
    const { page } = g;
    expect(page.url()).toContain(SUB_PATH);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('#stage canvas').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.body.dataset.stage !== undefined);
    expect((await canvasHasDrawing(page, '#stage canvas')).distinctColours).toBeGreaterThan(8);
    await g.finish();
  });
});
