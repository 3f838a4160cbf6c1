/**
 * Browser test harness: one Chromium per test file, a fresh context per test, and a guard that fails the test
 * on any console error, page error, failed request or request to another origin. A test that breaks a
 * resource on purpose declares it in `allowFailing`; only that resource's load failure is then allowed.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const SCREENS_DIR = resolve(import.meta.dirname, '../../output/screens');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

/**
 * One Chromium for the test file (launched before its tests, closed after them); every test still gets a fresh
 * context through openGame. Call at the top level of a test file; use the returned getter inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (useBrowser must be called at the top level)');
    return browser;
  };
}

export interface GameOptions {
  /** Path under the served root, e.g. "" or "some/path/" or "#/class". */
  path?: string;
  viewport?: { width: number; height: number };
  /** URL fragments whose load failure is expected (declared by the test). */
  allowFailing?: string[];
  reducedMotion?: boolean;
  /** Runs before any page script (e.g. to break localStorage). */
  initScript?: string;
  /**
   * Let the game's service worker register (the offline tests only). Off by default: a worker in every test
   * would slow the suite down and could carry cached files from one test into the next.
   */
  serviceWorkers?: boolean;
  /** Another server than the suite's (the offline tests serve their own builds). */
  baseUrl?: string;
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  problems: string[];
  /** Asserts nothing went wrong, then closes the context. */
  finish(): Promise<void>;
  screenshot(name: string): Promise<string>;
}

export async function openGame(browser: Browser, opts: GameOptions = {}): Promise<GamePage> {
  const baseUrl = opts.baseUrl ?? inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const allowed = opts.allowFailing ?? [];
  const isAllowed = (url: string) => allowed.some((a) => url.includes(a));
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    reducedMotion: opts.reducedMotion === false ? 'no-preference' : 'reduce',
    serviceWorkers: opts.serviceWorkers ? 'allow' : 'block',
  });
  const problems: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  context.on('requestfailed', (req) => {
    // ERR_ABORTED: the page navigated away (a reload) while the request was in flight; not a failure.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    // A service worker's own fetch (its network-first try for a scenario file while offline) may fail: the page's
    // request it answers is judged on its own (a page request the worker cannot answer fails here too).
    if (req.serviceWorker()) return;
    if (!isAllowed(req.url())) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? ''})`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400 && !isAllowed(res.url())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url ?? '';
    // A declared broken resource logs "Failed to load resource"; that one line is expected.
    if (/Failed to load resource/.test(msg.text()) && (isAllowed(where) || allowed.length > 0)) return;
    problems.push(`console error: ${msg.text()} ${where}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(new URL(opts.path ?? '', baseUrl).toString());
  return {
    page,
    context,
    baseUrl,
    problems,
    async finish() {
      const found = [...problems];
      await context.close();
      if (found.length) throw new Error('The page reported problems:\n' + found.join('\n'));
    },
    async screenshot(name: string) {
      mkdirSync(SCREENS_DIR, { recursive: true });
      const file = resolve(SCREENS_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}

/**
 * Whether the canvas shows a picture rather than one flat colour: the distinct colours in a fine grid of its pixels,
 * read from a page screenshot of the canvas area (WebGL canvases read back black through toDataURL).
 */
export async function canvasHasDrawing(page: Page, selector = 'canvas'): Promise<{ distinctColours: number }> {
  return { distinctColours: distinctColours(await canvasSample(page, selector, 64)) };
}

/** The canvas's pixels seen as the player sees them (a screenshot, so WebGL reads back too), on a coarse grid. */
export interface CanvasSample {
  width: number;
  height: number;
  /** RGB of each grid point, row by row (`cols` per row). */
  rgb: Array<[number, number, number]>;
  cols: number;
}

export async function canvasSample(page: Page, selector = '#stage canvas', cols = 48): Promise<CanvasSample> {
  const png = await page.locator(selector).first().screenshot();
  return page.evaluate(
    async ([b64, n]) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const rows = Math.max(1, Math.round((n * c.height) / c.width));
      const rgb: Array<[number, number, number]> = [];
      for (let r = 0; r < rows; r++)
        for (let k = 0; k < n; k++) {
          const x = Math.floor(((k + 0.5) * c.width) / n);
          const y = Math.floor(((r + 0.5) * c.height) / rows);
          const i = (y * c.width + x) * 4;
          rgb.push([data[i]!, data[i + 1]!, data[i + 2]!]);
        }
      return { width: c.width, height: c.height, rgb, cols: n };
    },
    [png.toString('base64'), cols] as const,
  );
}

/** How many different colours a sample holds. */
export function distinctColours(s: CanvasSample): number {
  return new Set(s.rgb.map(([r, g, b]) => (r << 16) | (g << 8) | b)).size;
}

/** The share of grid points whose colour differs clearly (more than 24 in a channel) between two samples. */
export function sampleDifference(a: CanvasSample, b: CanvasSample): number {
  const n = Math.min(a.rgb.length, b.rgb.length);
  let differ = 0;
  for (let i = 0; i < n; i++) if (a.rgb[i]!.some((v, k) => Math.abs(v - b.rgb[i]![k]!) > 24)) differ++;
  return n ? differ / n : 0;
}

/** Waits until the stage shows `kind` (its data-view) with its motion ended (data-moving="no"). */
export async function waitForStage(page: Page, kind: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const s = document.getElementById('stage');
      return s?.dataset.view === k && s.dataset.moving === 'no';
    },
    kind,
    { timeout },
  );
}
