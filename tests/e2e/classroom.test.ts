/**
 * Classroom tools in the built game: a student's debrief shows the results code and its QR code; the class
 * page reads a class of codes pasted inside other text; the printed debrief fits two pages; the teacher
 * guide is reachable by keyboard and prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregateText } from '../../game/core/codes/aggregate';
import { decodeCode, encodeCode } from '../../game/core/codes/codes';
import type { Scenario } from '../../game/core/scenario/schema';
import { codeErrorText } from '../../game/ui/strings';
import { loadMini, loadReal } from '../helpers/scenarios';
import { randomCodes, randomPath, rng } from '../unit/classroom/helpers';
import { SCREENS_DIR, openGame, useBrowser } from './harness/browser';
import { pdfPages, pdfText } from './harness/checks';

const OUT = resolve(import.meta.dirname, '../output');
const scenario = loadReal();

const getBrowser = useBrowser();

async function fullShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** Plays through whatever screen is showing until the debrief's results code appears. */
async function playToDebrief(page: Page, pickFrom: () => number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await page.locator('.results-code').count()) return;
    const options = page.locator('.advice:not([hidden]) .option-btn');
    const n = await options.count();
    if (n > 0) {
      await options.nth(Math.floor(pickFrom() * n)).click();
      await page.locator('.confirm-btn').click();
      continue;
    }
    const skip = page.locator('.skip-advisers');
    if ((await skip.count()) && (await skip.isVisible())) {
      await skip.click();
      continue;
    }
    await page.locator('button.continue').first().click();
  }
  throw new Error('the debrief was not reached');
}

async function stat(page: Page, key: string): Promise<number> {
  return Number(await page.locator(`[data-stat="${key}"] dd`).textContent());
}

/** A code with one character changed to another valid one: the check no longer holds. */
function mistype(code: string): string {
  const at = code.length - 3;
  const ch = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + ch + code.slice(at + 1);
}

