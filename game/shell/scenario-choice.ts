/**
 * Which scenario this page plays. `scenarios/index.json` lists the scenarios served here (the first is the
 * default); `?scenario=<id>` in the address picks another, so a teacher can hand out a link. Everything the
 * shell keeps for a scenario (save, class list) is keyed by the id chosen here.
 */
export type ScenarioChoice = {
  id: string;
  /** The scenario file, relative to the page ("scenarios/excomm-1962.json"). */
  path: string;
  /** Where its source records are, relative to the page ("scenarios/sources/"). */
  sourcesBase: string;
  /** Set when the address asked for a scenario that is not served here (the default plays instead). */
  unknownRequest: string | null;
};

export type ChoiceResult = { ok: true; choice: ScenarioChoice } | { ok: false; file: string; problem: string };

const MANIFEST = 'scenarios/index.json';
const ID = /^[a-z0-9][a-z0-9-]*$/;
const FILE = /^[a-z0-9][a-z0-9/_.-]*$/;

type Entry = { id: string; file: string; sources: string };

/** Reads the manifest's text: every entry needs an id, a file and a sources folder inside scenarios/. */
export function parseManifest(text: string): { ok: true; entries: Entry[] } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `is not valid JSON (${(e as Error).message})` };
  }
  const list = (raw as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list) || list.length === 0) return { ok: false, problem: 'scenarios: must list at least one scenario' };
  const entries: Entry[] = [];
  for (const [i, e] of list.entries()) {
    const { id, file, sources } = (e ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id)) return { ok: false, problem: `scenarios[${i}].id: must be lower-case letters, digits and hyphens` };
    if (typeof file !== 'string' || !FILE.test(file) || file.includes('..'))
      return { ok: false, problem: `scenarios[${i}].file: must be a file inside scenarios/` };
    if (typeof sources !== 'string' || !FILE.test(sources) || sources.includes('..') || !sources.endsWith('/'))
      return { ok: false, problem: `scenarios[${i}].sources: must be a folder inside scenarios/, ending with "/"` };
    entries.push({ id, file, sources });
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
    return { ok: false, file: MANIFEST, problem: `could not be loaded (${(e as Error).message})` };
  }
  const parsed = parseManifest(text);
  if (!parsed.ok) return { ok: false, file: MANIFEST, problem: parsed.problem };
  return { ok: true, choice: pickScenario(parsed.entries, new URLSearchParams(search).get('scenario')) };
}
