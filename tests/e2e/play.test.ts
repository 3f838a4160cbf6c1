/**
 * The playable game, end to end in Chromium, as a student plays it. One keyboard-only historical
 * playthrough carries most checks (focus after every action, screenshots and ARIA snapshots of every screen
 * type, the debrief), so the suite stays quick on two cores.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser, waitForStage } from './harness/browser';
import { focusInfo, historicalPick, playThrough, screenKind, shippedScenario, waitForScreen } from './harness/driver';
import { buildDebrief } from '../../game/core/rules/debrief';
import { historicalPath } from '../../game/core/rules/engine';

const ARIA_DIR = resolve(import.meta.dirname, 'aria');
const scenario = shippedScenario();
const historicalEnding = scenario.endings.find((e) => e.kind === 'historical')!;

const getBrowser = useBrowser();

/**
 * What a screen reader hears on this screen, compared with the snapshot kept in tests/e2e/aria/. A missing
 * snapshot is written locally (review it, then commit it); under CI a missing snapshot fails.
 */
async function checkAria(page: Page, name: string): Promise<void> {
  // The test server's port changes from run to run; the snapshot names it GAME-ORIGIN.
  const snap = (await page.locator('#main').ariaSnapshot()).replaceAll(new URL(page.url()).origin, 'GAME-ORIGIN');
  const file = resolve(ARIA_DIR, `${name}.yml`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`No ARIA snapshot for ${name}: run the tests locally and commit tests/e2e/aria/${name}.yml`);
    mkdirSync(ARIA_DIR, { recursive: true });
    writeFileSync(file, snap + '\n');
    return;
  }
  expect(snap + '\n', `ARIA snapshot of the ${name} screen changed`).toBe(readFileSync(file, 'utf8'));
}

