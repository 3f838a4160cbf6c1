/**
 * Sound: off by default, a choice that sticks, captions for every cue, and a game that plays on silently when
 * the audio files cannot be had.
 */
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();

describe('sound', () => {
  it('starts off; turning it on sticks across a reload; a cue shows its caption', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const toggle = page.locator('.sound-toggle').first();
    await expect(toggle.textContent()).resolves.toBe('Sound: off');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.textContent()).resolves.toBe('Sound: on');
    await page.reload();
    await expect(page.locator('.sound-toggle').first().textContent()).resolves.toBe('Sound: on');
    // Start playing: the opening's typewriter (and every cue after it) shows a caption.
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await page.locator('.continue').click();
    await waitForScreen(page, ['opening']);
    await page.waitForFunction(() => (document.querySelector('.caption-bar')?.textContent ?? '').startsWith('['));
    const caption = await page.locator('.caption-bar').textContent();
    expect(caption).toMatch(/^\[.+\]$/);
    await g.screenshot('caption-1366x768');
    // Key M turns it off again.
    await page.locator('#main h1').focus();
    await page.keyboard.press('m');
    await expect(page.locator('.sound-toggle').first().textContent()).resolves.toBe('Sound: off');
    await g.finish();
  });

  it('with the audio files unreachable the game is fully playable and says once that sound is unavailable', async () => {
    const scenario = shippedScenario();
    const g = await openGame(getBrowser(), { allowFailing: ['/audio/'], path: '' });
    const { page } = g;
    await page.route('**/audio/**', (route) => route.abort());
    await page.locator('.sound-toggle').first().click();
    await page.getByRole('button', { name: /Short game/ }).click();
    await waitForScreen(page, ['prologue', 'opening']);
    await page.waitForSelector('.notice');
    await expect(page.locator('.notice').first().textContent()).resolves.toMatch(/Sound is not available/);
    const n = await playThrough(page, historicalPick(scenario), { keyboard: false });
    expect(n).toBe(scenario.shortMode.length);
    await expect(page.locator('.notice').filter({ hasText: 'Sound is not available' }).count()).resolves.toBe(1);
    await g.finish();
  });
});
