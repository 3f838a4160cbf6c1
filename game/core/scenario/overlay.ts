/**
 * The translation overlay: a scenario's text in another language, in a file beside the scenario
 * (`scenarios/i18n/<scenario id>.<lang>.json`), loaded only when that language is chosen.
 *
 * What is translated is found through the schema, never by field names: every prose field (the PROSE marks),
 * every citation's quote and every source's title. Each is a unit with a key that names it by ids where the
 * scenario has them (`decisions[d-patrols].options[warn-first].advice`, `meetings[m14].intelligence[0].citations[0].quote`,
 * `sources.m14.title`), so keys survive reordering. The English quote and title are never replaced: a citation
 * gains `translation` and a source gains `gloss`, shown beside the record's own words.
 *
 * Each entry keeps a hash of the English it translates (`source`): when the English changes, the check reports
 * the entry as stale.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { formatRule, type Key } from './diagnostic';
import { citationSchema, PROSE, scenarioSchema, sourceSchema, type Scenario } from './schema';
import { reaches, walkWithSchema } from './walk';

/** The overlay format's version. */
export const OVERLAY_FORMAT_VERSION = 1;

export type UnitKind = 'prose' | 'quote' | 'title';

/** One text a translator translates: its key, what kind of text it is, and the English. */
export type TranslationUnit = { key: string; kind: UnitKind; text: string };

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, formatRule('id')));

export const overlayEntrySchema = z.strictObject({
  /** `sourceHash` of the English text this translates. */
  source: z.string().check(z.regex(/^[0-9a-z]+$/, formatRule('source-hash'))),
  /** The translation (empty only where the English is empty). */
  text: z.string(),
});

export const overlaySchema = z.strictObject({
  formatVersion: z.literal(OVERLAY_FORMAT_VERSION),
  /** The id of the scenario this translates. */
  scenario: id,
  /** BCP 47 language tag, e.g. "es" or "es-MX". */
  language: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, formatRule('language'))),
  entries: z.record(z.string(), overlayEntrySchema),
});

export type OverlayEntry = z.infer<typeof overlayEntrySchema>;
export type Overlay = z.infer<typeof overlaySchema>;

export { sourceHash } from './fingerprint';

const isProse = (schema: core.$ZodType) => PROSE.has(schema);
const holdsUnits = reaches((schema) => isProse(schema) || schema === citationSchema || schema === sourceSchema);

/**
 * The unit key of a JSON path inside `root`: a list step is `[id]` when the item is an object with a string id,
 * else `[index]`; a field or record step is `.name` (no dot at the start).
 */
export function unitKey(root: unknown, path: readonly Key[]): string {
  let out = '';
  let at: unknown = root;
  for (const k of path) {
    const next: unknown = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[k] : undefined;
    if (typeof k === 'number') {
      const itemId = next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      out += `[${typeof itemId === 'string' ? itemId : k}]`;
    } else out += out === '' ? k : `.${k}`;
    at = next;
  }
  return out;
}

const KIND_ORDER: Record<UnitKind, number> = { prose: 0, title: 1, quote: 2 };

type Found = { key: string; kind: UnitKind; text: string; path: readonly Key[] };

function findUnits(scenario: Scenario): Found[] {
  const out: Found[] = [];
  walkWithSchema(scenarioSchema, scenario, (schema, value, path) => {
    if (!holdsUnits(schema)) return false;
    if (isProse(schema) && typeof value === 'string') out.push({ key: unitKey(scenario, path), kind: 'prose', text: value, path: [...path] });
    else if (schema === citationSchema && value !== null && typeof value === 'object') {
      const quote = (value as { quote?: unknown }).quote;
      if (typeof quote === 'string') out.push({ key: unitKey(scenario, [...path, 'quote']), kind: 'quote', text: quote, path: [...path, 'quote'] });
    } else if (schema === sourceSchema && value !== null && typeof value === 'object') {
      const title = (value as { title?: unknown }).title;
      if (typeof title === 'string') out.push({ key: unitKey(scenario, [...path, 'title']), kind: 'title', text: title, path: [...path, 'title'] });
    }
  });
  // Stable: prose first, then source titles, then quotes, each in file order (the order the translators' parts use).
  return out
    .map((u, i) => ({ u, i }))
    .sort((a, b) => KIND_ORDER[a.u.kind] - KIND_ORDER[b.u.kind] || a.i - b.i)
    .map(({ u }) => u);
}

/** Every text of a scenario a translation gives: prose fields, quotes and source titles, with their keys. */
export function translationUnits(scenario: Scenario): TranslationUnit[] {
  return findUnits(scenario).map(({ key, kind, text }) => ({ key, kind, text }));
}

/**
 * A new scenario in the overlay's language: prose fields carry the translation, each citation gains
 * `translation` (its `quote` stays the record's words) and each source gains `gloss` (its `title` stays).
 * A unit without an entry keeps its English (the check reports it; this function does not judge).
 */
export function applyOverlay(scenario: Scenario, overlay: Overlay): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  for (const u of findUnits(scenario)) {
    const entry = overlay.entries[u.key];
    if (entry === undefined) continue;
    const parent = u.path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown>)[k], copy) as Record<PropertyKey, unknown>;
    const last = u.path[u.path.length - 1]!;
    if (u.kind === 'prose') parent[last] = entry.text;
    else if (u.kind === 'quote') parent.translation = entry.text;
    else parent.gloss = entry.text;
  }
  return copy;
}
