/**
 * The map's words in another language. Place names, roles, route labels and descriptions, region labels and the
 * coastline credit live in the map file (built by scripts/build-map.ts), not in the scenario or the catalogue, so
 * a translation of them sits beside the map: `map/caribbean.es.json` for `map/caribbean.json`, loaded only when
 * that language is chosen. It has the scenario overlay's shape: each entry keyed by ids where the map has them
 * (`places[havana].role`, `routes[u2].paths[0].label`) and keeping a hash of the English it translates, so an
 * English change shows up as a stale entry (tests/unit/ui/map-text.test.ts checks every shipped language).
 *
 * Pure: no DOM, tested in Node.
 */
import { sourceHash } from '../core/scenario/fingerprint';
import type { MapData } from './map';

export const MAP_TEXT_FORMAT_VERSION = 1;

export type MapTextEntry = { source: string; text: string };
export type MapText = { formatVersion: 1; map: string; language: string; entries: Record<string, MapTextEntry> };
export type MapTextUnit = { key: string; text: string };

/** Every text of a map a person reads, with its key, in a fixed order (the file's own). */
export function mapTextUnits(d: MapData): MapTextUnit[] {
  const out: MapTextUnit[] = [{ key: 'attribution', text: d.attribution }];
  for (const l of d.land) out.push({ key: `land[${JSON.stringify(l.name)}]`, text: l.name });
  d.regionLabels.forEach((r, i) => out.push({ key: `regionLabels[${i}].text`, text: r.text }));
  for (const p of d.places) {
    out.push({ key: `places[${p.id}].name`, text: p.name }, { key: `places[${p.id}].short`, text: p.short }, { key: `places[${p.id}].role`, text: p.role });
    if (p.note) out.push({ key: `places[${p.id}].note`, text: p.note });
  }
  for (const r of d.routes) {
    out.push({ key: `routes[${r.id}].label`, text: r.label }, { key: `routes[${r.id}].description`, text: r.description });
    r.paths.forEach((p, i) => out.push({ key: `routes[${r.id}].paths[${i}].label`, text: p.label }));
    if (r.centre) out.push({ key: `routes[${r.id}].centre.name`, text: r.centre.name });
  }
  return out.filter((u) => u.text.trim() !== '');
}

/** The translation file beside a map file: `map/caribbean.json` → `map/caribbean.es.json`. */
export function mapTextFile(mapFile: string, language: string): string {
  return mapFile.replace(/\.json$/, `.${language}.json`);
}

/** Checks the shape of a parsed translation file; throws an Error naming the first bad field. */
export function parseMapText(raw: unknown, file: string): MapText {
  const bad = (field: string, what: string): never => {
    throw new Error(`${file} ${field}: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('(root)', 'must be an object');
  const o = raw as Record<string, unknown>;
  if (o.formatVersion !== MAP_TEXT_FORMAT_VERSION) bad('formatVersion', `must be ${MAP_TEXT_FORMAT_VERSION}`);
  if (typeof o.map !== 'string') bad('map', 'must be a string');
  if (typeof o.language !== 'string') bad('language', 'must be a string');
  if (typeof o.entries !== 'object' || o.entries === null || Array.isArray(o.entries)) bad('entries', 'must be an object');
  for (const [key, e] of Object.entries(o.entries as Record<string, unknown>)) {
    const entry = e as Record<string, unknown> | null;
    if (typeof entry !== 'object' || entry === null || typeof entry.source !== 'string' || typeof entry.text !== 'string')
      bad(`entries[${JSON.stringify(key)}]`, 'must be { "source": hash, "text": translation }');
  }
  return raw as MapText;
}

/** What is wrong with a translation of this map: each problem names the entry. Empty when it is whole and current. */
export function mapTextProblems(d: MapData, t: MapText): { key: string; problem: 'missing' | 'stale' | 'unknown' | 'empty' }[] {
  const units = new Map(mapTextUnits(d).map((u) => [u.key, u.text]));
  const out: { key: string; problem: 'missing' | 'stale' | 'unknown' | 'empty' }[] = [];
  for (const [key, text] of units) {
    const e = t.entries[key];
    if (!e) out.push({ key, problem: 'missing' });
    else if (e.text.trim() === '') out.push({ key, problem: 'empty' });
    else if (e.source !== sourceHash(text)) out.push({ key, problem: 'stale' });
  }
  for (const key of Object.keys(t.entries)) if (!units.has(key)) out.push({ key, problem: 'unknown' });
  return out;
}

/**
 * The map with its words translated. An entry that is missing, empty or stale leaves the English in place (a
 * half-done translation still shows a whole map); the shapes and positions are untouched.
 */
export function applyMapText(d: MapData, t: MapText): MapData {
  const tr = (key: string, text: string): string => {
    const e = t.entries[key];
    return e && e.text.trim() !== '' && e.source === sourceHash(text) ? e.text : text;
  };
  return {
    ...d,
    attribution: tr('attribution', d.attribution),
    land: d.land.map((l) => ({ ...l, name: tr(`land[${JSON.stringify(l.name)}]`, l.name) })),
    regionLabels: d.regionLabels.map((r, i) => ({ ...r, text: tr(`regionLabels[${i}].text`, r.text) })),
    places: d.places.map((p) => ({
      ...p,
      name: tr(`places[${p.id}].name`, p.name),
      short: tr(`places[${p.id}].short`, p.short),
      role: tr(`places[${p.id}].role`, p.role),
      ...(p.note ? { note: tr(`places[${p.id}].note`, p.note) } : {}),
    })),
    routes: d.routes.map((r) => ({
      ...r,
      label: tr(`routes[${r.id}].label`, r.label),
      description: tr(`routes[${r.id}].description`, r.description),
      paths: r.paths.map((p, i) => ({ ...p, label: tr(`routes[${r.id}].paths[${i}].label`, p.label) })),
      ...(r.centre ? { centre: { ...r.centre, name: tr(`routes[${r.id}].centre.name`, r.centre.name) } } : {}),
    })),
  };
}

/** A translation file for `d` from key → text (the hashes written from the English in `d`). */
export function writeMapText(d: MapData, map: string, language: string, texts: Record<string, string>): MapText {
  const entries: Record<string, MapTextEntry> = {};
  for (const u of mapTextUnits(d)) if (texts[u.key] !== undefined) entries[u.key] = { source: sourceHash(u.text), text: texts[u.key]! };
  return { formatVersion: 1, map, language, entries };
}
