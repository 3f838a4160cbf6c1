/**
 * No English left behind: the game played title to debrief in the pseudo-locale (every catalogue word and every
 * translated scenario text wrapped in ⟦…⟧; see game/ui/strings/pseudo.ts and the overlay the global setup writes).
 * Any visible text node without the marks fails, with the text and the screen, except the record's own English
 * (marked lang="en"), people's names, the records' original titles and citations, numbers, dates, codes and addresses,
 * and commands shown as code. The map's words go through its own translation file (map/caribbean.qps.json, written
 * by the global setup), so the map is checked too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openGame } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();

/** Texts that are not translated by design: names, and the records' own titles and archival citations. */
const ALLOWED = new Set<string>([
  ...scenario.cast.flatMap((p) => [p.name, p.short]),
  ...Object.values(scenario.sources).flatMap((s) => [s.title, s.citation, s.citation.replace(/\.$/, '')]),
]);

async function unmarked(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.replace(/\\s+/g, ' ').trim();
      if (!text) continue;
      const el = n.parentElement;
      // The record's English and commands shown as code.
      if (!el || el.closest('[lang="en"], code, script, style, noscript, template, [hidden], [aria-hidden="true"], .visually-hidden')) continue;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
      if (text.includes('⟦') || text.includes('⟧')) continue;
      if (/^[\\d\\s\\p{P}\\p{S}]*$/u.test(text)) continue; // numbers, punctuation
      if (/^[A-Z0-9]{2,6}(-[0-9A-Z]{2,5})+$/.test(text)) continue; // a results or resume code
      if (/^https?:\\/\\/\\S+$/.test(text)) continue; // an address
      if (/^(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}$/.test(text)) continue; // a date (the locale's own format)
      out.push(text);
    }
    return out;
  })()`);
}

describe('pseudo-locale', () => {
  it('title to debrief: every visible word comes from the catalogue or the scenario translation', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=qps' });
    const { page } = g;
    const problems: string[] = [];
    let mapsSeen = 0;
    const check = async (where: string) => {
      if (await page.locator('.map-box svg text').count()) mapsSeen++;
      for (const t of await unmarked(page)) if (!ALLOWED.has(t)) problems.push(`${where}: "${t}"`);
    };
    await page.locator('#resume').waitFor();
    await page.waitForFunction(
      () => document.getElementById('begin')?.textContent?.startsWith('⟦') && document.querySelector('.premise')?.textContent?.startsWith('⟦'),
    );
    await check('title');
    await page.locator('#begin').click();
    await check(await waitForScreen(page, ['prologue']));
    await playThrough(page, historicalPick(scenario), { keyboard: false, after: async (kind) => check(`${kind} screen`) });
    await check('debrief');
    for (const route of ['#/about', '#/class', '#/guide']) {
      await page.evaluate((r) => (location.hash = r), route);
      await page.waitForFunction((r) => location.hash === r && !!document.querySelector('#main h1'), route);
      await page.locator('#main h1').waitFor();
      await check(route);
    }
    expect(mapsSeen, 'screens with the map drawn (its words checked too)').toBeGreaterThan(0);
    expect([...new Set(problems)], 'text without pseudo-locale marks (hard-coded, or not from the translation)').toEqual([]);
    await g.finish();
  });
});
