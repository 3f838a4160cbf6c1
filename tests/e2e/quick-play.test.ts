/**
 * Quick subset for the inner loop: a short-mode game by clicks, from the title to the debrief.
 */
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();

describe('short game', () => {
  it('short mode reaches its debrief', async () => {
    const scenario = shippedScenario();
    const g = await openGame(getBrowser());
    const { page } = g;
    await page.getByRole('button', { name: /Short game/ }).click();
    await waitForScreen(page, ['prologue', 'opening']);
    const n = await playThrough(page, historicalPick(scenario), { keyboard: false });
    expect(n).toBe(scenario.shortMode.length);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Debrief/);
    await g.screenshot('debrief-short-1366');
    await g.finish();
  });
});
