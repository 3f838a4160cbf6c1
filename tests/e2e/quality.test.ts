/**
 * Quality gates in the browser: an axe-core audit of every screen type and dialog (WCAG 2.0/2.1 A and AA),
 * zoom and reflow, and the faults a school meets: a broken scenario, storage that is missing, throwing or
 * full, fonts that fail, a slow network, hostile text in codes, a corrupt save, and a minute of random input.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BROKEN_CASES } from '../helpers/broken-corpus';
import { SCREENS } from '../../game/core/machine/screens';
import { openGame, useBrowser } from './harness/browser';
import { axe } from './harness/checks';
import { historicalPick, playThrough, screenKind, shippedScenario, waitForScreen } from './harness/driver';

const scenario = shippedScenario();
const ROOT = resolve(import.meta.dirname, '../..');

const getBrowser = useBrowser();

describe('accessibility audit (axe-core, WCAG 2.1 A/AA)', () => {
  it('every screen type and dialog: zero violations', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    await axe(page, 'title');
    await page.locator('#settings').click();
    await page.locator('dialog').waitFor();
    await axe(page, 'settings dialog');
    await page.keyboard.press('Escape');
    await page.locator('#resume').click();
    await page.locator('dialog').waitFor();
    await page.locator('#resume-input').fill('EX62-NOPE');
    await page.keyboard.press('Enter');
    await page.locator('#resume-error:not(:empty)').waitFor();
    await axe(page, 'resume-from-code dialog with an error');
    await page.keyboard.press('Escape');
    for (const route of ['#/about', '#/guide', '#/class']) {
      await page.evaluate((r) => (location.hash = r), route);
      await page.waitForFunction((r) => document.body.dataset.screen !== 'title' || location.hash === r, route);
      await page.locator('#main h1').waitFor();
      await axe(page, route);
    }
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('#begin-short').click();
    const hist = historicalPick(scenario);
    const seen = new Set<string>();
    // Reimposing the quarantine sets off a follow-up event, so the event screen is audited too.
    await playThrough(page, (id, ids) => (id === 'm14-quarantine' && ids.includes('reimpose') ? 'reimpose' : hist(id, ids)), {
      keyboard: false,
      after: async (kind) => {
        if (seen.has(kind)) return;
        seen.add(kind);
        await axe(page, `${kind} screen`);
        if (kind === 'decision') {
          const src = page.locator('.source-btn').first();
          await src.click();
          await page.locator('dialog.source-dialog').waitFor();
          await axe(page, 'source dialog');
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: 'Resume code' }).click();
          await page.locator('dialog').waitFor();
          await axe(page, 'resume code dialog');
          await page.keyboard.press('Escape');
          const term = page.locator('.term').first();
          if (await term.count()) {
            await term.focus();
            await axe(page, 'glossary tooltip');
            await page.keyboard.press('Escape');
          }
        }
      },
    });
    expect([...seen]).toEqual(expect.arrayContaining(['opening', 'decision', 'consequence', 'event', 'summary', 'epilogue']));
    await axe(page, 'debrief');
    await g.finish();
  });

  it('at 200% zoom (683x384 CSS px) the decision screen shows the question and every option without horizontal scrolling; it reflows at 320 px', async () => {
    for (const viewport of [
      { width: 683, height: 384 },
      { width: 320, height: 640 },
    ]) {
      const g = await openGame(getBrowser(), { viewport });
      const { page } = g;
      await page.locator('#begin').click();
      await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
      if (await page.locator('.skip-advisers').count()) await page.locator('.skip-advisers').click();
      const fit = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const boxes = [...document.querySelectorAll('.question, .option-btn')].map((e) => e.getBoundingClientRect());
        return {
          vw,
          scroll: document.documentElement.scrollWidth,
          count: boxes.length,
          worst: Math.max(...boxes.map((b) => b.right)),
          left: Math.min(...boxes.map((b) => b.left)),
        };
      });
      expect(fit.scroll, `no horizontal scrolling at ${viewport.width}px`).toBeLessThanOrEqual(fit.vw);
      expect(fit.count).toBeGreaterThan(2);
      expect(fit.worst).toBeLessThanOrEqual(fit.vw);
      expect(fit.left).toBeGreaterThanOrEqual(0);
      await page.locator('.options').scrollIntoViewIfNeeded();
      await g.screenshot(`zoom-decision-${viewport.width}x${viewport.height}`);
      await g.finish();
    }
  });

  it('layouts: projector, laptop and a touch screen', async () => {
    for (const [w, hgt, touch] of [
      [1920, 1080, false],
      [1280, 800, false],
      [800, 1280, true],
    ] as const) {
      const ctx = await getBrowser().newContext({ viewport: { width: w, height: hgt }, hasTouch: touch, isMobile: touch, reducedMotion: 'reduce' });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(inject('baseUrl'));
      if (touch) await page.locator('#begin').tap();
      else await page.locator('#begin').click();
      await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(scroll).toBeLessThanOrEqual(0);
      await page.screenshot({ path: resolve(ROOT, `tests/output/screens/layout-decision-${w}x${hgt}.png`) });
      expect(errors).toEqual([]);
      await ctx.close();
    }
  });
});

describe('bad input and faults', () => {
  it('a chunk that fails to load (a redeploy mid-lesson): one reload, then a notice and a page that says so; Reload recovers and the save is kept', async () => {
    const g = await openGame(getBrowser(), { allowFailing: ['/assets/classroom-'] });
    const { page } = g;
    // A student answers the first question: the game is saved in this browser.
    await page.locator('#begin').click();
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 1 });
    const saved = await page.locator('section[data-decision]').getAttribute('data-decision');
    // The classroom chunk is now unreachable (a redeploy removed it); a fresh load of the class page.
    await page.route('**/assets/classroom-*.js', (r) => r.abort());
    await page.goto(new URL('#/class', g.baseUrl).toString());
    await page.reload(); // a fresh document, so the chunk is not already in memory
    // The game reloads once by itself; when the chunk is still missing it stops and says so, never a blank page.
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    await expect(page.locator('#main h1').textContent()).resolves.toBe('Class results');
    await expect(page.locator('.notices .notice', { hasText: 'could not be loaded' }).count()).resolves.toBe(1);
    await g.screenshot('chunk-failure-class');
    // The connection is back: Reload brings the page, and the save is still there.
    await page.unroute('**/assets/classroom-*.js');
    await page.locator('.notices .notice-action', { hasText: 'Reload' }).click();
    await page.locator('#class-paste').waitFor();
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('#continue').click();
    await waitForScreen(page, ['decision']);
    expect(await page.locator('section[data-decision]').getAttribute('data-decision')).toBe(saved);
    await g.finish();
  });

  it('every file of the broken-scenario corpus, served in place of the real scenario, gives the error screen with its problem', async () => {
    const mini = resolve(ROOT, 'tests/fixtures/mini/sources');
    const g = await openGame(getBrowser(), { allowFailing: ['/scenarios/'] });
    const { page } = g;
    for (const c of BROKEN_CASES) {
      const text = readFileSync(resolve(ROOT, `tests/fixtures/broken/${c.name}.json`), 'utf8');
      await page.unrouteAll();
      await page.route('**/scenarios/excomm-1962.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: text }));
      await page.route('**/scenarios/sources/**', (r) => {
        const rel = decodeURIComponent(new URL(r.request().url()).pathname.split('/scenarios/sources/')[1] ?? '');
        const file = resolve(mini, rel);
        if (file.startsWith(mini) && existsSync(file)) return r.fulfill({ status: 200, contentType: 'text/plain', body: readFileSync(file, 'utf8') });
        return r.fulfill({ status: 404, body: 'not found' });
      });
      await page.reload();
      await page.locator('.error-screen').waitFor();
      await expect(page.locator('.error-screen h1').textContent()).resolves.toMatch(/could not be loaded/);
      const items = await page.locator('.error-list li').allTextContents();
      const want = `scenarios/excomm-1962.json${c.path ? ' ' + c.path : ''}:`;
      expect(
        items.some((i) => i.startsWith(want) && i.includes(c.message)),
        `${c.name}: expected "${want} …${c.message}…" in\n${items.join('\n')}`,
      ).toBe(true);
      if (c.name === 'cycle') await g.screenshot('error-screen-broken-scenario');
    }
    await g.finish();
  });

  for (const [name, script] of [
    ['missing', `Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });`],
    [
      'throwing',
      `Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`,
    ],
    ['full', `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`],
  ] as const) {
    it(`localStorage ${name}: the game is playable and says progress will not be kept`, async () => {
      const g = await openGame(getBrowser(), { initScript: script });
      const { page } = g;
      await page.locator('#begin-short').click();
      await waitForScreen(page, ['prologue', 'opening']);
      await expect(page.locator('.notice').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/will not be kept/)]));
      const n = await playThrough(page, historicalPick(scenario), { keyboard: false });
      expect(n).toBe(scenario.shortMode.length);
      await g.finish();
    });
  }

  it('fonts failing to load: still playable, no console errors beyond the declared fonts', async () => {
    const g = await openGame(getBrowser(), { allowFailing: ['.woff'] });
    const { page } = g;
    await page.route(/\.woff2?$/, (r) => r.abort());
    await page.reload();
    await page.locator('#begin-short').click();
    const n = await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 3 });
    expect(n).toBe(3);
    await g.finish();
  });

  it('a slow network (throttled): the title works and the game starts', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: (3 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.reload();
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue'], 60_000);
    await page.waitForFunction(() => document.body.dataset.stage !== undefined, null, { timeout: 60_000 });
    await page.locator('.continue').click();
    await waitForScreen(page, ['opening']);
    await g.finish();
  });

  it('hostile text in codes is shown as text, never run or rendered as markup', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(2)">EX62-AAAA',
      'EX62-' + 'A'.repeat(5000),
      'EX62\u0000\u0007\u001b[31m-ABCD',
      '"><svg onload=alert(3)>',
    ];
    await page.locator('#resume').click();
    for (const text of hostile) {
      await page.locator('#resume-input').fill(text);
      await page.keyboard.press('Enter');
      await page.locator('#resume-error:not(:empty)').waitFor();
      const error = await page.locator('#resume-error').textContent();
      expect(error!.length).toBeGreaterThan(5);
      expect(await page.locator('dialog img, dialog svg, dialog script').count()).toBe(0);
    }
    await page.keyboard.press('Escape');
    await page.evaluate(() => (location.hash = '#/class'));
    const area = page.locator('textarea').first();
    await area.waitFor();
    await area.fill(hostile.join('\n'));
    const add = page.getByRole('button', { name: /add|read|check/i }).first();
    if (await add.count()) await add.click();
    await page.waitForTimeout(300);
    expect(await page.locator('#main img[src="x"], #main svg[onload], #main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await g.finish();
  });

  it('a corrupt save is refused with a message, kept aside, and a new game is offered', async () => {
    const g = await openGame(getBrowser(), {
      initScript: `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('excomm-1962.save', '{"saveVersion":1,"scenarioId":"excomm-1962","choi'); sessionStorage.setItem('seeded', '1'); }`,
    });
    const { page } = g;
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.title-message:not(:empty)').waitFor();
    await expect(page.locator('.title-message').textContent()).resolves.toMatch(/could not be opened/);
    expect(await page.evaluate(() => localStorage.getItem('excomm-1962:save.broken'))).toContain('excomm-1962');
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await g.finish();
  });

  it('monkey test: 250 random clicks, keys and resizes (fixed seed), then the game still reaches its debrief', async () => {
    const g = await openGame(getBrowser());
    const { page } = g;
    let seed = 1962;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const keys = ['Tab', 'Enter', 'Escape', ' ', '1', '2', '3', 'm', 'ArrowDown', 'Shift+Tab'];
    const sizes = [
      [1366, 768],
      [1024, 600],
      [800, 600],
      [400, 700],
    ];
    await page.locator('#begin').click();
    // A fixed count of actions (not a time budget), so the run does the same work on any machine.
    const ACTIONS = 250;
    let actions = 0;
    while (actions < ACTIONS) {
      const r = rand();
      if (r < 0.55) {
        // Click a random visible control (inside the open dialog if there is one); leaving the game would only
        // test the title, so the monkey stays in play.
        const targets = await page.evaluate(() => {
          const scope = document.querySelector('dialog[open]') ?? document;
          // Links that leave the game page (a record's text file) are left out: the monkey stays in the app.
          return [...scope.querySelectorAll('button, a[href^="#"], summary')]
            .map((el, i) => ({ i, label: (el.textContent ?? '').trim(), r: el.getBoundingClientRect() }))
            .filter((t) => t.r.width > 0 && t.r.height > 0 && !/Save and exit|Back to the title|Print|Copy|Clear|Export|Download/i.test(t.label))
            .map((t) => ({ x: t.r.x + t.r.width / 2, y: t.r.y + t.r.height / 2 }));
        });
        const t = targets[Math.floor(rand() * targets.length)];
        if (t) await page.mouse.click(t.x, t.y);
      } else if (r < 0.93) {
        await page.keyboard.press(keys[Math.floor(rand() * keys.length)]!);
      } else {
        const [w, hh] = sizes[Math.floor(rand() * sizes.length)]!;
        await page.setViewportSize({ width: w!, height: hh! });
      }
      actions++;
      if (!(await page.evaluate(() => document.body.dataset.screen))) throw new Error('blank screen');
    }
    expect(actions).toBe(ACTIONS);
    // Close whatever is open, go back into the game if the monkey left it, and play on to the debrief.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 768 });
    let kind = await screenKind(page);
    if (!(SCREENS as readonly string[]).includes(kind)) {
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('#continue, #begin').first().click();
      kind = await waitForScreen(page, [...SCREENS]);
    }
    if (kind !== 'debrief') await playThrough(page, historicalPick(scenario), { keyboard: false });
    await expect(page.locator('#main h1').textContent()).resolves.toMatch(/Debrief/);
    await g.finish();
  });
});
