/**
 * The translation overlay's checks (scenarios/i18n/<scenario id>.<lang>.json), and the scenario-side rule that
 * the fields an overlay sets are never written in a scenario. Paths are JSON paths into the overlay file
 * (`entries["decisions[d-patrols].question"].source`), so `check:scenarios` can name the line.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import { scanMarkup } from '../scenario/markup';
import { overlaySchema, sourceHash, translationUnits, type Overlay } from '../scenario/overlay';
import type { Scenario } from '../scenario/schema';
import { citationsOf } from './citations';
import type { Report } from './report';
import { newReport } from './report';
import { describe, zodIssueDiagnostics } from './zod-issues';

/** A scenario file never carries a quote's `translation` or a source's `gloss`: the overlay sets them. */
export function checkOverlayFieldsAbsent(s: Scenario, r: Report): void {
  for (const { citation, path } of citationsOf(s))
    if (citation.translation !== undefined) r.err([...path, 'translation'], { kind: 'set-by-overlay', field: 'translation' });
  for (const [key, src] of Object.entries(s.sources)) if (src.gloss !== undefined) r.err(['sources', key, 'gloss'], { kind: 'set-by-overlay', field: 'gloss' });
}

/** The glossary ids of a text, sorted (`[[id]]` and `[[id|words]]`). */
const glossaryIds = (text: string) => scanMarkup(text).ids.sort();
/** The `{placeholders}` of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{[A-Za-z][\w-]*\}/g)].map((m) => m[0]).sort();

/** `<scenario id>.<lang>.json` at the end of the file's path, when it has that form. */
function nameParts(file: string): { scenario: string; language: string } | undefined {
  const m = /(?:^|\/)([a-z0-9][a-z0-9-]*)\.([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/.exec(file);
  return m ? { scenario: m[1]!, language: m[2]! } : undefined;
}

/** Only the schema: the overlay when its shape is right, else the problems. */
export function parseOverlay(file: string, data: unknown): { ok: true; overlay: Overlay } | { ok: false; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', problem: { kind: 'not-an-object', format: 'overlay', found: describe(data) } }] };
  const parsed = overlaySchema.safeParse(data);
  if (parsed.success) return { ok: true, overlay: parsed.data };
  return { ok: false, diagnostics: zodIssueDiagnostics(file, data, parsed.error.issues, 'overlay') };
}

/**
 * Every problem of an overlay for `scenario`: its shape, then the scenario and language it names, a missing
 * translation of any unit, an entry that is not a unit, glossary ids, placeholders and markup that differ from the
 * English, and stale entries (the English changed since it was translated).
 */
export function checkOverlay(file: string, scenario: Scenario, data: unknown): Diagnostic[] {
  const parsed = parseOverlay(file, data);
  if (!parsed.ok) return parsed.diagnostics;
  const o = parsed.overlay;
  const r = newReport(file);
  if (o.scenario !== scenario.id) r.err(['scenario'], { kind: 'overlay-wrong-scenario', translates: o.scenario, scenario: scenario.id });
  const named = nameParts(file);
  if (named && named.scenario !== o.scenario) r.err(['scenario'], { kind: 'overlay-named-scenario', named: named.scenario, translates: o.scenario });
  if (named && named.language !== o.language) r.err(['language'], { kind: 'overlay-named-language', named: named.language, language: o.language });

  const units = translationUnits(scenario);
  const byKey = new Map(units.map((u) => [u.key, u]));
  // An empty English field (a decision without context) needs no translation.
  for (const u of units)
    if (u.text.trim() !== '' && !(u.key in o.entries)) r.err(['entries', u.key], { kind: 'translation-missing', unit: u.kind, key: u.key });
  for (const [key, entry] of Object.entries(o.entries)) {
    const u = byKey.get(key);
    if (!u) {
      r.err(['entries', key], { kind: 'translation-not-a-unit', key });
      continue;
    }
    const at = ['entries', key, 'text'];
    if (u.text.trim() === '') {
      if (entry.text.trim() !== '') r.err(at, { kind: 'translation-should-be-empty' });
      continue;
    }
    if (entry.text.trim() === '') r.err(at, { kind: 'translation-empty' });
    const { problems } = scanMarkup(entry.text);
    for (const p of problems) r.err(at, p);
    const [en, tr] = [glossaryIds(u.text), glossaryIds(entry.text)];
    if (en.join() !== tr.join()) r.err(at, { kind: 'translation-glossary-ids', english: en, translation: tr });
    const [enP, trP] = [placeholders(u.text), placeholders(entry.text)];
    if (enP.join() !== trP.join()) r.err(at, { kind: 'translation-placeholders', english: enP, translation: trP });
    const hash = sourceHash(u.text);
    if (entry.source !== hash) r.err(['entries', key, 'source'], { kind: 'translation-stale', source: entry.source, hash });
  }
  return r.diagnostics;
}
