/**
 * Offline and installable: after one visit with the network on, the game (served from a sub-path) loads and
 * plays from the title to the debrief with the network off and the host down, sound included, and the class
 * page works; it is installable (Chromium's own installability check). A redeploy: build B is served in place
 * of build A while a student is on a decision; the "new version" notice waits until the decision is answered,
 * the page never reloads by itself, Reload brings B, and the save survives. Nothing ever leaves the origin.
 *
 * These are the only browser tests with service workers allowed (the harness blocks them elsewhere), each on
 * its own server (build A is the suite's build; build B is built here, with one marker in its page).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGame, useBrowser, type GamePage } from './harness/browser';
import { axe } from './harness/checks';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';
import { serveStatic, SUB_PATH, type GameServer } from './harness/static-server';
import { es } from '../../game/ui/strings/es';

const getBrowser = useBrowser();
const ROOT = resolve(import.meta.dirname, '../..');
const DIST_A = resolve(ROOT, 'tests/output/e2e-dist');
const DIST_B = resolve(ROOT, 'tests/output/e2e-dist-b');
const DIST_EDITED = resolve(ROOT, 'tests/output/e2e-dist-edited');
const spanishPremise = (JSON.parse(readFileSync(resolve(ROOT, 'scenarios/i18n/excomm-1962.es.json'), 'utf8')) as { entries: Record<string, { text: string }> })
  .entries['presentation.premise']!.text;
let server: GameServer;

beforeAll(async () => {
  // Build B: the same game with one marker in its page, so its precache list (and so its sw.js) differs from A's.
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: DIST_B, emptyOutDir: true },
    plugins: [{ name: 'build-b-marker', transformIndexHtml: (html) => html.replace('<title>', '<meta name="excomm-build" content="B" />\n    <title>') }],
  });
  // Build A as a teacher edited it in the served folder: the second scenario first in scenarios/index.json.
  rmSync(DIST_EDITED, { recursive: true, force: true });
  cpSync(DIST_A, DIST_EDITED, { recursive: true });
  const index = JSON.parse(readFileSync(resolve(DIST_A, 'scenarios/index.json'), 'utf8')) as { scenarios: { id: string }[] };
  index.scenarios.sort((a, b) => Number(b.id === 'harbour-test') - Number(a.id === 'harbour-test'));
  writeFileSync(resolve(DIST_EDITED, 'scenarios/index.json'), JSON.stringify(index));
  server = await serveStatic(DIST_A);
});

afterAll(async () => {
  await server?.close();
});

/** Opens the game from the sub-path with its service worker allowed, and waits until the worker controls the page. */
async function visitOnce(): Promise<GamePage> {
  server.setRoot(DIST_A);
  const g = await openGame(getBrowser(), { baseUrl: server.url, path: SUB_PATH.slice(1), serviceWorkers: true });
  await g.page.getByRole('heading', { level: 1, name: 'ExComm 1962' }).waitFor();
  // Active means installed: every precached file is in the browser. The worker claims the page that installed it.
  await g.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await g.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return g;
}

/**
 * Every request the browser makes from now on, the service worker's own included (the harness checks the same
 * from the start): those to another origin, and how many the worker made (so the log is known to see them).
 */
function logRequests(context: BrowserContext, origin: string): { elsewhere: string[]; byWorker: () => number } {
  const elsewhere: string[] = [];
  let byWorker = 0;
  context.on('request', (req) => {
    const url = req.url();
    if (req.serviceWorker()) byWorker++;
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) elsewhere.push(url);
  });
  return { elsewhere, byWorker: () => byWorker };
}

async function waitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
}

/** Hears the advisers, picks the historical option and confirms it (as the driver does), leaving the decision. */
async function answerDecision(page: Page): Promise<void> {
  while (await page.locator('.next-adviser').count()) await page.locator('.next-adviser').first().click();
  const decisionId = (await page.locator('section[data-decision]').getAttribute('data-decision'))!;
  const ids = await page.locator('.option-btn').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option ?? ''));
  await page.locator(`.option-btn[data-option="${historicalPick(shippedScenario())(decisionId, ids)}"]`).click();
  await page.locator('.confirm-btn').click();
  await page.waitForFunction(() => document.body.dataset.screen !== 'decision');
}

