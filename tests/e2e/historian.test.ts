/**
 * Reading the records like a historian, in Chromium as a student meets it: the question for today where play
 * begins, on every meeting summary and again in the debrief; the sourcing card that opens by itself the first
 * time a kind of record is opened (and stays reachable, folded, after that and on the about page); "Compare the
 * records" after meeting 14 (by keyboard, skippable, answers kept across a reload) and at the end; and the
 * debrief's "How this game simplifies history". axe finds nothing on each new screen and dialog.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, useBrowser } from './harness/browser';
import { axe } from './harness/checks';
import { focusInfo, historicalPick, playThrough, shippedScenario, tabTo, waitForScreen } from './harness/driver';

const scenario = shippedScenario();
const question = scenario.presentation.centralQuestion!;
const getBrowser = useBrowser();

/** The sourcing card in the open source dialog: its kind, whether it opened by itself, whether it is open. */
async function card(page: Page) {
  const d = page.locator('dialog[open] details.record-kind');
  await d.waitFor();
  return {
    kind: await d.getAttribute('data-kind'),
    first: (await d.getAttribute('data-first')) === 'true',
    open: await d.evaluate((el) => (el as HTMLDetailsElement).open),
  };
}

describe('reading the records like a historian', () => {
  it('short game: question, sourcing cards, compare at meeting 14 by keyboard, the epilogue offer, the debrief; kept across a reload', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await page.getByRole('button', { name: /Short game/ }).click();
    await waitForScreen(page, ['prologue']);

    // The question for today, clearly marked where play begins.
    const box = page.locator('#main .central-question');
    await expect(box.locator('h2').textContent()).resolves.toBe('The question for today');
    await expect(box.textContent()).resolves.toContain(question);
    await axe(page, 'prologue with the question for today');
    await g.screenshot('historian-prologue-question');

    // The first letter opened: its card opens by itself, once.
    const letterButtons = page.locator('#main .quote .source-btn');
    await letterButtons.first().click();
    const firstLetter = await card(page);
    expect(firstLetter).toEqual({ kind: 'letter', first: true, open: true });
    await expect(page.locator('dialog[open] .record-kind').textContent()).resolves.toContain('What it cannot show');
    await axe(page, 'source viewer with its first sourcing card');
    await g.screenshot('historian-sourcing-card-first');
    await page.keyboard.press('Escape');
    await letterButtons.nth(1).click();
    expect(await card(page)).toEqual({ kind: 'letter', first: false, open: false });
    // Still reachable: the folded card opens from its summary.
    await page.locator('dialog[open] details.record-kind > summary').click();
    expect((await card(page)).open).toBe(true);
    await page.keyboard.press('Escape');

    let sawM14 = false;
    let summaries = 0;
    let sawEpilogue = false;
    const after = async (kind: string) => {
      if (kind === 'summary') {
        summaries++;
        // Kept in view on every meeting summary.
        await expect(page.locator('#main .central-question').textContent()).resolves.toContain(question);
        const offer = page.locator('#main .compare-offer');
        if (summaries === 1) {
          sawM14 = true;
          await compareAtMeeting14(page, g.screenshot.bind(g));
        } else {
          expect(await offer.count(), 'only meeting 14 offers a comparison').toBe(0);
        }
      }
      if (kind === 'epilogue') {
        sawEpilogue = true;
        await expect(page.locator('#main .compare-offer .compare-open').getAttribute('data-comparison')).resolves.toBe('december-3');
        await axe(page, 'epilogue with the comparison offer');
      }
    };
    await playThrough(page, historicalPick(scenario), { keyboard: false, after });
    expect(sawM14).toBe(true);
    expect(summaries).toBe(3);
    expect(sawEpilogue).toBe(true);

    // The debrief: how the game simplifies history, both comparisons, the question again.
    await waitForScreen(page, ['debrief']);
    const simplifies = page.locator('#main section.simplifies');
    await expect(simplifies.locator('h2').textContent()).resolves.toBe('How this game simplifies history');
    await expect(simplifies.textContent()).resolves.toContain('are the game’s invention');
    await page.getByLabel('Your judgement (optional)').fill('The meters make it look like a score.');
    await expect(
      page.locator('#main .compare-records .compare-open').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.comparison)),
    ).resolves.toEqual(['meeting-14', 'december-3']);
    await expect(page.locator('#main .compare-records').textContent()).resolves.toContain('4 of 4 questions answered');
    const central = page.locator('#main section.central-answer');
    await expect(central.textContent()).resolves.toContain(question);
    await page.getByLabel('Your answer in one sentence (optional)').fill('Mostly a success: the missiles left, but Castro stayed.');
    await axe(page, 'debrief with the historian sections');
    await simplifies.scrollIntoViewIfNeeded();
    await g.screenshot('historian-debrief-simplifies');
    await central.scrollIntoViewIfNeeded();
    await g.screenshot('historian-debrief-question');

    // The December 3 pair, from the debrief.
    await page.locator('#main .compare-records .compare-open[data-comparison="december-3"]').click();
    const dialog = page.locator('dialog[open].compare-dialog');
    await expect(dialog.locator('h2').first().textContent()).resolves.toContain('December 3, 1962');
    await dialog.getByLabel('Probably', { exact: true }).check();
    await dialog.locator('.reveal').first().click();
    await expect(dialog.locator('.compare-answer').first().isVisible()).resolves.toBe(true);
    await axe(page, 'compare dialog, December 3');
    await g.screenshot('historian-compare-dec3');
    await page.keyboard.press('Escape');

    // Nothing of it in the results code; all of it in this browser, under the scenario's keys.
    const code = (await page.locator('#main [data-code]').first().getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^EX62-/);
    const kept = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    expect(kept['excomm-1962:central-answer']).toContain('Castro stayed');
    expect(kept['excomm-1962:kinds-seen']).toContain('letter');
    expect(kept['excomm-1962:save'] ?? '').not.toContain('Castro stayed');

    // A reload: the saved game continues (from the last meeting's summary, where its last answer was saved) to
    // the debrief, with everything the student wrote and chose.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await playThrough(page, historicalPick(scenario), { keyboard: false });
    await waitForScreen(page, ['debrief']);
    await expect(page.getByLabel('Your answer in one sentence (optional)').inputValue()).resolves.toContain('Castro stayed');
    await expect(page.getByLabel('Your judgement (optional)').inputValue()).resolves.toContain('look like a score');
    await page.locator('#main .compare-records .compare-open[data-comparison="meeting-14"]').click();
    const again = page.locator('dialog[open].compare-dialog');
    await expect(again.locator('textarea').first().inputValue()).resolves.toBe('McCone admits a mistake.');
    await expect(again.getByLabel('Both together', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(again.locator('.compare-answer').first().isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // The card of a kind already seen stays folded after the reload.
    await page.locator('#main .quote .source-btn').first().click();
    const kindAfter = await card(page);
    if (kindAfter.kind === 'letter') expect(kindAfter.first).toBe(false);
    await page.keyboard.press('Escape');
    await g.finish();
  });

  it('the about page lists every kind of record with its card', async () => {
    const g = await openGame(getBrowser(), { path: '#/about' });
    const { page } = g;
    const kinds = page.locator('.record-kinds .record-kind-card');
    await kinds.first().waitFor();
    await expect(kinds.count()).resolves.toBe(scenario.recordKinds.length);
    await expect(page.locator('.record-kinds').textContent()).resolves.toContain('It is not a transcript.');
    await expect(page.locator('.source-list').textContent()).resolves.toContain('Kind: Record of action.');
    await axe(page, 'about page with the kinds of records');
    await page.locator('.record-kinds').scrollIntoViewIfNeeded();
    await g.screenshot('historian-about-kinds');
    await g.finish();
  });

  it('the teacher guide gives the comparison answers with the records’ words', async () => {
    const g = await openGame(getBrowser(), { path: '#/guide' });
    const { page } = g;
    const section = page.locator('#guide-compare').locator('..');
    await section.waitFor();
    await expect(section.locator('h3').allTextContents()).resolves.toEqual(scenario.comparisons.map((c) => c.title));
    await expect(section.locator('li.answer').count()).resolves.toBe(scenario.comparisons.reduce((n, c) => n + c.questions.length, 0));
    await expect(section.textContent()).resolves.toContain('“Consideration was given to broadening the blockade');
    await axe(page, 'teacher guide with the comparison answers');
    await section.scrollIntoViewIfNeeded();
    await g.screenshot('historian-guide-compare');
    await g.finish();
  });

  it('in Spanish: the question, the card and the comparison are translated (the records stay in English)', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es' });
    const { page } = g;
    await page.getByRole('button', { name: /corta/i }).click();
    await waitForScreen(page, ['prologue']);
    await expect(page.locator('#main .central-question h2').textContent()).resolves.toBe('La pregunta de hoy');
    await expect(page.locator('#main .central-question').textContent()).resolves.toContain('¿Fue el acuerdo de noviembre de 1962');
    await page.locator('#main .quote .source-btn').first().click();
    await expect(page.locator('dialog[open] .record-kind summary').textContent()).resolves.toContain('Carta entre gobiernos');
    await page.keyboard.press('Escape');
    await g.screenshot('historian-prologue-es');
    await g.finish();
  });
});

