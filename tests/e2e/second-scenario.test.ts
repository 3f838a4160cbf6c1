/**
 * A second scenario beside the shipped one (tests/fixtures/mini, served as scenarios/harbour-test/ with a line in
 * scenarios/index.json by the global setup): chosen by `?scenario=`, titled and coded from its own presentation,
 * played from title to debrief, with its own save and its own codes. The two never disturb each other.
 */
import { describe, expect, it } from 'vitest';
import { loadMini } from '../helpers/scenarios';
import { useBrowser, openGame } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const mini = loadMini();
const shipped = shippedScenario();

describe('a second scenario beside the shipped one', () => {
  it('plays title to debrief with its own title, save and codes, and leaves the shipped scenario alone', async () => {
    const g = await openGame(getBrowser(), { path: '?scenario=excomm-1962' });
    const { page, baseUrl } = g;
    // A game of the shipped scenario, two answers in: its save is in the browser.
    await page.locator('#begin-short').click();
    await playThrough(page, historicalPick(shipped), { keyboard: false, stopAfterChoices: 2 });
    const shippedDecision = await page.locator('section[data-decision]').getAttribute('data-decision');
    const shippedSave = await page.evaluate(() => localStorage.getItem('excomm-1962:save'));
    expect(shippedSave).toContain('excomm-1962');

    // The second scenario, by its address: its own title and premise, and no Continue (it has no save yet).
    await page.goto(new URL('?scenario=harbour-test#/', baseUrl).toString());
    await page.locator('#resume').waitFor();
    await page.waitForFunction((t) => document.getElementById('title-h1')?.textContent === t, mini.presentation.shortTitle);
    await expect(page.locator('.premise').textContent()).resolves.toBe(mini.presentation.premise);
    await expect(page.locator('#continue').count()).resolves.toBe(0);
    await g.screenshot('second-scenario-title');

    await page.locator('#begin').click();
    const n = await playThrough(page, historicalPick(mini), { keyboard: false });
    expect(n).toBeGreaterThan(0);
    await expect(page.locator('.topbar .where').textContent()).resolves.toBe('Debrief');
    const code = (await page.locator('.results-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(new RegExp(`^${mini.presentation.codePrefix}-`));
    await g.screenshot('second-scenario-debrief');
    expect(await page.evaluate(() => localStorage.getItem('harbour-test:save'))).toContain('harbour-test');
    // The shipped scenario's save is exactly as it was: not read, not set aside.
    expect(await page.evaluate(() => localStorage.getItem('excomm-1962:save'))).toBe(shippedSave);
    expect(await page.evaluate(() => localStorage.getItem('excomm-1962:save.broken'))).toBeNull();

    // The second scenario's results code opens its debrief; the shipped scenario refuses it.
    await page.goto(new URL('?scenario=harbour-test#/', baseUrl).toString());
    await page.locator('#continue').waitFor();
    await page.locator('#resume').click();
    await page.locator('#resume-input').fill(code);
    await page.locator('.resume-form button[type=submit]').click();
    await waitForScreen(page, ['debrief']);

    // Back to the shipped scenario: Continue brings back its own game, two answers in, at the next question
    // (after any briefing screens of a new meeting).
    await page.goto(new URL('#/', baseUrl).toString());
    await page.locator('#continue').click();
    for (let i = 0; i < 4 && (await waitForScreen(page, ['opening', 'intelligence', 'summary', 'decision'])) !== 'decision'; i++)
      await page.locator('.continue').first().click();
    expect(await page.locator('section[data-decision]').getAttribute('data-decision')).toBe(shippedDecision);
    await page.locator('.topbar button', { hasText: 'Save and exit' }).click();
    await page.locator('#resume').click();
    await page.locator('#resume-input').fill(code);
    await page.locator('.resume-form button[type=submit]').click();
    await expect(page.locator('#resume-error').textContent()).resolves.not.toBe('');
    expect(await page.evaluate(() => localStorage.getItem('harbour-test:save'))).toContain('harbour-test');
    await g.finish();
  });

  it('an address naming a scenario that is not served gives the default one and says so', async () => {
    const g = await openGame(getBrowser(), { path: '?scenario=no-such-thing' });
    const { page } = g;
    await page.locator('#resume').waitFor();
    await expect(page.locator('#title-h1').textContent()).resolves.toBe(shipped.presentation.shortTitle);
    await expect(page.locator('.title-message').textContent()).resolves.toContain('no-such-thing');
    await g.finish();
  });
});
