/**
 * The written answer after the debrief, in the built game: reached from the debrief by keyboard, optional (the
 * debrief works without it, and "Back to the debrief" leaves it), kept in the browser as the student types (a
 * reload keeps it), printed with the report (at most three pages) and never part of the results code. Also the
 * Spanish task (quotes in English with the translation beneath) and the teacher's rubric page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode } from '../../game/core/codes/codes';
import { en } from '../../game/ui/strings/en';
import { es } from '../../game/ui/strings/es';
import { loadReal } from '../helpers/scenarios';
import { randomPath, rng } from '../unit/classroom/helpers';
import { openGame, useBrowser } from './harness/browser';
import { axe, pdfPages, pdfText } from './harness/checks';
import { focusInfo, tabTo, waitForScreen } from './harness/driver';

const OUT = resolve(import.meta.dirname, '../output');
const sc = loadReal();
const task = sc.writtenTask!;
const KEY = `${sc.id}:written`;
const getBrowser = useBrowser();

/** A finished full game, opened on its debrief from its results code. */
async function toDebrief(page: Page, code: string): Promise<void> {
  await page.locator('#resume').click();
  await page.locator('#resume-input').fill(code);
  await page.locator('#resume-input').press('Enter');
  await page.waitForFunction(() => document.body.dataset.screen === 'debrief');
  await page.locator('.results-code').waitFor();
}

