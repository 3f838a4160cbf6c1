/**
 * Projector mode: a teacher at the front of a room with one computer and a presentation clicker. Started from a
 * bookmarked `?mode=projector` link and played to the debrief with keys only (Page Down, Page Up, arrows, Tab to
 * reach a box of hands and digits typed into it): the class's hands entered on several questions, the majority
 * followed, a tie asking the teacher, an option chosen without a count; the debrief shows the class's split beside
 * the record; the results code says "whole class" and the class page labels it so. axe on every new screen;
 * screenshots at 1920×1080 and 1280×720 (tests/output/screens/projector-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeCode } from '../../game/core/codes/codes';
import { openGame, useBrowser } from './harness/browser';
import { axe } from './harness/checks';
import { shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();
const SAVE = `${scenario.id}:save`;
const PROJECTOR = `${scenario.id}:projector`;

/** What the clicker can change: the screen, the advisers heard, the panels open, the scroll position (page source, one copy). */
const CLICKER_STATE = `(() => {
  const card = document.querySelector('.card-column > .screen');
  const hidden = (sel) => String(document.querySelector(sel)?.hidden ?? 'none');
  return [
    document.body.dataset.screen,
    card?.dataset.seen ?? 'new',
    document.querySelectorAll('.statement').length,
    hidden('.advice'),
    hidden('.confirm'),
    hidden('.tie-panel'),
    document.querySelector('[aria-pressed="true"]')?.textContent ?? '',
    Math.round(window.scrollY),
  ].join('|');
})()`;

/** Presses a key and waits until the clicker changed something (every press of the clicker must). */
async function press(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    const card = document.querySelector('.card-column > .screen') as HTMLElement | null;
    if (card) card.dataset.seen = 'seen';
  });
  const before = (await page.evaluate(CLICKER_STATE)) as string;
  await page.keyboard.press(key);
  await page.waitForFunction(`${CLICKER_STATE} !== ${JSON.stringify(before)}`, undefined, { timeout: 5000 });
}

/** Tab (or Shift+Tab) until the element with this id has focus. */
async function tabToId(page: Page, id: string, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.id ?? '')) === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Types a count into option i's box of hands (reached by Tab), replacing what is there. */
async function typeHands(page: Page, i: number, n: number): Promise<void> {
  const current = await page.evaluate(() => document.activeElement?.id ?? '');
  const from = /^hands-(\d+)$/.exec(current);
  await tabToId(page, `hands-${i}`, from !== null && Number(from[1]) > i);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(n));
}

/** Page Down through advisers until the options show. */
async function hearAdvisers(page: Page): Promise<void> {
  for (let i = 0; i < 40 && (await page.locator('.advice[hidden]').count()); i++) await press(page, 'PageDown');
  await expect(page.locator('.advice:not([hidden]) .tally-form')).toBeTruthy();
}

async function optionIds(page: Page): Promise<string[]> {
  return page.locator('.option-btn').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option ?? ''));
}

async function lastChoice(page: Page): Promise<string> {
  return page.evaluate((k) => {
    const save = JSON.parse(localStorage.getItem(k) ?? '{}') as { choices?: { option: string }[] };
    return save.choices?.at(-1)?.option ?? '';
  }, SAVE);
}

/** Page Down until the next decision (or the debrief), through every screen between. */
async function toNextDecision(page: Page): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const kind = await waitForScreen(page, ['prologue', 'opening', 'intelligence', 'decision', 'consequence', 'event', 'summary', 'epilogue', 'debrief']);
    if (kind === 'debrief') return kind;
    if (kind === 'decision' && (await page.locator('.card-column > .screen[data-seen]').count()) === 0) return kind;
    await press(page, 'PageDown');
  }
  throw new Error('the clicker did not reach the next decision');
}

const labelOf = (decisionId: string, optionId: string) => scenario.decisions.find((d) => d.id === decisionId)!.options.find((o) => o.id === optionId)!.label;