/**
 * At the summary of meeting 14: the offer sits before Continue; the whole activity works by keyboard (open,
 * write, choose, reveal, close with Escape and focus back on the opener). Play then goes on (the driver presses
 * Continue), so it never blocks.
 */
async function compareAtMeeting14(page: Page, screenshot: (name: string) => Promise<string>): Promise<void> {
  const offer = page.locator('#main .compare-offer');
  await expect(offer.locator('h2').textContent()).resolves.toBe('Compare the records (optional)');
  // Before Continue in the page order.
  const order = await page.evaluate(() => {
    const o = document.querySelector('#main .compare-offer');
    const c = document.querySelector('#main .continue');
    return o && c ? o.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await axe(page, 'meeting 14 summary with the question and the comparison offer');
  await screenshot('historian-summary-m14');

  // By keyboard from the top of the screen.
  await page.locator('#main h1').focus();
  await tabTo(page, (f) => f.cls.includes('compare-open'));
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open].compare-dialog');
  await dialog.waitFor();
  await expect(dialog.locator('.compare-record h4').allTextContents()).resolves.toEqual([scenario.sources['m14']!.title, scenario.sources['m14-roa']!.title]);
  await axe(page, 'compare dialog, meeting 14');
  await screenshot('historian-compare-m14-open');

  // Question 1: write an answer, then reveal the records' words.
  await tabTo(page, (f) => f.tag === 'textarea');
  await page.keyboard.type('McCone admits a mistake.');
  await tabTo(page, (f) => f.cls.includes('reveal'));
  await page.keyboard.press('Enter');
  const firstAnswer = dialog.locator('.compare-answer').first();
  await expect(firstAnswer.isVisible()).resolves.toBe(true);
  await expect(firstAnswer.textContent()).resolves.toContain('failed to evaluate properly the refugee reports');
  await expect(dialog.locator('.reveal').first().getAttribute('aria-expanded')).resolves.toBe('true');
  // The records' words open at the quoted passage, over the comparison; Escape comes back to it.
  await tabTo(page, (f) => f.cls.includes('source-btn') && /Summary Record of the 14th/.test(f.name));
  await page.keyboard.press('Enter');
  await page.locator('dialog[open].source-dialog mark.cited').waitFor();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open].compare-dialog').count()).resolves.toBe(1);

  // Question 3: a choice by keyboard (arrow keys move within the radio group).
  await tabTo(page, (f) => f.tag === 'input' && (f.name === 'The summary record' || f.text === ''));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Both together', { exact: true }).isChecked()).resolves.toBe(true);
  // Reveal the other three answers (4 of 4 answered in the debrief).
  for (const i of [1, 2, 3]) await dialog.locator('.reveal').nth(i).click();
  await dialog.locator('.compare-question').nth(2).scrollIntoViewIfNeeded();
  await screenshot('historian-compare-m14-answered');

  // Skippable at any moment: Escape closes, focus returns to the offer, which counts the answers.
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
  const f = await focusInfo(page);
  expect(f.cls).toContain('compare-open');
  await expect(offer.locator('.compare-progress').textContent()).resolves.toContain('4 of 4 questions answered');
}