describe('offline and installable', () => {
  it('after one visit the game plays from title to debrief offline, with sound, and the class page works; it is installable', async () => {
    const scenario = shippedScenario();
    const g = await visitOnce();
    const { page, context } = g;
    const origin = new URL(server.url).origin;
    const log = logRequests(context, origin);

    // Installable: the manifest (relative start URL and scope), its icons, and a worker that answers fetches.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // (A test context is a private window, which Chromium never installs from; that says nothing about the game.)
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    const manifest = (await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return (await fetch(href)).json();
    })) as { start_url: string; scope: string; display: string; icons: { sizes: string; purpose: string }[] };
    expect([manifest.start_url, manifest.scope, manifest.display]).toEqual(['./', './', 'standalone']);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    // The network off and the host down: nothing may reach the server from here on.
    await context.setOffline(true);
    server.setRoot(null);
    const askedBefore = server.requests.length;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'ExComm 1962' }).waitFor();
    await page.locator('#settings').waitFor(); // the game's code has loaded (the title's secondary row)

    // Sound on, then the short game to its debrief.
    await page.locator('.sound-toggle').first().click();
    await expect(page.locator('.sound-toggle').first().textContent()).resolves.toBe('Sound: on');
    await page.getByRole('button', { name: /Short game/ }).click();
    await waitForScreen(page, ['prologue', 'opening']);
    const n = await playThrough(page, historicalPick(scenario), { keyboard: false });
    expect(n).toBe(scenario.shortMode.length);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Debrief/);
    // Sound played: the sprite loaded from the browser's copy (Howler's state), and no "unavailable" notice.
    const soundState = await page.evaluate(() => {
      const w = window as unknown as { Howler?: { _howls: { state(): string }[] } };
      return w.Howler?._howls.map((h) => h.state()) ?? [];
    });
    expect(soundState).toEqual(['loaded']);
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    // The map and the classroom tools (lazy chunks) came too: the debrief's results code.
    const code = (await page.locator('.results-code').textContent())!.trim();
    expect(code.length).toBeGreaterThan(8);
    await g.screenshot('offline-debrief');

    // The class page, offline: the student's code counted.
    await page.getByRole('link', { name: 'Class results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Class results' }).waitFor();
    await page.locator('#class-paste').fill(`Results: ${code}`);
    await page.locator('#class-paste-add').click();
    await page.locator('[data-stat="accepted"] dd', { hasText: '1' }).waitFor();
    await page.locator('[data-stat="accepted"]').scrollIntoViewIfNeeded();
    await g.screenshot('offline-class-page');
    await page.getByRole('link', { name: 'Teacher guide' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Teacher guide/ }).waitFor();

    // A teacher's ?lang=es link, offline: the Spanish words and the scenario's Spanish translation, from the browser.
    await page.goto(new URL(`${SUB_PATH.slice(1)}?lang=es#/`, server.url).toString());
    await page.waitForFunction((t) => document.querySelector('.premise')?.textContent === t, spanishPremise);
    await expect(page.locator('#begin').textContent()).resolves.toBe(es.shell.title.begin);

    // Only the browser's own look for a new sw.js at each load reached the host (answered 503: down; the offline
    // emulation does not cover that check). Every file of the game came from the browser's copy.
    expect(server.requests.slice(askedBefore).filter((p) => !p.endsWith('/sw.js'))).toEqual([]);
    expect(log.byWorker()).toBeGreaterThan(0); // its network-first tries for the scenario files (refused: offline)
    expect(log.elsewhere).toEqual([]);
    await g.finish();
  });

  it('a new version waits while the student decides, then offers Reload; Reload brings it and the save survives', async () => {
    const g = await visitOnce();
    const { page, context } = g;
    const log = logRequests(context, new URL(server.url).origin);
    await page.getByRole('button', { name: /Short game/ }).click();
    await waitForScreen(page, ['prologue', 'opening']);
    await playThrough(page, historicalPick(shippedScenario()), { keyboard: false, stopAfterChoices: 0 });
    expect(await waitForScreen(page, ['decision'])).toBe('decision');
    await page.evaluate(() => ((window as unknown as { stillBuildA: boolean }).stillBuildA = true));

    // The redeploy: B is served now, and the browser checks for a new worker (as it does hourly and at loads).
    server.setRoot(DIST_B);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => waitingWorker(page), { timeout: 60_000 }).toBe(true);
    // The page has heard of it (workbox-window waits 200 ms before it tells); the decision is not interrupted.
    await page.waitForTimeout(1500);
    expect(await page.locator('.update-notice').count()).toBe(0);
    await g.screenshot('update-held-on-decision');

    // The decision answered: on the next screen the notice appears, and the page is still build A's, unreloaded.
    await answerDecision(page);
    const notice = page.locator('.update-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^A new version is ready\..*Reload$/);
    expect(await page.evaluate(() => (window as unknown as { stillBuildA?: boolean }).stillBuildA)).toBe(true);
    expect(await page.locator('meta[name="excomm-build"]').count()).toBe(0);
    await axe(page, `the update notice (on the ${await page.evaluate(() => document.body.dataset.screen)} screen)`);
    await g.screenshot('update-notice');
    const save = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.endsWith(':save')));
    expect(save).toHaveLength(1);

    // Reload: the waiting version takes over and the page reloads into build B, the save as it was.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.locator('meta[name="excomm-build"][content="B"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'ExComm 1962' }).waitFor();
    expect(await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.endsWith(':save')))).toEqual(save);
    await page.locator('#continue').click();
    const kind = await waitForScreen(page, ['consequence', 'event', 'summary', 'opening', 'intelligence', 'decision']);
    expect(kind).not.toBe('prologue');
    expect(await waitingWorker(page)).toBe(false);
    expect(await page.locator('.update-notice').count()).toBe(0);
    expect(log.byWorker()).toBeGreaterThan(0); // B's precaching
    expect(log.elsewhere).toEqual([]);
    await g.finish();
  });
  it('scenario files a teacher edits in the served folder are seen at the next load, and kept for offline use', async () => {
    const g = await visitOnce();
    const { page, context } = g;
    // The edit: the scenarios' list now starts with another scenario. Scenario files go to the network first.
    server.setRoot(DIST_EDITED);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#title-h1')?.textContent === 'The Harbour Board');
    // Offline: the edited list and the added scenario (never in the precache) as last seen.
    await context.setOffline(true);
    server.setRoot(null);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#title-h1')?.textContent === 'The Harbour Board');
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue', 'opening']);
    await g.finish();
  });
});