describe.skipIf(!scenario)('classroom tools', () => {
  const sc = scenario as Scenario;

  it('a student playthrough shows the code and QR; the class page reads 40 codes with repeats and broken ones; CSV has one row per accepted code', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(g.baseUrl).origin });

    // A real playthrough (the short game), driven through the screens.
    await page.getByRole('button', { name: /Short game/ }).click();
    await playToDebrief(page, rng(42));
    const code0 = (await page.locator('.results-code').textContent())!.trim();
    expect(decodeCode(code0, sc).ok).toBe(true);
    expect(await page.locator('svg.qr path').count()).toBe(1);
    expect(Number(await page.locator('svg.qr').getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    expect(await page.locator('.qr-url').textContent()).toContain('#/class?code=');
    expect(await page.locator('.debrief-extras a[href="#/class"]').textContent()).toBe('Class results');
    expect(await page.locator('.meter-chart rect').count()).toBeGreaterThan(sc.meters.length);
    // Initials go into the code, live.
    await page.locator('#results-initials').fill('j-k9l');
    expect(await page.locator('#results-initials').inputValue()).toBe('JKL');
    const withInitials = (await page.locator('.results-code').textContent())!.trim();
    expect(withInitials).not.toBe(code0);
    const decoded = decodeCode(withInitials, sc);
    expect(decoded.ok && decoded.code.initials).toBe('JKL');
    expect(await page.locator('.qr-url').textContent()).toContain(encodeURIComponent(withInitials));
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.locator('.copy-status:not(:empty)').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withInitials);
    await page.locator('.results').scrollIntoViewIfNeeded();
    await g.screenshot('classroom-debrief-code');
    await page.locator('.meters-over-time').screenshot({ path: resolve(SCREENS_DIR, 'classroom-debrief-meters.png') });
    await fullShot(page, 'classroom-debrief-full');

    // The class: that code, 39 generated ones, 2 exact repeats and 3 broken codes, inside other text.
    const generated = randomCodes(sc, 39, 1962);
    const mini = loadMini();
    // Another scenario's code under this scenario's prefix (a code with another prefix is not picked out at all).
    const samePrefix = { ...mini, presentation: { ...mini.presentation, codePrefix: sc.presentation.codePrefix } };
    const otherScenario = encodeCode(samePrefix, { mode: 'full', choices: randomPath(mini, 'full', rng(1)) });
    const broken = [mistype(generated[5]!), generated[6]!.slice(0, -5), otherScenario];
    const lines = [
      'Period 3 — results form export',
      'Timestamp,Name,Code',
      `2024-03-05 10:01,J.K.L.,${withInitials}`,
      ...generated.map((c, i) => `2024-03-05 10:${String(i + 2).padStart(2, '0')},Student ${i + 2},${c}`),
      `Late entry (again): ${generated[0]} — sorry, sent twice`,
      `Chat: my code is ${generated[1]}!`,
      `This one looked odd: ${broken[0]} (please check)`,
      `Cut short: ${broken[1]}) then nothing`,
      `From last year's test game: ${broken[2]}; ignore?`,
      'End of export.',
    ];
    const text = lines.join('\n');
    const expected = aggregateText(text, sc);
    expect(expected.received).toBe(45);
    expect(expected.accepted).toBe(42);
    expect(expected.rejected).toHaveLength(3);

    await page.getByRole('link', { name: 'Class results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Class results' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await page.locator('#class-paste').fill(text);
    await page.locator('#class-paste-add').click();
    await page.locator('[data-stat="received"] dd', { hasText: '45' }).waitFor();

    expect(await stat(page, 'received')).toBe(45);
    expect(await stat(page, 'accepted')).toBe(42);
    expect(await stat(page, 'finished')).toBe(42);
    expect(await stat(page, 'rejected')).toBe(3);
    expect(await stat(page, 'repeats')).toBe(2);
    // Repeats flagged with their code, not dropped.
    const repeats = await page.locator('.repeat').allTextContents();
    expect(repeats).toHaveLength(2);
    expect(repeats.join(' ')).toContain(generated[0]!);
    expect(repeats.join(' ')).toContain(generated[1]!);
    // The broken codes, each with its reason.
    const rejected = page.locator('.rejected');
    expect(await rejected.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const typed = await rejected.nth(i).locator('.code-text').textContent();
      expect(expected.rejected.map((r) => r.input)).toContain(typed);
      const reason = await rejected.nth(i).locator('.reason').textContent();
      expect(reason).toContain(codeErrorText(expected.rejected[i]!.error));
    }
    expect((await rejected.allTextContents()).join(' ')).toMatch(/different scenario/);
    // Per decision: the numbers in the screen-reader table match the aggregate computed in Node.
    for (const d of expected.decisions.filter((x) => x.answered > 0)) {
      const cells = await page.locator(`.class-decision[data-decision="${d.decisionId}"] table td:nth-child(2)`).allTextContents();
      expect(cells.map((c) => Number(c.split(' of ')[0]))).toEqual(d.options.map((o) => o.count));
      const chosen = await page.locator(`.class-decision[data-decision="${d.decisionId}"] table td:nth-child(3)`).allTextContents();
      expect(chosen.map((c) => c !== '')).toEqual(d.options.map((o) => o.historical));
    }
    const endingCells = await page.locator('.class-endings table td:nth-child(2)').allTextContents();
    expect(endingCells.map((c) => Number(c.split(' of ')[0]))).toEqual(expected.endings.map((e) => e.count));
    expect(await page.locator('.class-starters li').count()).toBe(expected.mostDifferent.length);
    // The class's stance profile: answers by stance, as computed in Node.
    const stanceCells = await page.locator('.class-stances table td:nth-child(2)').allTextContents();
    expect(stanceCells.map((c) => Number(c.split(' of ')[0]))).toEqual([
      expected.stances.answers.firm,
      expected.stances.answers.middle,
      expected.stances.answers.flexible,
    ]);
    await expect(page.locator('.class-stances').textContent()).resolves.toContain('No stance is right');
    await g.screenshot('classroom-class-page');
    await page.locator('.class-stances').screenshot({ path: resolve(SCREENS_DIR, 'classroom-class-stances.png') });
    await page.locator('.class-rejected').screenshot({ path: resolve(SCREENS_DIR, 'classroom-class-rejected.png') });
    await page.locator('.class-starters').screenshot({ path: resolve(SCREENS_DIR, 'classroom-class-starters.png') });
    await page
      .locator('.class-decision')
      .first()
      .screenshot({ path: resolve(SCREENS_DIR, 'classroom-class-decision.png') });
    await page.locator('.class-endings').screenshot({ path: resolve(SCREENS_DIR, 'classroom-class-endings.png') });
    await fullShot(page, 'classroom-class-page-full');

    // CSV: one row per accepted code.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#class-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^excomm-1962-class-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]!.startsWith('code,initials,mode,finished,ending,firm answers,middle answers,flexible answers,')).toBe(true);
    expect(rows).toHaveLength(1 + 42);
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(expected.entries.map((e) => e.code.canonical));

    // The list survives a reload, and is cleared only after confirming.
    await page.reload();
    await page.locator('[data-stat="received"] dd', { hasText: '45' }).waitFor();
    await page.locator('#class-clear').click();
    expect(await stat(page, 'received')).toBe(45);
    await page.locator('#class-clear-no').click();
    expect(await stat(page, 'received')).toBe(45);
    await page.locator('#class-clear').click();
    await page.locator('#class-clear-yes').click();
    expect(await stat(page, 'received')).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Class results' }).waitFor();
    expect(await stat(page, 'received')).toBe(0);

    // A QR link adds its code; the parameter is dropped so a reload does not add it twice.
    await page.goto(new URL(`#/class?code=${encodeURIComponent(withInitials)}`, g.baseUrl).toString());
    await page.locator('[data-stat="accepted"] dd', { hasText: '1' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/class');
    await page.reload();
    await page.locator('[data-stat="accepted"] dd', { hasText: '1' }).waitFor();
    expect(await stat(page, 'received')).toBe(1);
    // One code typed by hand, without its prefix and in lower case.
    await page.locator('#class-one').fill(generated[3]!.slice(5).toLowerCase());
    await page.locator('#class-one-add').click();
    await page.locator('[data-stat="accepted"] dd', { hasText: '2' }).waitFor();
    await page.locator('#class-one').fill('EX62-ZZZZ');
    await page.locator('#class-one-add').click();
    expect(await page.locator('#class-one-error').textContent()).toMatch(/^Not added: /);
    expect(await stat(page, 'received')).toBe(2);
    await g.finish();
  });

  it('the class page still works when this browser keeps nothing (storage blocked), and says so', async () => {
    const g = await openGame(getBrowser(), {
      path: '#/class',
      initScript: "Object.defineProperty(window, 'localStorage', { get() { throw new Error('blocked'); } });",
    });
    const { page } = g;
    await page.getByRole('heading', { level: 1, name: 'Class results' }).waitFor();
    expect(await page.locator('.class-page .notice').textContent()).toMatch(/not keeping the list/);
    await page.locator('#class-paste').fill(randomCodes(sc, 3, 5).join('\n'));
    await page.locator('#class-paste-add').click();
    await page.locator('[data-stat="accepted"] dd', { hasText: '3' }).waitFor();
    await g.finish();
  });

  it('the printed debrief of a full game: at most 2 pages, with the code and every decision', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const choices = randomPath(sc, 'full', rng(77));
    const code = encodeCode(sc, { mode: 'full', choices });
    await page.locator('#resume').click();
    await page.locator('#resume-input').fill(code);
    await page.locator('#resume-input').press('Enter');
    // A results code (a finished game) opens straight on its debrief.
    await page.waitForFunction(() => document.body.dataset.screen === 'debrief');
    await page.locator('.results-code').waitFor();
    expect((await page.locator('.results-code').textContent())!.trim()).toBe(code);
    mkdirSync(OUT, { recursive: true });
    const titles = [...new Set(choices.map((c) => sc.decisions.find((d) => d.id === c.decision)!.title))];
    for (const format of ['Letter', 'A4'] as const) {
      const file = resolve(OUT, `classroom-debrief-${format}.pdf`);
      await page.pdf({ path: file, format, printBackground: true });
      const pages = pdfPages(file);
      console.log(`printed debrief (${format}): ${pages} page(s), ${choices.length} decisions`);
      expect(pages).toBeLessThanOrEqual(2);
      const text = pdfText(file);
      expect(text).toContain(code);
      for (const t of titles) expect(text).toContain(t.replace(/\s+/g, ' '));
      expect(text).not.toMatch(/Copy code|Play again|Save and exit/);
      if (format === 'Letter') execFileSync('pdftoppm', ['-png', '-r', '70', file, resolve(OUT, 'classroom-debrief-page')]);
    }
    await g.finish();
  });

  it('the teacher guide is reachable by keyboard from the title and the class page, and prints', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const tabTo = async (label: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');
        if (focused === label) return;
      }
      throw new Error(`Tab never reached "${label}"`);
    };
    await page.getByRole('heading', { level: 1, name: 'ExComm 1962' }).waitFor();
    await tabTo('Teacher guide');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Teacher guide' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/guide');
    expect(await page.locator('h1').count()).toBe(1);

    // From the class page too.
    await page.goto(new URL('#/class', g.baseUrl).toString());
    await page.getByRole('heading', { level: 1, name: 'Class results' }).waitFor();
    await tabTo('Teacher guide');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Teacher guide' }).waitFor();
    await g.screenshot('classroom-guide');

    const body = await page.locator('.guide').textContent();
    for (const ind of ['D2.His.1.9-12', 'D2.His.16.9-12', 'D2.Civ.1.9-12', 'D2.Civ.13.9-12']) expect(body).toContain(ind);
    expect(body).toContain('npm run build');
    expect(body).toContain('npm start -- --host');
    for (const d of sc.decisions) expect(body).toContain(d.title);
    const reading = await page.locator('.reading-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(reading.length).toBe(Object.keys(sc.sources).length);
    for (const href of reading) expect(href).toMatch(/^scenarios\/sources\//);
    const res = await page.request.get(new URL(reading[0]!, g.baseUrl).toString());
    expect(res.ok()).toBe(true);

    const file = resolve(OUT, 'classroom-guide.pdf');
    await page.pdf({ path: file, format: 'Letter' });
    const pages = pdfPages(file);
    console.log(`printed guide: ${pages} page(s)`);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(file);
    expect(text).toContain('Teacher guide');
    expect(text).toContain('D2.Civ.9.9-12');
    expect(text).not.toMatch(/Print the guide|Back to the title/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, resolve(OUT, 'classroom-guide-page')]);
    await g.finish();
  });
});

// Keep an artefact listing what was generated, to replay a failing class by hand.
afterAll(() => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(resolve(OUT, 'classroom-codes.txt'), randomCodes(scenario, 39, 1962).join('\n') + '\n');
});
