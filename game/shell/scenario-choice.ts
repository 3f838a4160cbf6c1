/**
 * Which scenario this page plays. `scenarios/index.json` lists the scenarios served here (the first is the
 * default); `?scenario=<id>` in the address picks another, so a teacher can hand out a link. Everything the
 * shell keeps for a scenario (save, class list) is keyed by the id chosen here.
 */
import type { Diagnostic, Problem } from '../core/scenario/diagnostic';

export type ScenarioChoice = {
  id: string;
  /** The scenario file, relative to the page ("scenarios/excomm-1962.json"). */
  path: string;
  /** Where its source records are, relative to the page ("scenarios/sources/"). */
  sourcesBase: string;
  /** Set when the address asked for a scenario that is not served here (the default plays instead). */
  unknownRequest: string | null;
};

/** A manifest that cannot be read or fetched is a diagnostic like a scenario's (shown on the error screen). */
export type ChoiceResult = { ok: true; choice: ScenarioChoice } | { ok: false; diagnostic: Diagnostic };

const MANIFEST = 'scenarios/index.json';
const ID = /^[a-z0-9][a-z0-9-]*$/;
const FILE = /^[a-z0-9][a-z0-9/_.-]*$/;

type Entry = { id: string; file: string; sources: string };

/**
 * Reads the manifest's text (`file` names it in the diagnostic): every entry needs an id, a file and a sources
 * folder inside scenarios/.
 */
export function parseManifest(text: string, file = MANIFEST): { ok: true; entries: Entry[] } | { ok: false; diagnostic: Diagnostic } {
  const refuse = (path: string, problem: Problem) => ({ ok: false as const, diagnostic: { file, path, problem, severity: 'error' as const } });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse('', { kind: 'bad-json', detail: (e as Error).message });
  }
  const list = (raw as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list) || list.length === 0) return refuse('scenarios', { kind: 'manifest-empty' });
  const entries: Entry[] = [];
  for (const [i, e] of list.entries()) {
    const { id, file: scenario, sources } = (e ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id)) return refuse(`scenarios[${i}].id`, { kind: 'manifest-bad-id' });
    if (typeof scenario !== 'string' || !FILE.test(scenario) || scenario.includes('..')) return refuse(`scenarios[${i}].file`, { kind: 'manifest-bad-file' });
    if (typeof sources !== 'string' || !FILE.test(sources) || sources.includes('..') || !sources.endsWith('/'))
      return refuse(`scenarios[${i}].sources`, { kind: 'manifest-bad-sources' });
    entries.push({ id, file: scenario, sources });
  }
  return { ok: true, entries };
}

/** The scenario asked for (`requested`, from the address) if it is listed, else the first one. */
export function pickScenario(entries: readonly Entry[], requested: string | null): ScenarioChoice {
  const wanted = requested ? entries.find((e) => e.id === requested) : undefined;
  const e = wanted ?? entries[0]!;
  return { id: e.id, path: `scenarios/${e.file}`, sourcesBase: `scenarios/${e.sources}`, unknownRequest: requested && !wanted ? requested : null };
}

export async function chooseScenario(search: string): Promise<ChoiceResult> {
  let text: string;
  try {
    const res = await fetch(MANIFEST, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    return { ok: false, diagnostic: { file: MANIFEST, path: '', problem: { kind: 'fetch-failed', detail: (e as Error).message }, severity: 'error' } };
  }
  const parsed = parseManifest(text);
  if (!parsed.ok) return parsed;
  return { ok: true, choice: pickScenario(parsed.entries, new URLSearchParams(search).get('scenario')) };
}
