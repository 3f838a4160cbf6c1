/**
 * The prose of a scenario: every text a player reads that the author wrote, found through the PROSE marks
 * in the schema (never by field names). The glossary check reads markup here; a translation overlay keys
 * its strings by these paths.
 */
import type * as core from 'zod/v4/core';
import { formatPath, type Key } from './diagnostic';
import { PROSE, scenarioSchema, type Scenario } from './schema';
import { reaches, textFields, walkWithSchema } from './walk';

/** `path` as diagnostics print it; `keys` the same path step by step. */
export type ProseField = { path: string; keys: readonly Key[]; text: string };

const isProse = (schema: core.$ZodType) => PROSE.has(schema);
const holdsProse = reaches(isProse);

/** Every prose string of a scenario with its JSON path (`decisions[0].options[1].advice`), in file order. */
export function proseFields(scenario: Scenario): ProseField[] {
  const out: ProseField[] = [];
  walkWithSchema(scenarioSchema, scenario, (schema, value, path) => {
    if (!holdsProse(schema)) return false;
    if (isProse(schema) && typeof value === 'string') out.push({ path: formatPath(path), keys: [...path], text: value });
  });
  return out;
}

/** The patterns of the prose fields the format has (`decisions[].options[].advice`), for docs and tests. */
export function proseFieldPatterns(): string[] {
  return [...new Set(textFields(scenarioSchema).flatMap((f) => (isProse(f.schema) ? [f.pattern] : [])))];
}
