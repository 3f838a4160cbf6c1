/**
 * The scenario worker's answer, and reading it on the page. A loaded scenario is a large tree of objects (the
 * scenario, its translation, every record's text); posted as it is, the page rebuilds that whole tree the moment
 * the answer arrives (structured clone), a long task on a slow laptop while the title should be answering. So the
 * worker posts the loaded scenario as JSON in a buffer it hands over (transferred, not copied), with the few words
 * the title shows beside it, and the page parses it only when something first reads the scenario or its records
 * (Begin, Continue, the about page), or when the student first moves on the title (see index.ts).
 *
 * A failed load is posted as it is: a short list of diagnostics the error screen shows at once.
 */
import type { Scenario } from '../core/scenario/schema';
import type { Loaded } from '../services/scenario-fetch';

export type ScenarioAnswer =
  | { ok: false; diagnostics: Extract<Loaded, { ok: false }>['diagnostics'] }
  | { ok: true; presentation: Scenario['presentation']; untranslated: string | null; json: ArrayBuffer };

type Body = { scenario: Scenario; sources: [string, string][] };

/**
 * The worker's side: the loaded scenario as UTF-8 JSON (JSON keeps it whole: the scenario is parsed JSON, its
 * records strings). Post it with `transfer(answer)` as the transfer list.
 */
export function toAnswer(loaded: Loaded): ScenarioAnswer {
  if (!loaded.ok) return loaded;
  const body: Body = { scenario: loaded.scenario, sources: [...loaded.sources] };
  const json = new TextEncoder().encode(JSON.stringify(body)).buffer as ArrayBuffer;
  return { ok: true, presentation: loaded.scenario.presentation, untranslated: loaded.untranslated, json };
}

/** What to transfer with the answer (its buffer), so posting it copies nothing. */
export function transfer(answer: ScenarioAnswer): Transferable[] {
  return answer.ok ? [answer.json] : [];
}

/**
 * The page's side: a `Loaded` whose scenario and records are parsed from the text the first time either is read
 * (then kept). `presentation` is there at once, for the title.
 */
export function fromAnswer(answer: ScenarioAnswer): Loaded {
  if (!answer.ok) return answer;
  let json: ArrayBuffer | null = answer.json;
  let body: { scenario: Scenario; sources: Map<string, string> } | null = null;
  const read = () => {
    if (!body) {
      const parsed = JSON.parse(new TextDecoder().decode(json!)) as Body;
      body = { scenario: parsed.scenario, sources: new Map(parsed.sources) };
      json = null; // the tree replaces the buffer
    }
    return body;
  };
  return {
    ok: true,
    presentation: answer.presentation,
    untranslated: answer.untranslated,
    get scenario() {
      return read().scenario;
    },
    get sources() {
      return read().sources;
    },
  };
}