describe('projector mode', () => {
  it('plays a whole-class game by keyboard to the debrief, following the majority, asking on a tie, and showing the split', async () => {
    const g = await openGame(getBrowser(), { path: '?mode=projector', viewport: { width: 1920, height: 1080 } });
    const { page } = g;
    await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
    await page.waitForFunction(() => document.activeElement?.id === 'begin-projector');
    await expect(page.locator('.title-message').textContent()).resolves.toMatch(/Projector mode: press Page Down/);
    await axe(page, 'projector title');
    await g.screenshot('projector-title-1920');
    await page.keyboard.press('PageDown');
    await waitForScreen(page, ['prologue', 'opening']);
    expect(await page.evaluate((k) => localStorage.getItem(k), PROJECTOR)).not.toBeNull();

    /** What the debrief must say for each decision. */
    const expected: { decision: string; chosen: string; split: RegExp }[] = [];
    let n = 0;
    for (;;) {
      const kind = await toNextDecision(page);
      if (kind === 'debrief') break;
      const decision = (await page.locator('section[data-decision]').getAttribute('data-decision')) ?? '';
      await hearAdvisers(page);
      const ids = await optionIds(page);
      const last = ids.length - 1;
      if (n === 0) {
        // Hands typed in: the second option has the most; Page Down from the box goes with the class.
        await typeHands(page, 1, 14);
        await typeHands(page, 0, 9);
        await expect(page.locator('.tally-status').textContent()).resolves.toMatch(/Most hands: .*\(14 of 23\)/);
        await axe(page, 'projector decision with hands');
        await g.screenshot('projector-decision-1920');
        await press(page, 'PageDown');
        expect(await lastChoice(page)).toBe(ids[1]);
        const l0 = labelOf(decision, ids[0]!);
        const l1 = labelOf(decision, ids[1]!);
        expected.push({ decision, chosen: ids[1]!, split: new RegExp(`^Class: 9 for ${esc(l0)}, 14 for ${esc(l1)}\\.$`) });
      } else if (n === 1) {
        // A tie between the first and the last option: Enter in a box asks the teacher; Page Up marks, Page Down chooses.
        await typeHands(page, 0, 7);
        await typeHands(page, last, 7);
        await page.keyboard.press('Enter');
        await page.locator('.tie-panel:not([hidden])').waitFor();
        await expect(page.locator('#tie-h').textContent()).resolves.toBe('A tie: you choose for the class');
        expect(await page.locator('.tie-btn').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option))).toEqual([ids[0], ids[last]]);
        await axe(page, 'projector tie');
        await g.screenshot('projector-tie-1920');
        expect(await lastChoice(page)).not.toBe(ids[last]); // nothing played yet
        await press(page, 'PageUp'); // the last tied option
        await expect(page.locator('.tie-btn[aria-pressed="true"]').getAttribute('data-option')).resolves.toBe(ids[last]);
        await press(page, 'PageDown');
        expect(await lastChoice(page)).toBe(ids[last]);
        expected.push({
          decision,
          chosen: ids[last]!,
          split: new RegExp(`^Class: 7 for ${esc(labelOf(decision, ids[0]!))}, 7 for ${esc(labelOf(decision, ids[last]!))}\\. A tie: the teacher chose\\.$`),
        });
      } else if (n === 2) {
        // Just the winning option: Page Up twice (the last option, then the one before), Page Down confirms.
        await press(page, 'PageUp');
        await press(page, 'PageUp');
        await expect(page.locator('.option-btn[aria-pressed="true"]').getAttribute('data-option')).resolves.toBe(ids[last - 1]);
        await press(page, 'PageDown');
        expect(await lastChoice(page)).toBe(ids[last - 1]);
        expected.push({ decision, chosen: ids[last - 1]!, split: /^Class: chosen without a count of hands\.$/ });
      } else if (n === 3) {
        // Arrow keys inside a box count up; the last option wins with 5 typed.
        await typeHands(page, 0, 0);
        for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowUp');
        await typeHands(page, last, 5);
        await tabToId(page, `hands-${last}`);
        await press(page, 'PageDown');
        expect(await lastChoice(page)).toBe(ids[last]);
        expected.push({
          decision,
          chosen: ids[last]!,
          split: new RegExp(`^Class: 3 for ${esc(labelOf(decision, ids[0]!))}, 5 for ${esc(labelOf(decision, ids[last]!))}\\.$`),
        });
      } else {
        // The rest with the clicker alone: Page Down marks the first option, Page Down confirms it.
        await press(page, 'PageDown');
        await press(page, 'PageDown');
        expect(await lastChoice(page)).toBe(ids[0]);
        expected.push({ decision, chosen: ids[0]!, split: /^Class: chosen without a count of hands\.$/ });
      }
      n++;
    }
    expect(n).toBe(scenario.shortMode.length);

    // The debrief: the class's split beside the record, question by question.
    await page.locator('.results-code').waitFor();
    await expect(page.locator('.class-note').textContent()).resolves.toMatch(/whole-class game/);
    for (const e of expected) {
      const split = page.locator(`.class-split[data-decision="${e.decision}"]`);
      await expect(split.count()).resolves.toBe(1);
      expect((await split.textContent()) ?? '').toMatch(e.split);
    }
    const firstRow = page.locator('.debrief-row', { has: page.locator(`.class-split[data-decision="${expected[0]!.decision}"]`) });
    await expect(firstRow.locator('.side-student h4').textContent()).resolves.toBe('The class’s advice');
    await expect(firstRow.locator('.side-record h4').count()).resolves.toBe(1);
    await axe(page, 'projector debrief');
    await firstRow.scrollIntoViewIfNeeded();
    await g.screenshot('projector-debrief-1920');

    // The results code says "whole class", and carries the class's choices.
    const code = (await page.locator('.results-code').getAttribute('data-code')) ?? '';
    const decoded = decodeCode(code, scenario);
    expect(decoded).toMatchObject({ ok: true, code: { wholeClass: true, finished: true, mode: 'short' } });
    if (decoded.ok) expect(decoded.code.choices.map((c) => c.option)).toEqual(expected.map((e) => e.chosen));

    // The class page takes it like a student's code, and labels it.
    await page.goto(new URL('#/class?code=' + encodeURIComponent(code), g.baseUrl).toString());
    await page.locator('.codes-table').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('.codes-table tbody tr').length === 1);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
    await expect(page.locator('.codes-table tbody tr td').nth(2).textContent()).resolves.toBe('Short · whole class (projector)');
    await expect(page.locator('[data-stat="accepted"] dd').textContent()).resolves.toBe('1');
    await g.finish();
  });

  it('at 1280×720: started from the title, hands kept through a reload, still in projector mode', async () => {
    const g = await openGame(getBrowser(), { viewport: { width: 1280, height: 720 } });
    const { page } = g;
    await page.getByRole('button', { name: 'Projector mode (whole class)' }).click();
    await waitForScreen(page, ['prologue', 'opening']);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    // The first screen in large type: at least 24px, and the room folded away.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(24);
    expect(await page.locator('.stage-column').isVisible()).toBe(false);
    await g.screenshot('projector-opening-1280');
    await toNextDecision(page);
    await press(page, 'PageDown'); // the first adviser's turn is already shown: this hears the next
    await g.screenshot('projector-adviser-1280');
    await hearAdvisers(page);
    await typeHands(page, 0, 12);
    await typeHands(page, 1, 12);
    await axe(page, 'projector decision 1280');
    await page.locator('.advice h2').scrollIntoViewIfNeeded();
    await g.screenshot('projector-decision-1280');

    // A reload: the title continues the whole-class game, with the hands typed so far.
    await page.reload();
    await page.locator('#continue').click();
    // A save holds the choices made, so the game comes back where they lead (here, the start); the clicker goes on.
    await waitForScreen(page, ['prologue', 'opening', 'decision']);
    await toNextDecision(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    await page.locator('.skip-advisers').click();
    await expect(page.locator('#hands-0').inputValue()).resolves.toBe('12');
    await expect(page.locator('#hands-1').inputValue()).resolves.toBe('12');
    await expect(page.locator('.tally-status').textContent()).resolves.toMatch(/^A tie: /);
    // A student's game started afterwards on the same computer is an ordinary one.
    await page.getByRole('button', { name: 'Save and exit' }).click();
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue', 'opening']);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
    expect(await page.evaluate((k) => localStorage.getItem(k), PROJECTOR)).toBeNull();

    // The teacher guide's 50-minute plan for projector mode, with the link to bookmark.
    await page.goto(new URL('#/guide', g.baseUrl).toString());
    const plan = page.locator('table.plan-table', { has: page.locator('caption', { hasText: 'A 50-minute lesson with one projector' }) });
    await plan.waitFor();
    await expect(plan.locator('tbody tr').count()).resolves.toBe(4);
    await expect(plan.locator('code').first().textContent()).resolves.toBe('?mode=projector');
    await axe(page, 'guide with the projector plan');
    await g.finish();
  });
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
