/**
 * `npm run i18n`: the translation overlay of a scenario (scenarios/i18n/<scenario id>.<lang>.json).
 *
 *   npm run i18n -- build es --from /tmp/excomm/i18n   merge the translators' part-*.es.json (key → text) into the
 *                                                      overlay, each entry with the hash of the English it translates
 *   npm run i18n -- status es                          units translated, missing and stale, and every check's problem
 *   npm run i18n -- units [--out file.json]            the units to translate ({ key, kind, en }), for translators
 *
 * Options: --scenario <path> (default scenarios/excomm-1962.json), --sources <dir> (default scenarios/sources),
 * --out <path> (default scenarios/i18n/<scenario id>.<lang>.json). A build keeps the overlay's existing entries for
 * units the parts do not give (refreshing no hash: a stale one stays stale until translated again).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOverlay } from '../game/core/check';
import { formatWithLines } from '../game/core/scenario/json-position';
import { formatDiagnostic, loadScenario } from '../game/core/scenario/load';
import { OVERLAY_FORMAT_VERSION, sourceHash, translationUnits, type Overlay, type OverlayEntry } from '../game/core/scenario/overlay';
import type { Scenario } from '../game/core/scenario/schema';
import { diagnosticsEn } from '../game/ui/strings/diagnostics.en';
import { readScenarioFiles, ROOT } from '../tests/helpers/disk';

type Options = { scenario: string; sources?: string; out?: string; from?: string };

function parseArgs(argv: string[]): { command: string; language: string; options: Options } {
  const [command = '', ...rest] = argv;
  const options: Options = { scenario: 'scenarios/excomm-1962.json' };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a.startsWith('--')) {
      const value = rest[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      const name = a.slice(2);
      if (name !== 'scenario' && name !== 'sources' && name !== 'out' && name !== 'from') throw new Error(`unknown option ${a}`);
      options[name] = value;
    } else positional.push(a);
  }
  return { command, language: positional[0] ?? '', options };
}

function loadScenarioFrom(options: Options): Scenario {
  const sources = options.sources ?? (options.scenario.startsWith('scenarios/') ? undefined : join(dirname(options.scenario), 'sources'));
  const r = loadScenario(readScenarioFiles(options.scenario, sources));
  if (!r.ok) throw new Error(`${options.scenario} does not load:\n${r.diagnostics.map((d) => formatDiagnostic(d, diagnosticsEn)).join('\n')}`);
  return r.scenario;
}

const abs = (p: string) => (isAbsolute(p) ? p : join(ROOT, p));
const overlayPath = (s: Scenario, language: string, options: Options) => options.out ?? `scenarios/i18n/${s.id}.${language}.json`;

function readOverlay(path: string): Overlay | undefined {
  if (!existsSync(abs(path))) return undefined;
  return JSON.parse(readFileSync(abs(path), 'utf8')) as Overlay;
}

/** The overlay's text as the script writes it: entries in unit order, two-space indent. */
export function overlayText(scenario: Scenario, language: string, texts: ReadonlyMap<string, OverlayEntry>): string {
  const entries: Record<string, OverlayEntry> = {};
  for (const u of translationUnits(scenario)) {
    const e = texts.get(u.key);
    if (e) entries[u.key] = e;
  }
  const overlay: Overlay = { formatVersion: OVERLAY_FORMAT_VERSION, scenario: scenario.id, language, entries };
  return JSON.stringify(overlay, null, 2) + '\n';
}