describe('the playable game', () => {
  it('keyboard only: the historical choices reach the historical ending, every decision matched', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await page.locator('#resume').waitFor(); // the game has loaded: the title is complete
    await checkAria(page, 'title');
    // Begin by keyboard.
    await page.locator('#begin').focus();
    await page.keyboard.press('Enter');
    const seen = new Set<string>();
    let actions = 0;
    const after = async (kind: string) => {
      actions++;
      // After every action the focus is on a visible, named element, never the page body.
      const f = await focusInfo(page);
      expect(f.tag, `focus after an action on the ${kind} screen`).not.toBe('body');
      expect(f.visible).toBe(true);
      expect(f.name.length).toBeGreaterThan(0);
      // Exactly one h1 on every screen; "Debrief" appears in no h1 or h2 before the debrief itself.
      await expect(page.locator('#main h1').count()).resolves.toBe(1);
      if (kind !== 'debrief') {
        const heads = await page.locator('#main h1, #main h2').allTextContents();
        expect(
          heads.filter((t) => /debrief/i.test(t)),
          `headings on the ${kind} screen`,
        ).toEqual([]);
      }
      if (!seen.has(kind) && kind !== 'debrief') {
        seen.add(kind);
        await g.screenshot(`screen-${kind}-1366x768`);
        await checkAria(page, kind);
      }
    };
    await waitForScreen(page, ['prologue']);
    await after('prologue');
    const n = await playThrough(page, historicalPick(scenario), { keyboard: true, after });
    expect(n).toBe(scenario.decisions.length);
    expect(actions).toBeGreaterThan(n * 2);
    for (const k of ['prologue', 'opening', 'intelligence', 'decision', 'consequence', 'summary', 'epilogue']) expect(seen).toContain(k);

    // The debrief: every decision matched, the historical ending.
    await expect(page.locator('#main h1').textContent()).resolves.toMatch(/Debrief/);
    await expect(page.locator('.badge-match').count()).resolves.toBe(scenario.decisions.length);
    await expect(page.locator('.badge-differ').count()).resolves.toBe(0);
    await expect(page.locator('.ending-compare').textContent()).resolves.toContain(historicalEnding.title);
    await expect(page.locator('.ending-compare').textContent()).resolves.toContain('(the historical ending)');
    // The President's own proposals are counted as his, apart from the advisers; the adviser named is one the
    // rules count from the records (never the President); the stance profile and the limits are shown.
    const expected = buildDebrief(scenario, { mode: 'full', choices: historicalPath(scenario, 'full') });
    expect(expected.chairCount).toBeGreaterThan(0);
    const followed = (await page.locator('.followed').textContent())!;
    const times = (k: number) => (k === 1 ? 'once' : k === 2 ? 'twice' : `${k} times`);
    expect(followed).toContain(`You followed the President’s own proposal ${times(expected.chairCount)}`);
    for (const p of expected.mostFollowed!.people) {
      expect(p.personId).not.toBe(scenario.chair);
      expect(followed).toContain(`${p.name} (${p.title}) — ${expected.mostFollowed!.count} of ${scenario.decisions.length} answers`);
    }
    await expect(page.locator('.who-argued', { hasText: 'the President (his own proposal)' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.stance-table tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('.limits li').count()).resolves.toBe(scenario.limits.length);
    await page.screenshot({ path: resolve(import.meta.dirname, '../output/screens/screen-debrief-1366x768.png'), fullPage: false });
    await checkAria(page, 'debrief');
    await g.finish();
  });

  it('the pages around the game (about the sources, teacher guide, class results) each have one h1 and a stable ARIA snapshot', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    for (const [route, name] of [
      ['#/about', 'about'],
      ['#/guide', 'guide'],
      ['#/class', 'class'],
    ] as const) {
      await page.evaluate((r) => (location.hash = r), route);
      await page.waitForFunction((n) => document.body.dataset.screen === n, name);
      await page.locator('#main h1').waitFor();
      await expect(page.locator('h1').count()).resolves.toBe(1);
      await expect(page.locator('.sound-toggle').count()).resolves.toBe(1);
      await g.screenshot(`page-${name}-1366x768`);
      if (name !== 'guide') await checkAria(page, name);
    }
    await g.finish();
  });

  it('other choices reach a counterfactual ending, labelled as such (1024x600, clicks)', async () => {
    const g = await openGame(getBrowser(), { viewport: { width: 1024, height: 600 } });
    const { page } = g;
    await page.locator('#resume').waitFor(); // the game has loaded: the title is complete
    await g.screenshot('title-1024x600');
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await g.screenshot('screen-prologue-1024x600');
    const seen = new Set<string>();
    const hist = new Map(scenario.decisions.map((d) => [d.id, d.history.option]));
    let counterfactuals = 0;
    const n = await playThrough(page, (id, ids) => ids.find((o) => o !== hist.get(id)) ?? ids[0]!, {
      keyboard: false,
      after: async (kind) => {
        // Every invented outcome says what it rests on: a quoted warning, or plainly the game's own guess.
        if (kind === 'consequence' || kind === 'event') {
          const card = (await page.locator('#main').textContent())!;
          if (card.includes('What might have happened')) {
            counterfactuals++;
            expect(card).toMatch(/Why this could have happened: |The game’s own guess \(not from the record\): /);
            expect(card).not.toContain('From the record');
          }
        }
        if (!seen.has(kind)) {
          seen.add(kind);
          // The epilogue of an invented ending: the stage shows its record as a carbon copy, not a stamped original.
          if (kind === 'epilogue') {
            await waitForStage(page, 'record');
            await expect(page.locator('.stage-caption').textContent()).resolves.toContain('what might have happened');
          }
          await g.screenshot(`screen-${kind}-1024x600`);
        }
      },
    });
    expect(n).toBeGreaterThan(0);
    expect(counterfactuals).toBeGreaterThan(0);
    const ending = await page.locator('.ending-compare').textContent();
    expect(ending).toContain('(a counterfactual)');
    expect(ending).not.toContain(historicalEnding.title);
    await expect(page.locator('.badge-differ').count()).resolves.toBeGreaterThan(0);
    await g.screenshot('screen-debrief-1024x600');
    await g.finish();
  });

  it('reload in the middle of meeting 19: Continue resumes at the same decision with the same meters; so does a resume code in a fresh context', async () => {
    const firstOf19 = scenario.decisions.findIndex((d) => d.meeting === scenario.meetings[1]!.id);
    const g = await openGame(getBrowser());
    const { page } = g;
    await page.locator('#begin').click();
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: firstOf19 + 1 });
    expect(await screenKind(page)).toBe('decision');
    const where = async (p: Page) => ({
      decision: await p.locator('section[data-decision]').getAttribute('data-decision'),
      meters: await p.locator('.meter-value').allTextContents(),
    });
    const before = await where(page);
    expect(scenario.decisions.find((d) => d.id === before.decision)?.meeting).toBe(scenario.meetings[1]!.id);
    // The resume code, as the student would copy it from the game menu.
    await page.getByRole('button', { name: 'Resume code' }).click();
    const code = (await page.locator('.resume-code').first().textContent())!.trim();
    expect(code).toMatch(/^EX62-/);
    await page.keyboard.press('Escape');

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, ['decision']);
    expect(await where(page)).toEqual(before);
    await g.finish();

    // Another device: a fresh context, the code typed in.
    const g2 = await openGame(getBrowser());
    await g2.page.getByRole('button', { name: 'Resume from code' }).click();
    await g2.page.locator('#resume-input').fill(code.toLowerCase().replace(/-/g, ' '));
    await g2.page.keyboard.press('Enter');
    await waitForScreen(g2.page, ['decision']);
    expect(await where(g2.page)).toEqual(before);
    await g2.finish();
  });

  it('Source opens the record with the quoted passage highlighted; Escape returns focus to the control', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await page.locator('#begin').click();
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
    if (await page.locator('.skip-advisers').count()) await page.locator('.skip-advisers').click();
    const source = page.locator('.statement .source-btn').first();
    const quote = (await page.locator('.statement .quote blockquote').first().textContent())!.replace(/^“|”$/g, '');
    await source.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.source-dialog');
    await dialog.waitFor();
    const mark = dialog.locator('mark.cited');
    await expect(mark.textContent()).resolves.toBe(quote.length ? await mark.textContent() : '');
    expect((await mark.textContent())!.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    expect(await mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    const pane = await dialog.locator('.source-text').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(pane!.y - 1);
    expect(box!.y).toBeLessThan(pane!.y + pane!.height);
    await g.screenshot('dialog-source-1366x768');
    await checkAria(page, 'dialog-source');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await source.evaluate((el) => el === document.activeElement)).toBe(true);

    // A glossary term: focus shows the definition; Escape hides it and focus stays.
    const term = page.locator('.term').first();
    if (await term.count()) {
      await term.focus();
      const tip = page.locator('[role="tooltip"]:not([hidden])');
      await expect(tip.count()).resolves.toBe(1);
      await g.screenshot('glossary-tip-1366x768');
      await page.keyboard.press('Escape');
      await expect(page.locator('[role="tooltip"]:not([hidden])').count()).resolves.toBe(0);
      expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    }
    await g.finish();
  });
});
