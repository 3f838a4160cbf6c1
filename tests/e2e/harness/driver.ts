/**
 * Drives the game as a student would: by keyboard (Tab and Enter) or by clicks, reading only what the page
 * shows. A playthrough is a list of option ids to pick in order; screens are told apart by the body's
 * data-screen attribute, which the app sets for every screen it renders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadScenario } from '../../../game/core/scenario/load';
import type { Scenario } from '../../../game/core/scenario/schema';
import { english } from '../../helpers/diagnostics';
import { readScenarioFiles } from '../../helpers/disk';

export function shippedScenario(): Scenario {
  const r = loadScenario(readScenarioFiles('scenarios/excomm-1962.json'));
  if (!r.ok) throw new Error('The shipped scenario does not load: ' + r.diagnostics.map(english).join('; '));
  return r.scenario;
}

export function rawScenario(): unknown {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../scenarios/excomm-1962.json'), 'utf8'));
}

export async function screenKind(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.dataset.screen)) ?? '';
}

export async function waitForScreen(page: Page, kinds: string[], timeout = 15_000): Promise<string> {
  await page.waitForFunction((k) => k.includes(document.body.dataset.screen ?? ''), kinds, { timeout });
  return screenKind(page);
}

/** What has focus: a short description, never the body. */
export async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', cls: '', name: '', visible: false, option: '' };
    const r = el.getBoundingClientRect();
    const name = el.getAttribute('aria-label') ?? el.innerText ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.innerText ?? '').trim().slice(0, 80),
      cls: el.className ?? '',
      name: name.trim().slice(0, 80),
      visible: r.width > 0 && r.height > 0,
      option: el.dataset.option ?? '',
    };
  });
}

/** Press Tab until the focused element matches, failing after `max` presses. */
export async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focusInfo>>) => boolean, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (match(f)) return;
  }
  throw new Error('Tab never reached the wanted control');
}

export interface DriveOptions {
  keyboard: boolean;
  /** Called after every action with the screen kind (for focus checks, screenshots). */
  after?: (kind: string) => Promise<void>;
  /** Stop when this screen kind is reached (e.g. after a given number of choices). */
  stopAfterChoices?: number;
}

async function activate(page: Page, keyboard: boolean, selector: string, match: (f: Awaited<ReturnType<typeof focusInfo>>) => boolean) {
  if (keyboard) {
    await tabTo(page, match);
    await page.keyboard.press('Enter');
  } else {
    await page.locator(selector).first().click();
  }
}

/**
 * Plays from the current screen to the debrief, answering with `pick(decisionTitle, optionIds)`, which returns
 * the option id to choose. Returns the number of choices made.
 */
export async function playThrough(page: Page, pick: (decisionId: string, optionIds: string[]) => string, opts: DriveOptions): Promise<number> {
  let choices = 0;
  for (let step = 0; step < 400; step++) {
    const kind = await waitForScreen(page, ['prologue', 'opening', 'intelligence', 'decision', 'consequence', 'event', 'summary', 'epilogue', 'debrief']);
    if (kind === 'debrief') return choices;
    if (kind === 'decision') {
      if (opts.stopAfterChoices !== undefined && choices >= opts.stopAfterChoices) return choices;
      // Hear each adviser in turn, if the screen asks for it.
      while (await page.locator('.next-adviser').count()) {
        await activate(page, opts.keyboard, '.next-adviser', (f) => f.cls.includes('next-adviser'));
        await opts.after?.(kind);
      }
      const ids = await page.locator('.option-btn').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.option ?? ''));
      const decisionId = (await page.locator('section[data-decision]').getAttribute('data-decision')) ?? '';
      const want = pick(decisionId, ids);
      expect(ids).toContain(want);
      await activate(page, opts.keyboard, `.option-btn[data-option="${want}"]`, (f) => f.option === want);
      await opts.after?.(kind);
      // Confirmation: focus lands on "Confirm advice".
      if (opts.keyboard) {
        const f = await focusInfo(page);
        expect(f.cls).toContain('confirm-btn');
        await page.keyboard.press('Enter');
      } else {
        await page.locator('.confirm-btn').click();
      }
      choices++;
      await page.waitForFunction(() => document.body.dataset.screen !== 'decision');
      await opts.after?.(await screenKind(page));
      continue;
    }
    const before = await page.evaluate(() => document.querySelector('#main h1')?.textContent ?? '');
    await activate(page, opts.keyboard, '.continue', (f) => f.cls.includes('continue'));
    await page.waitForFunction(
      ([k, h]) => document.body.dataset.screen !== k || (document.querySelector('#main h1')?.textContent ?? '') !== h || k === 'event',
      [kind, before] as const,
    );
    await opts.after?.(await screenKind(page));
  }
  throw new Error('The playthrough did not reach the debrief');
}

/** Option picks that follow the historical record. */
export function historicalPick(scenario: Scenario) {
  const hist = new Map(scenario.decisions.map((d) => [d.id, d.history.option]));
  return (decisionId: string, ids: string[]) => hist.get(decisionId) ?? ids[0]!;
}