const resultsCode = (page: Page) => page.locator('.results-code').getAttribute('data-code');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the written answer after the debrief', () => {
  it('is reached by keyboard, kept as the student types and across a reload, printed with the report, and never in the code', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const choices = randomPath(sc, 'full', rng(77));
    await toDebrief(page, encodeCode(sc, { mode: 'full', choices }));
    const before = await resultsCode(page);
    expect(before).toBeTruthy();

    // The optional step sits at the end of the debrief, and Tab reaches its button.
    await expect(page.locator('#written-step-h').textContent()).resolves.toBe(en.written.stepHeading);
    await page.locator('#main h1').focus();
    await tabTo(page, (f) => f.cls.includes('written-open'));
    expect((await focusInfo(page)).text).toBe(en.written.open);
    await page.keyboard.press('Enter');

    // The task in the debrief's place, its heading focused.
    await page.getByRole('heading', { level: 1, name: en.written.heading }).waitFor();
    expect((await focusInfo(page)).tag).toBe('h1');
    expect(await page.locator('.screen.debrief').isHidden()).toBe(true);
    expect(await page.locator('h1:visible').count()).toBe(1);
    await expect(page.locator('.central-question').textContent()).resolves.toBe(sc.presentation.centralQuestion);
    expect(await page.locator('.written-document').count()).toBe(task.excerpts.length);
    for (const [i, e] of task.excerpts.entries()) {
      const doc = page.locator('.written-document').nth(i);
      await expect(doc.locator('h3').textContent()).resolves.toBe(`Document ${i + 1}`);
      expect(flat((await doc.locator('blockquote').textContent()) ?? '')).toContain(flat(e.citation.quote));
    }
    await expect(page.locator('.written-rubric dt').allTextContents()).resolves.toEqual(task.rubric.map((r) => r.criterion));
    await expect(page.locator('#written-count').textContent()).resolves.toBe('0 words');
    await axe(page, 'written task (empty)');
    await g.screenshot('written-task-top');

    // Write with the keyboard: the labelled box, then a starter pressed with Enter lands at the cursor.
    await tabTo(page, (f) => f.tag === 'textarea');
    expect(await page.locator('textarea#written-answer').getAttribute('aria-describedby')).toContain('written-count');
    const first = 'The settlement was mostly a success, because the bombers left.';
    await page.keyboard.type(first);
    await expect(page.locator('#written-count').textContent()).resolves.toBe('10 words');
    await page.keyboard.press('Tab');
    expect((await focusInfo(page)).cls).toContain('starter-btn');
    const starter = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(starter).toBe(task.starters[0]);
    await page.keyboard.press('Enter');
    expect((await focusInfo(page)).tag).toBe('textarea');
    await page.keyboard.type('Document 1 says the quarantine was lifted.');
    const answer = await page.locator('#written-answer').inputValue();
    expect(answer).toBe(`${first} ${starter.replace(/\s*…$/, '')} Document 1 says the quarantine was lifted.`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const second = 'But Document 5 shows the cost: no inspection on Cuban soil.';
    await page.keyboard.type(second);
    const full = await page.locator('#written-answer').inputValue();
    // Saved as they type, under the scenario's own key.
    await expect(page.evaluate((k) => localStorage.getItem(k), KEY)).resolves.toBe(full);
    await page.locator('#written-answer').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await g.screenshot('written-task-writing');
    await axe(page, 'written task (with an answer)');

    // Back to the debrief by keyboard: the same results code, and the step says an answer was started.
    await tabTo(page, (f) => f.cls.includes('written-back'));
    await page.keyboard.press('Enter');
    await page.locator('.screen.debrief').waitFor({ state: 'visible' });
    expect((await focusInfo(page)).text).toBe(en.written.goOn);
    await expect(page.locator('.written-started').textContent()).resolves.toMatch(/You have started an answer \(\d+ words\)/);
    const after = await resultsCode(page);
    expect(after).toBe(before);
    expect(after).toBe(encodeCode(sc, { mode: 'full', choices }));
    const decoded = decodeCode(after, sc);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.code.choices).toEqual(choices);
      expect(Object.keys(decoded.code).sort()).toEqual([
        'canonical',
        'choices',
        'codeVersion',
        'finished',
        'initials',
        'mode',
        'optionIndexes',
        'scenarioVersion',
        'wholeClass',
      ]);
      expect(decoded.code.wholeClass).toBe(false);
      expect(JSON.stringify(decoded.code)).not.toMatch(/settlement|mostly a success|Cuban soil|Document/i);
    }
    // Initials change the code as before, the answer still does not.
    await page.locator('#results-initials').fill('JKL');
    const withInitials = await resultsCode(page);
    expect(withInitials).toBe(encodeCode(sc, { mode: 'full', choices, initials: 'JKL' }));
    await axe(page, 'debrief with the written step');
    await page.locator('.written-step').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await g.screenshot('written-step-debrief');

    // The printed report carries the answer on at most three pages; the code and the question are there too.
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'written-report-Letter.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: true });
    const pages = pdfPages(file);
    console.log(`printed report with a written answer: ${pages} page(s)`);
    expect(pages).toBeLessThanOrEqual(3);
    const text = pdfText(file);
    expect(text).toContain(withInitials!);
    expect(text).toContain(flat(first));
    expect(text).toContain(flat(second));
    expect(text).toContain(sc.presentation.centralQuestion!);
    expect(text).toContain(en.written.printHeading);
    expect(text).not.toMatch(/Write your answer|Go on with your answer|Back to the debrief|Sentence starters/);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, resolve(OUT, 'written-report-page')]);

    // A reload keeps it: Continue goes back into the finished game, and its task shows the answer.
    await page.reload();
    await page.locator('#continue').click();
    // The save restores at the last screen before the end (the meeting's summary): Continue to the debrief.
    for (let i = 0; i < 5 && (await waitForScreen(page, ['summary', 'epilogue', 'debrief'])) !== 'debrief'; i++) {
      const h1 = await page.locator('#main h1').textContent();
      await page.locator('button.continue').click();
      await page.waitForFunction((t) => document.querySelector('#main h1')?.textContent !== t, h1);
    }
    await page.waitForFunction(() => document.body.dataset.screen === 'debrief');
    await page.locator('.written-open').click();
    await expect(page.locator('#written-answer').inputValue()).resolves.toBe(full);
    await expect(page.locator('#written-count').textContent()).resolves.toMatch(/^\d+ words$/);

    // Printing from the task itself prints the report with the answer, not the task's controls.
    const fromTask = resolve(OUT, 'written-report-from-task-A4.pdf');
    await page.pdf({ path: fromTask, format: 'A4', printBackground: true });
    expect(pdfPages(fromTask)).toBeLessThanOrEqual(3);
    const taskText = pdfText(fromTask);
    expect(taskText).toContain(flat(second));
    expect(taskText).toContain(before!);
    expect(taskText).not.toMatch(/Sentence starters|Back to the debrief/);
    await page.emulateMedia({ media: 'print' });
    await g.screenshot('written-print-media');
    await page.emulateMedia({ media: 'screen' });
    await g.finish();
  });

  it('is optional: the debrief works without it, Back leaves it unchanged, and nothing is kept or printed', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const choices = randomPath(sc, 'short', rng(5));
    await toDebrief(page, encodeCode(sc, { mode: 'short', choices }));
    const code = await resultsCode(page);
    await page.locator('.written-open').click();
    await page.getByRole('heading', { level: 1, name: en.written.heading }).waitFor();
    await page.locator('.written-top-actions .written-back').click();
    await page.locator('.screen.debrief').waitFor({ state: 'visible' });
    expect(await page.locator('.written-task').count()).toBe(0);
    expect(await page.locator('.written-open').textContent()).toBe(en.written.open);
    expect(await page.locator('.written-started').isHidden()).toBe(true);
    await expect(page.evaluate((k) => localStorage.getItem(k), KEY)).resolves.toBeNull();
    expect(await resultsCode(page)).toBe(code);
    const file = resolve(OUT, 'written-report-none.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: true });
    expect(pdfPages(file)).toBeLessThanOrEqual(2);
    expect(pdfText(file)).not.toContain(en.written.printHeading);
    // Play again is still there, after the optional step.
    await page.getByRole('button', { name: en.debrief.playAgain }).click();
    await page.waitForFunction(() => document.body.dataset.screen !== 'debrief');
    await g.finish();
  });

  it('in Spanish: the prose is translated and each quote keeps its English with the translation beneath', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es' });
    const { page } = g;
    await toDebrief(page, encodeCode(sc, { mode: 'short', choices: randomPath(sc, 'short', rng(9)) }));
    await page.locator('.written-open').click();
    await page.getByRole('heading', { level: 1, name: es.written.heading }).waitFor();
    expect(await page.locator('.written-document .quote-translation').count()).toBe(task.excerpts.length);
    const firstQuote = flat((await page.locator('.written-document blockquote').first().textContent()) ?? '');
    expect(firstQuote).toContain(flat(task.excerpts[0]!.citation.quote));
    await expect(page.locator('.written-rubric dt').first().textContent()).resolves.toBe('Tesis');
    await page.locator('#written-answer').fill('El acuerdo tuvo un costo.');
    await expect(page.locator('#written-count').textContent()).resolves.toBe('5 palabras');
    await axe(page, 'written task in Spanish');
    await g.screenshot('written-task-es');
    await g.finish();
  });

  it('the teacher guide has the 50-minute plan and the rubric, and the rubric page prints on its own', async () => {
    const g = await openGame(getBrowser(), { path: '#/guide' });
    const { page } = g;
    await page.getByRole('heading', { level: 2, name: en.written.guide.title }).waitFor();
    const section = page.locator('.guide-written');
    expect(await section.locator('.plan-table tbody tr').count()).toBe(en.written.guide.rows.length);
    await expect(section.locator('.rubric-table tbody th').allTextContents()).resolves.toEqual(task.rubric.map((r) => r.criterion));
    await tabTo(page, (f) => f.text === en.written.guide.rubricLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.written.guide.pageTitle }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/guide/rubric');
    expect(await page.locator('.rubric-documents > li').count()).toBe(task.excerpts.length);
    await axe(page, 'rubric page');
    await g.screenshot('written-rubric-page');
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'written-rubric-Letter.pdf');
    await page.pdf({ path: file, format: 'Letter' });
    const pages = pdfPages(file);
    console.log(`printed rubric page: ${pages} page(s)`);
    expect(pages).toBeLessThanOrEqual(2);
    const text = pdfText(file);
    for (const r of task.rubric) expect(text).toContain(r.criterion);
    expect(text).not.toMatch(/Print this page|Back to the teacher guide/);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, resolve(OUT, 'written-rubric-page')]);
    await g.finish();
  });
});
