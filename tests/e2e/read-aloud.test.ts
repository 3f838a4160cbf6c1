/**
 * Read aloud in the browser, with a stand-in `speechSynthesis` installed before the page loads: it records every
 * utterance (text, language, voice, rate) and says each sentence is done only when the test tells it to. So the
 * test sees what would be spoken, in what order, with which voice, and what the student sees highlighted meanwhile.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { es } from '../../game/ui/strings/es';
import { en } from '../../game/ui/strings/en';
import { axe } from './harness/checks';
import { openGame, useBrowser } from './harness/browser';
import { historicalPick, playThrough, shippedScenario, waitForScreen } from './harness/driver';

const getBrowser = useBrowser();
const scenario = shippedScenario();

type Voice = { name: string; lang: string; localService: boolean; default?: boolean };
const DEVICE_VOICES: Voice[] = [
  // Listed first and marked default: a network voice the game must never use.
  { name: 'Cloud English', lang: 'en-US', localService: false, default: true },
  { name: 'Cloud Español', lang: 'es-US', localService: false },
  { name: 'Local English', lang: 'en-US', localService: true },
  { name: 'Local Español', lang: 'es-MX', localService: true },
];

/** The stand-in, as a script run before any page script. */
function standIn(voices: Voice[]): string {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((v) => ({ ...v, voiceURI: 'uri:' + v.name, default: !!v.default }));
    const log = { spoken: [], cancels: 0, current: null };
    // The highlighted words as seen: a glossary word's hidden definition inside the range is not shown.
    const visibleText = (range) => { const f = range.cloneContents(); f.querySelectorAll('[hidden]').forEach((e) => e.remove()); return f.textContent; };
    class Utterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; } }
    const synth = {
      getVoices: () => voices,
      speak(u) {
        log.current = u;
        const ranges = CSS.highlights && CSS.highlights.get('read-aloud');
        const shown = ranges ? [...ranges][0] : null;
        log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null, local: u.voice ? u.voice.localService : null, highlighted: shown ? visibleText(shown) : null, inView: shown ? (() => { const r = shown.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })() : null });
      },
      cancel() {
        log.cancels++;
        const u = log.current;
        log.current = null;
        if (u && u.onerror) u.onerror({ error: 'interrupted' });
      },
      pause() {}, resume() {},
      addEventListener() {}, removeEventListener() {},
      get speaking() { return !!log.current; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
    window.__speech = { log, finish() { const u = log.current; log.current = null; if (u && u.onend) u.onend({}); return !!u; } };
  })();`;
}

type Spoken = { text: string; lang: string; rate: number; voice: string | null; local: boolean | null; highlighted: string | null; inView: boolean | null };
const spokenLog = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { log: { spoken: Spoken[] } } }).__speech.log.spoken);
const finishOne = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { finish(): boolean } }).__speech.finish());
const fold = (s: string) =>
  s
    .replace(/\s*·\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();

/** Lets the stand-in finish sentence after sentence until the reader stops; returns what was spoken. */
async function readToEnd(page: Page, max = 400): Promise<Spoken[]> {
  for (let i = 0; i < max && (await finishOne(page)); i++);
  return spokenLog(page);
}

/** The texts of the card's readable blocks as the student sees them, in page order (an independent list). */
async function visibleBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '#main .card-column h1, #main .card-column h2, #main .card-column h3, #main .card-column p, #main .card-column blockquote, #main .card-column .option-label',
      ),
    ]
      .filter((e) => (e as HTMLElement).checkVisibility() && !e.closest('.kicker, .map-section, .meters, [aria-hidden="true"], .hint, .confirm'))
      .map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
      .filter((t) => /\p{L}/u.test(t)),
  );
}

async function toFirstDecision(page: Page) {
  await page.locator('#resume').waitFor();
  await page.locator('#begin').click();
  await waitForScreen(page, ['prologue']);
  await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
  if (await page.locator('.skip-advisers').count()) await page.locator('.skip-advisers').click();
  await page.locator('.option-btn').first().waitFor();
}

describe('read aloud', () => {
  it('reads a decision in reading order with a local voice, highlighting each sentence; speed changes apply; Continue stops it', async () => {
    const g = await openGame(getBrowser(), { initScript: standIn(DEVICE_VOICES) });
    const { page } = g;
    await toFirstDecision(page);
    const decisionId = await page.locator('section[data-decision]').getAttribute('data-decision');
    const decision = scenario.decisions.find((d) => d.id === decisionId)!;
    const button = page.locator('.topbar .read-toggle');
    await expect(button.textContent()).resolves.toBe(en.reader.read);
    expect(await spokenLog(page)).toEqual([]); // it never starts by itself
    await button.click();
    await page.waitForFunction(() => (window as unknown as { __speech: { log: { spoken: unknown[] } } }).__speech.log.spoken.length > 0);
    await expect(button.textContent()).resolves.toBe(en.reader.pause);
    await axe(page, 'read-aloud controls while reading');
    await g.screenshot('read-aloud-decision');

    // A new speed: the sentence being read starts again at that speed.
    const before = (await spokenLog(page)).length;
    await page.locator('.topbar .read-speed').selectOption('1.5');
    await page.waitForFunction((n) => (window as unknown as { __speech: { log: { spoken: unknown[] } } }).__speech.log.spoken.length > n, before);
    const restarted = (await spokenLog(page)).at(-1)!;
    expect(restarted.rate).toBe(1.5);
    expect(restarted.text).toBe((await spokenLog(page))[before - 1]!.text);

    const spoken = await readToEnd(page);
    await expect(button.textContent()).resolves.toBe(en.reader.read);
    // Never a network voice, though one was listed first and as the default.
    expect(spoken.every((s) => s.local === true && s.voice === 'Local English')).toBe(true);
    // The heading first; then every block the student sees, in the order on the page.
    // (The sentence restarted at the new speed is said twice in a row; order is checked without the repeat.)
    const said = spoken.filter((s, i) => i === 0 || s.text !== spoken[i - 1]!.text);
    expect(fold(said[0]!.text)).toBe(fold(await page.locator('#main h1').innerText()));
    expect(fold(said[1]!.text)).toBe(fold((await page.locator('#main .kicker').textContent()) ?? '')); // then the kicker above it
    const stream = said.map((s) => fold(s.text)).join(' ');
    let at = 0;
    for (const block of await visibleBlocks(page)) {
      const firstWords = fold(block).split(' ').slice(0, 4).join(' ');
      const found = stream.indexOf(firstWords, at);
      expect(found, `"${firstWords}" read after position ${at}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
    // The options with their numbers, in order; the controls are not read.
    const options = decision.options.map((o, i) => stream.indexOf(`${en.reader.option(String(i + 1))} ${fold(o.label)}`));
    expect(options.every((x) => x > 0)).toBe(true);
    expect([...options].sort((a, b) => a - b)).toEqual(options);
    for (const control of [en.screens.decision.showAll, en.parts.source, en.shell.play.settings]) expect(stream).not.toContain(` ${control} `);
    // The highlight shows the sentence being said (an option's number is highlighted as its digit).
    for (const s of spoken.filter((x) => !x.text.startsWith('Option '))) expect(fold(s.highlighted ?? '')).toBe(fold(s.text));
    // …and is kept in view: each sentence is on screen when it is spoken (the decision is longer than the window).
    expect(spoken.filter((x) => x.inView === false).map((x) => x.text)).toEqual([]);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // The highlight is gone at the end.
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(false);

    // Reading again, then a screen change: speech stops and nothing more is said.
    await button.click();
    await page.waitForFunction((n) => (window as unknown as { __speech: { log: { spoken: unknown[] } } }).__speech.log.spoken.length > n, spoken.length);
    await page.locator('.option-btn').first().click();
    await page.locator('.confirm-btn').click();
    await page.waitForFunction(() => document.body.dataset.screen !== 'decision');
    await expect(page.locator('.topbar .read-toggle').textContent()).resolves.toBe(en.reader.read);
    const count = (await spokenLog(page)).length;
    expect(await finishOne(page)).toBe(false);
    expect((await spokenLog(page)).length).toBe(count);
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(false);
    await g.finish();
  });

  it('pause and resume say the same sentence again; R reads when shortcuts are on; the about page is read too', async () => {
    const g = await openGame(getBrowser(), { initScript: standIn(DEVICE_VOICES) });
    const { page } = g;
    await page.locator('#resume').waitFor();
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await page.keyboard.press('r');
    await page.waitForFunction(() => (window as unknown as { __speech: { log: { spoken: unknown[] } } }).__speech.log.spoken.length > 0);
    await finishOne(page);
    const second = (await spokenLog(page)).at(-1)!;
    await page.locator('.topbar .read-toggle').click(); // Pause
    await expect(page.locator('.topbar .read-toggle').textContent()).resolves.toBe(en.reader.resume);
    expect(await finishOne(page)).toBe(false); // nothing is being said
    await page.locator('.topbar .read-toggle').click(); // Resume
    expect((await spokenLog(page)).at(-1)!.text).toBe(second.text);
    await page.locator('.topbar .read-stop').click();
    await expect(page.locator('.topbar .read-toggle').textContent()).resolves.toBe(en.reader.read);
    await expect(page.locator('.topbar .read-stop').isHidden()).resolves.toBe(true);

    await page.evaluate(() => (location.hash = '#/about'));
    await page.locator('.pagebar .read-toggle').click();
    const about = await readToEnd(page);
    const heading = fold(await page.locator('#main h1').innerText());
    expect(about.map((s) => fold(s.text))).toContain(heading);
    await g.finish();
  });

  it('in Spanish, Spanish text gets a Spanish voice and the record’s English an English one', async () => {
    const g = await openGame(getBrowser(), { path: '?lang=es', initScript: standIn(DEVICE_VOICES) });
    const { page } = g;
    await page.locator('#resume').waitFor();
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await playThrough(page, historicalPick(scenario), { keyboard: false, stopAfterChoices: 0 });
    // Back to the intelligence briefing is not possible; read the decision (its advisers quote the records).
    if (await page.locator('.skip-advisers').count()) await page.locator('.skip-advisers').click();
    await page.locator('.topbar .read-toggle').click();
    const spoken = await readToEnd(page);
    const quotes = await page.locator('#main .card-column blockquote[lang="en"]').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const said = spoken.find((s) => fold(q).startsWith(fold(s.text)));
      expect(said, `quote "${q.slice(0, 40)}" spoken`).toBeDefined();
      expect(said!.voice).toBe('Local English');
      expect(said!.lang).toBe('en');
    }
    const spanish = spoken.filter((s) => s.lang === 'es');
    expect(spanish.length).toBeGreaterThan(quotes.length);
    expect(spanish.every((s) => s.voice === 'Local Español')).toBe(true);
    expect(spoken.some((s) => s.text === es.reader.option('1'))).toBe(true);
    await g.finish();
  });

  it('with no voice on the device (only network voices), it says so and points to the device’s own tool', async () => {
    const g = await openGame(getBrowser(), { initScript: standIn(DEVICE_VOICES.filter((v) => !v.localService)) });
    const { page } = g;
    await page.locator('#resume').waitFor();
    await page.locator('#begin').click();
    await waitForScreen(page, ['prologue']);
    await page.locator('.topbar .read-toggle').click();
    const note = page.locator('.read-note');
    await note.waitFor();
    await expect(note.locator('span').textContent()).resolves.toBe(en.reader.noVoice('English'));
    expect(await spokenLog(page)).toEqual([]);
    await axe(page, 'no-voice message');
    await g.screenshot('read-aloud-no-voice');
    await g.finish();
  });
});
