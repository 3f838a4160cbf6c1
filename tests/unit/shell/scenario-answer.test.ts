/**
 * The scenario worker's answer (game/shell/scenario-answer.ts): the loaded scenario sent as one JSON text and
 * parsed on the page when first read. Read back, it must be the same scenario a structured clone gives (nothing
 * lost in JSON: no undefined fields, no Map or Date inside), in English and Spanish, and for the test scenario;
 * a failed load passes through as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchScenario, type Loaded } from '../../../game/services/scenario-fetch';
import { fromAnswer, toAnswer, transfer } from '../../../game/shell/scenario-answer';
import { ROOT } from '../../helpers/disk';

/** fetch() answered from the project's files (the page's address is http://game/). */
function serveFiles(): void {
  vi.stubGlobal('fetch', (url: URL | string) => {
    const path = decodeURIComponent(new URL(url.toString(), 'http://game/').pathname.slice(1));
    try {
      return Promise.resolve(new Response(readFileSync(join(ROOT, path), 'utf8')));
    } catch {
      return Promise.resolve(new Response('not found', { status: 404 }));
    }
  });
}

async function load(path: string, sourcesBase: string, language: string): Promise<Extract<Loaded, { ok: true }>> {
  const loaded = await fetchScenario(path, sourcesBase, 'http://game/', language);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded;
}

describe('the scenario worker answer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['scenarios/excomm-1962.json', 'scenarios/sources/', 'en'],
    ['scenarios/excomm-1962.json', 'scenarios/sources/', 'es'],
    ['tests/fixtures/mini/scenario.json', 'tests/fixtures/mini/sources/', 'en'],
  ])('%s in %s reads back as a structured clone of the loaded scenario', async (path, sourcesBase, language) => {
    serveFiles();
    const loaded = await load(path, sourcesBase, language);
    const answer = toAnswer(loaded);
    // What postMessage does to the answer: a structured clone (the buffer handed over, a few words, no tree).
    const read = fromAnswer(structuredClone(answer, { transfer: transfer(answer) }));
    if (!read.ok) throw new Error('the answer should be ok');
    expect(read.untranslated).toBe(loaded.untranslated);
    expect(read.presentation).toStrictEqual(loaded.scenario.presentation);
    expect(read.scenario).toStrictEqual(structuredClone(loaded.scenario));
    expect(read.sources).toStrictEqual(loaded.sources);
    // Parsed once, then kept.
    expect(read.scenario).toBe(read.scenario);
    expect(read.sources).toBe(read.sources);
  });

  it('names the asked-for language when the scenario has no translation for it', async () => {
    serveFiles();
    const loaded = await load('tests/fixtures/mini/scenario.json', 'tests/fixtures/mini/sources/', 'es');
    const read = fromAnswer(structuredClone(toAnswer(loaded)));
    expect(read.ok && read.untranslated).toBe('es');
  });

  it('passes a failed load through with its diagnostics (the error screen names file and field)', async () => {
    serveFiles();
    const loaded = await fetchScenario('scenarios/missing.json', 'scenarios/sources/', 'http://game/', 'en');
    expect(loaded.ok).toBe(false);
    expect(fromAnswer(structuredClone(toAnswer(loaded)))).toStrictEqual(loaded);
  });
});
