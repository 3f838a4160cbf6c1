/**
 * The translation overlay's checks (scenarios/i18n/<scenario id>.<lang>.json), and the scenario-side rule that
 * the fields an overlay sets are never written in a scenario. Paths are JSON paths into the overlay file
 * (`entries["decisions[d-patrols].question"].source`), so `check:scenarios` can name the line.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import { scanMarkup } from '../scenario/markup';
import { overlaySchema, sourceHash, translationUnits, type Overlay, type UnitKind } from '../scenario/overlay';
import type { Scenario } from '../scenario/schema';
import { citationsOf } from './citations';
import type { Report } from './report';
import { newReport } from './report';
import { zodIssueDiagnostics } from './zod-issues';

const SET_BY_OVERLAY = 'set by the translation overlay, not written in the scenario';

/** A scenario file never carries a quote's `translation` or a source's `gloss`: the overlay sets them. */
export function checkOverlayFieldsAbsent(s: Scenario, r: Report): void {
  for (const { citation, path } of citationsOf(s))
    if (citation.translation !== undefined) r.err([...path, 'translation'], `"translation" is ${SET_BY_OVERLAY}`);
  for (const [key, src] of Object.entries(s.sources)) if (src.gloss !== undefined) r.err(['sources', key, 'gloss'], `"gloss" is ${SET_BY_OVERLAY}`);
}

/** The glossary ids of a text, sorted (`[[id]]` and `[[id|words]]`). */
const glossaryIds = (text: string) => scanMarkup(text).ids.sort();
/** The `{placeholders}` of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{[A-Za-z][\w-]*\}/g)].map((m) => m[0]).sort();
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
const KIND_NAME: Record<UnitKind, string> = { prose: 'prose field', quote: 'quote', title: 'source title' };

/** `<scenario id>.<lang>.json` at the end of the file's path, when it has that form. */
function nameParts(file: string): { scenario: string; language: string } | undefined {
  const m = /(?:^|\/)([a-z0-9][a-z0-9-]*)\.([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/.exec(file);
  return m ? { scenario: m[1]!, language: m[2]! } : undefined;
}

/** Only the schema: the overlay when its shape is right, else the problems. */
export function parseOverlay(file: string, data: unknown): { ok: true; overlay: Overlay } | { ok: false; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', message: 'a translation overlay is a JSON object' }] };
  const parsed = overlaySchema.safeParse(data);
  if (parsed.success) return { ok: true, overlay: parsed.data };
  return { ok: false, diagnostics: zodIssueDiagnostics(file, data, parsed.error.issues, 'the translation overlay format') };
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
  if (o.scenario !== scenario.id) r.err(['scenario'], `this overlay translates "${o.scenario}", but the scenario's id is "${scenario.id}"`);
  const named = nameParts(file);
  if (named && named.scenario !== o.scenario)
    r.err(['scenario'], `the file is named for "${named.scenario}" but translates "${o.scenario}" (name it <scenario id>.<lang>.json)`);
  if (named && named.language !== o.language) r.err(['language'], `the file is named for "${named.language}" but its language is "${o.language}"`);

  const units = translationUnits(scenario);
  const byKey = new Map(units.map((u) => [u.key, u]));
  // An empty English field (a decision without context) needs no translation.
  for (const u of units)
    if (u.text.trim() !== '' && !(u.key in o.entries)) r.err(['entries', u.key], `missing translation of the ${KIND_NAME[u.kind]} "${u.key}"`);
  for (const [key, entry] of Object.entries(o.entries)) {
    const u = byKey.get(key);
    if (!u) {
      r.err(['entries', key], `"${key}" is not a text the overlay translates: only prose fields, quotes and source titles are (check the key)`);
      continue;
    }
    const at = ['entries', key, 'text'];
    if (u.text.trim() === '') {
      if (entry.text.trim() !== '') r.err(at, 'the English of this field is empty: leave the translation empty too (or leave the entry out)');
      continue;
    }
    if (entry.text.trim() === '') r.err(at, 'empty translation of a text that is not empty in English');
    const { problems } = scanMarkup(entry.text);
    for (const p of problems) r.err(at, p);
    const [en, tr] = [glossaryIds(u.text), glossaryIds(entry.text)];
    if (en.join() !== tr.join())
      r.err(at, `glossary ids differ from the English: English has ${list(en)}, the translation ${list(tr)} (keep every [[id]] as it is)`);
    const [enP, trP] = [placeholders(u.text), placeholders(entry.text)];
    if (enP.join() !== trP.join()) r.err(at, `placeholders differ from the English: English has ${list(enP)}, the translation ${list(trP)}`);
    const hash = sourceHash(u.text);
    if (entry.source !== hash)
      r.err(
        ['entries', key, 'source'],
        `stale translation: the English changed since it was translated (source "${entry.source}", the English now hashes to "${hash}"); check the translation, then update its source`,
      );
  }
  return r.diagnostics;
}