function build(language: string, options: Options): void {
  if (!options.from) throw new Error('build needs --from <folder with part-*.<lang>.json>');
  const scenario = loadScenarioFrom(options);
  const units = translationUnits(scenario);
  const unitByKey = new Map(units.map((u) => [u.key, u]));
  const out = overlayPath(scenario, language, options);
  const texts = new Map<string, OverlayEntry>(Object.entries(readOverlay(out)?.entries ?? {}));
  const dir = abs(options.from);
  const parts = readdirSync(dir)
    .filter((f) => new RegExp(`^part-\\d+\\.${language}\\.json$`).test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const unknown: string[] = [];
  for (const part of parts) {
    const given = JSON.parse(readFileSync(join(dir, part), 'utf8')) as Record<string, unknown>;
    for (const [key, text] of Object.entries(given)) {
      const u = unitByKey.get(key);
      if (u && u.text.trim() === '') continue; // an empty English field needs no translation
      if (!u || typeof text !== 'string' || text.trim() === '') {
        unknown.push(`${part}: ${key}`);
        continue;
      }
      texts.set(key, { source: sourceHash(u.text), text });
    }
  }
  mkdirSync(dirname(abs(out)), { recursive: true });
  writeFileSync(abs(out), overlayText(scenario, language, texts));
  const done = units.filter((u) => texts.has(u.key)).length;
  const needed = units.filter((u) => u.text.trim() !== '').length;
  console.log(`read ${parts.length} part(s) (${parts.join(', ') || 'none'}) from ${relative(ROOT, dir) || dir}`);
  if (unknown.length) console.warn(`skipped ${unknown.length} entr(ies) that are not units or are empty:\n  ${unknown.slice(0, 20).join('\n  ')}`);
  console.log(`wrote ${out}: ${done} of ${needed} units translated (${units.length - needed} empty English fields need none)`);
}

function status(language: string, options: Options): number {
  const scenario = loadScenarioFrom(options);
  const units = translationUnits(scenario);
  const path = overlayPath(scenario, language, options);
  const text = existsSync(abs(path)) ? readFileSync(abs(path), 'utf8') : undefined;
  if (text === undefined) {
    console.log(`${path}: no overlay yet (0 of ${units.length} units translated)`);
    return 1;
  }
  const overlay = JSON.parse(text) as Overlay;
  const entries = overlay.entries ?? {};
  const missing = units.filter((u) => u.text.trim() !== '' && !(u.key in entries));
  const stale = units.filter((u) => u.key in entries && entries[u.key]!.source !== sourceHash(u.text));
  const byKind = (list: typeof units) => ['prose', 'quote', 'title'].map((k) => `${list.filter((u) => u.kind === k).length} ${k}`).join(', ');
  const needed = units.filter((u) => u.text.trim() !== '').length;
  console.log(
    `${path}: ${needed - missing.length} of ${needed} units translated (${units.length - needed} empty English fields need none); missing ${missing.length} (${byKind(missing)}); stale ${stale.length}`,
  );
  for (const u of missing.slice(0, 30)) console.log(`  missing ${u.kind} ${u.key}`);
  if (missing.length > 30) console.log(`  … and ${missing.length - 30} more missing`);
  for (const u of stale) console.log(`  stale ${u.kind} ${u.key}`);
  // Missing and stale entries are listed above, unit by unit.
  const diagnostics = checkOverlay(path, scenario, overlay).filter((d) => d.problem.kind !== 'translation-missing' && d.problem.kind !== 'translation-stale');
  for (const line of formatWithLines({ scenarioPath: path, scenarioText: text }, diagnostics, diagnosticsEn)) console.log(line);
  return missing.length + stale.length + diagnostics.length > 0 ? 1 : 0;
}

function units(options: Options): void {
  const scenario = loadScenarioFrom(options);
  const list = translationUnits(scenario).map((u) => ({ key: u.key, kind: u.kind, en: u.text }));
  const text = JSON.stringify(list, null, 1) + '\n';
  if (options.out) writeFileSync(abs(options.out), text);
  else process.stdout.write(text);
}

function main(): void {
  const { command, language, options } = parseArgs(process.argv.slice(2));
  if (command === 'units') return units(options);
  if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(language))
    throw new Error(`usage: npm run i18n -- build|status <lang> [--from dir] [--scenario path]; "${language}" is not a language tag`);
  if (command === 'build') return build(language, options);
  if (command === 'status') process.exitCode = status(language, options);
  else throw new Error(`unknown command "${command}" (build, status or units)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
