/**
 * The boundary where scenario files become a typed, frozen Scenario — or a list of every problem.
 *
 * Modelled on ink's compiler: everything is checked, every problem is reported at once with its file and
 * JSON path, and nothing is returned half-loaded. This function never throws.
 */
import { checkOverlay, checkSchema, checkScenario } from '../check';
import type { Diagnostic, Position } from './diagnostic';
import { fingerprint } from './fingerprint';
import { positionAt, scanJson, withPositions } from './json-position';
import { applyOverlay, type Overlay } from './overlay';
import type { Scenario } from './schema';

export { formatDiagnostic, type Diagnostic, type Problem } from './diagnostic';

export type ScenarioFiles = {
  /** Where the scenario came from, for messages, e.g. "scenarios/excomm-1962.json". */
  scenarioPath: string;
  scenarioText: string;
  /** Key: path relative to scenarios/sources/ ("aftermath/….txt"); value: the file's text. */
  sources: Record<string, string>;
};

export type LoadResult = { ok: true; scenario: Scenario; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Position of a JSON syntax error: from the engine's message when it gives an offset, else where our scanner stopped. */
function jsonErrorAt(text: string, message: string): Position | undefined {
  const m = /position (\d+)/.exec(message);
  const at = m ? Number(m[1]) : scanJson(text).fault;
  return at === undefined ? undefined : positionAt(text, at);
}

/** The file's JSON, or one diagnostic that says where it stops being JSON (the engine's own words, and the line). */
function parseJson(file: string, text: string): { ok: true; data: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const detail = message.replace(/ \(line \d+ column \d+\)$/, '');
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', problem: { kind: 'bad-json', detail }, ...jsonErrorAt(text, message) }] };
  }
}

/** A bug in a check, reported like any other problem (with the error's own message). */
function internalError(file: string, e: unknown): Diagnostic {
  return { file, path: '', severity: 'error', problem: { kind: 'internal-error', detail: e instanceof Error ? e.message : String(e) } };
}

/**
 * Load and check a scenario. `checked` is the fingerprints (space-separated) of files the build already checked in full: when
 * these files have it, only the schema runs (the references, quotes, attribution and ending search were
 * proven at build time); any other files get every check.
 */
export function loadScenario(files: ScenarioFiles, options: { checked?: string } = {}): LoadResult {
  const file = files.scenarioPath;
  try {
    const json = parseJson(file, files.scenarioText);
    if (!json.ok) return json;
    const parsed = checkSchema(file, json.data);
    // A failed load names the line of each problem (a successful one skips the cost: its warnings carry none).
    if (!parsed.ok) return { ok: false, diagnostics: withPositions(files, parsed.diagnostics) };
    const trusted = options.checked !== undefined && options.checked !== '' && options.checked.split(' ').includes(fingerprint(files));
    const diagnostics = trusted ? [] : checkScenario(file, parsed.scenario, files.sources);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: false, diagnostics: withPositions(files, diagnostics) };
    return { ok: true, scenario: deepFreeze(parsed.scenario), warnings: diagnostics };
  } catch (e) {
    // A bug in a check must not take the game down: report it like any other problem.
    return { ok: false, diagnostics: [internalError(file, e)] };
  }
}

export type OverlayFile = {
  /** Where the overlay came from, for messages, e.g. "scenarios/i18n/excomm-1962.es.json". */
  overlayPath: string;
  overlayText: string;
};

/**
 * Check a translation overlay against the (loaded) scenario it translates and, when it has no error, give the
 * scenario in that language (applyOverlay). Every problem comes back at once with its line in the overlay file.
 * Never throws.
 */
export function loadOverlay(file: OverlayFile, scenario: Scenario): LoadResult {
  const at = (list: Diagnostic[]) => withPositions({ scenarioPath: file.overlayPath, scenarioText: file.overlayText }, list);
  try {
    const json = parseJson(file.overlayPath, file.overlayText);
    if (!json.ok) return json;
    const diagnostics = checkOverlay(file.overlayPath, scenario, json.data);
    if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: at(diagnostics) };
    return { ok: true, scenario: deepFreeze(applyOverlay(scenario, json.data as Overlay)), warnings: diagnostics };
  } catch (e) {
    return { ok: false, diagnostics: [internalError(file.overlayPath, e)] };
  }
}

export { findQuote, isCitableSourceFile, longestFoundPrefix, normalizeWhitespace, quotablePart, quotableRange, quoteIsInSource, uncitableReason } from './text';
