/**
 * Fetches the scenario and the source records it names (static files beside the game, never bundled) and
 * validates them with the pure loader. Any failure comes back as diagnostics for the error screen, problems like
 * the loader's own (worded by the page's string catalogue). It runs in the scenario worker
 * (game/shell/scenario-worker.ts), so it imports nothing of the page: no DOM, no string catalogue.
 */
import { loadOverlay, loadScenario, type Diagnostic } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';

/** A file that could not be fetched, with the browser's reason (or the HTTP status). */
const couldNotLoad = (file: string, e: unknown): Diagnostic => ({
  file,
  path: '',
  problem: { kind: 'fetch-failed', detail: e instanceof Error ? e.message : String(e) },
  severity: 'error',
});

/**
 * A loaded scenario, in the language asked for when the scenario has a translation for it, else in English
 * (`untranslated` then names the language that was asked for). `presentation` is the scenario's own
 * (`scenario.presentation`), there for the title: on the page, reading `scenario` or `sources` first parses them
 * (game/shell/scenario-answer.ts), and the title needs only these few words.
 */
export type Loaded =
  | { ok: true; scenario: Scenario; presentation: Scenario['presentation']; sources: Map<string, string>; untranslated: string | null }
  | { ok: false; diagnostics: Diagnostic[] };

async function fetchText(url: string, base: string | undefined): Promise<string> {
  const res = await fetch(base ? new URL(url, base) : url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

/**
 * `path` and `sourcesBase` are relative to the page (and name files in messages); `base` is the page's address,
 * needed where relative addresses resolve elsewhere (in a worker, against the worker's own script).
 */
export async function fetchScenario(path: string, sourcesBase: string, base?: string, language = 'en'): Promise<Loaded> {
  let scenarioText: string;
  try {
    scenarioText = await fetchText(path, base);
  } catch (e) {
    return { ok: false, diagnostics: [couldNotLoad(path, e)] };
  }
  // Which source files to fetch: the ones the scenario names (read loosely here; the loader checks properly).
  const files = new Set<string>();
  try {
    const raw = JSON.parse(scenarioText) as { sources?: Record<string, { file?: unknown }> };
    for (const src of Object.values(raw.sources ?? {})) if (typeof src?.file === 'string') files.add(src.file);
  } catch {
    /* bad JSON: the loader reports it */
  }
  const sources: Record<string, string> = {};
  const missing: Diagnostic[] = [];
  await Promise.all(
    [...files].map(async (file) => {
      try {
        sources[file] = await fetchText(`${sourcesBase}${file}`, base);
      } catch (e) {
        missing.push(couldNotLoad(`${sourcesBase}${file}`, e));
      }
    }),
  );
  // The build checked these exact files in full (vite.config.ts); other files get every check here.
  const checked = typeof __SCENARIO_CHECKED__ === 'string' ? __SCENARIO_CHECKED__ : '';
  const result = loadScenario({ scenarioPath: path, scenarioText, sources }, { checked });
  if (!result.ok) return { ok: false, diagnostics: [...missing, ...result.diagnostics] };
  if (missing.length) return { ok: false, diagnostics: missing };
  const sourceMap = new Map(Object.entries(sources));
  const english: Loaded = { ok: true, scenario: result.scenario, presentation: result.scenario.presentation, sources: sourceMap, untranslated: null };
  if (language === 'en') return english;
  // The translation beside the scenario (scenarios/i18n/<id>.<lang>.json), checked against it before use.
  const overlayPath = `scenarios/i18n/${result.scenario.id}.${language}.json`;
  let overlayText: string;
  try {
    overlayText = await fetchText(overlayPath, base);
  } catch {
    return { ...english, untranslated: language }; // no translation of this scenario: its own words, and a notice
  }
  const translated = loadOverlay({ overlayPath, overlayText }, result.scenario);
  if (!translated.ok) return { ok: false, diagnostics: translated.diagnostics };
  return { ...english, scenario: translated.scenario, presentation: translated.scenario.presentation };
}
