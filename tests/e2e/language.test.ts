/**
 * The language choice: `?lang=es` opens the game in Spanish (and is remembered), `<html lang>` follows, and
 * switching language mid-game keeps the save and the position.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../game/ui/strings/en';
import { es } from '../../game/ui/strings/es';
import { useBrowser, openGame } from './harness/browser';
import { axe, pdfPages } from './harness/checks';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const OUT = resolve(import.meta.dirname, '../output');
const ROOT = resolve(import.meta.dirname, '../..');

const scenario = shippedScenario();
const overlay = JSON.parse(readFileSync('scenarios/i18n/excomm-1962.es.json', 'utf8')) as { entries: Record<string, { text: string }> };

describe('language', () => {
  it('a ?lang=es link opens the game in Spanish; switching to English mid-game keeps the save and the question', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es' });
    const { page, baseUrl } = g;
    await page.locator('#resume').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(page.locator('#begin').textContent()).resolves.toBe(es.shell.title.begin);
    await expect(page.locator('#resume').textContent()).resolves.toBe(es.shell.title.resumeFromCode);
    await expect(page.locator('.title-language button[aria-pressed="true"]').textContent()).resolves.toBe('Español');
    // The premise is the scenario's own, in Spanish once its translation has arrived.
    await page.waitForFunction((t) => document.querySelector('.premise')?.textContent === t, overlay.entries['presentation.premise']!.text);
    await g.screenshot('language-title-es');

    // Remembered: the address without ?lang= still opens in Spanish.
    await page.goto(new URL('#/', baseUrl).toString());
    await page.locator('#resume').waitFor();
    await expect(page.locator('#begin').textContent()).resolves.toBe(es.shell.title.begin);

    await page.locator('#begin-short').click();
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 1 });
    const decision = await page.locator('section[data-decision]').getAttribute('data-decision');
    const save = await page.evaluate(() => localStorage.getItem('excomm-1962:save'));
    await expect(page.locator('.topbar button', { hasText: es.shell.play.settings }).count()).resolves.toBe(1);
    // The scenario's own words in Spanish; the record's words in English, marked so, with the translation beneath.
    await expect(page.locator('#main h1').textContent()).resolves.toBe(overlay.entries[`decisions[${decision}].title`]!.text);
    const quotes = await page.locator('.quote blockquote').count();
    expect(quotes).toBeGreaterThan(0);
    await expect(page.locator('.quote blockquote[lang="en"]').count()).resolves.toBe(quotes);
    await expect(page.locator('.quote .quote-translation').count()).resolves.toBe(quotes);
    await expect(page.locator('.quote .quote-translation').first().textContent()).resolves.toMatch(/^Traducción: \S/);
    await g.screenshot('language-decision-es');

    // Settings → English: the same question, the same save, English words, <html lang="en">.
    await page.locator('.topbar button', { hasText: es.shell.play.settings }).click();
    await page.locator('#set-language').selectOption('en');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('.topbar button', { hasText: en.shell.play.settings }).waitFor();
    await waitForScreen(page, ['decision']);
    expect(await page.locator('section[data-decision]').getAttribute('data-decision')).toBe(decision);
    expect(await page.evaluate(() => localStorage.getItem('excomm-1962:save'))).toBe(save);
    await expect(page.locator('.quote .quote-translation').count()).resolves.toBe(0);
    await expect(page.locator('#main h1').textContent()).resolves.toBe(scenario.decisions.find((d) => d.id === decision)!.title);
    await g.finish();
  });

  it('a Spanish playthrough on the historical path: every screen type passes axe, the debrief and class page read in Spanish, and the printed report is at most 2 pages', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es' });
    const { page, baseUrl } = g;
    await page.locator('#resume').waitFor();
    await axe(page, 'title');
    await page.locator('#begin').click();
    const seen = new Set<string>([await waitForScreen(page, ['prologue'])]);
    await axe(page, 'prologue screen');
    let mapShot = false;
    await playThrough(page, historicalPick(scenario), {
      keyboard: false,
      after: async (kind) => {
        // The map's own words (place names, roles, the credit) in Spanish too, from map/caribbean.es.json.
        if (!mapShot && kind === 'intelligence' && (await page.locator('.map-box svg text').count())) {
          mapShot = true;
          await page.locator('.map-box', { hasText: 'La Habana' }).first().waitFor();
          await expect(page.locator('.map-box').first().textContent()).resolves.toContain('Costas: Natural Earth');
          await page
            .locator('.map-box svg')
            .first()
            .evaluate((e) => e.scrollIntoView({ block: 'start' }));
          await g.screenshot('language-map-es');
        }
        if (seen.has(kind)) return;
        seen.add(kind);
        await axe(page, `${kind} screen`);
        if (kind === 'consequence') await g.screenshot('language-consequence-es');
      },
    });
    await axe(page, 'debrief screen');
    expect(mapShot, 'an intelligence screen with the map').toBe(true);
    expect([...seen].sort()).toEqual(expect.arrayContaining(['consequence', 'decision', 'epilogue', 'intelligence', 'opening', 'prologue', 'summary']));
    await expect(page.locator('#main h1').textContent()).resolves.toBe(es.debrief.heading);
    await page.locator('.results-code').waitFor();
    await g.screenshot('language-debrief-es');
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'debrief-es-Letter.pdf');
    await page.pdf({ path: file, format: 'Letter', printBackground: true });
    expect(pdfPages(file)).toBeLessThanOrEqual(2);
    // The class page, in Spanish, reads the student's code.
    const code = (await page.locator('.results-code').getAttribute('data-code')) ?? '';
    await page.goto(new URL(`#/class?code=${encodeURIComponent(code)}`, baseUrl).toString());
    await page.locator('[data-stat="accepted"] dd', { hasText: '1' }).waitFor();
    await expect(page.locator('#main h1').textContent()).resolves.toBe(es.classPage.title);
    await axe(page, 'class page');
    await g.screenshot('language-class-es');
    await g.finish();
  });
  it('a broken scenario in Spanish: the error screen words each problem in Spanish, with file and field as they are', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es', allowFailing: ['/scenarios/'] });
    const { page } = g;
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/broken/unknown-field.json'), 'utf8');
    await page.route('**/scenarios/excomm-1962.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: text }));
    await page.reload();
    await page.locator('.error-screen').waitFor();
    await expect(page.locator('.error-screen h1').textContent()).resolves.toBe(es.loading.errorTitle);
    const items = await page.locator('.error-list li').allTextContents();
    expect(items.some((i) => i.startsWith('scenarios/excomm-1962.json decisions[0].colour: ') && i.includes('campo desconocido "colour"'))).toBe(true);
    expect(items.join(' ')).not.toMatch(/unknown field|not part of/);
    await axe(page, 'error screen in Spanish');
    await g.screenshot('language-error-es');
    await g.finish();
  });
});
