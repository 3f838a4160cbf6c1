/**
 * The translation overlay: unit keys (the translators' keys for the shipped scenario), the source hash,
 * applying an overlay, and the checks, pinned by the broken-overlay corpus (tests/fixtures/broken/i18n/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOverlay, checkSchema } from '../../../game/core/check';
import { loadOverlay, loadScenario } from '../../../game/core/scenario/load';
import { applyOverlay, sourceHash, translationUnits, unitKey, type Overlay } from '../../../game/core/scenario/overlay';
import { proseFields } from '../../../game/core/scenario/prose';
import { BROKEN_OVERLAY_CASES, OVERLAY_BASE } from '../../helpers/broken-corpus';
import { english, englishAt, message } from '../../helpers/diagnostics';
import { readScenarioFiles, ROOT } from '../../helpers/disk';
import { loadMini, loadReal, MINI_PATH, MINI_SOURCES } from '../../helpers/scenarios';

const readOverlayFile = (path: string) => ({ overlayPath: path, overlayText: readFileSync(join(ROOT, path), 'utf8') });
const miniOverlay = () => JSON.parse(readFileSync(join(ROOT, OVERLAY_BASE), 'utf8')) as Overlay;

describe('translation units', () => {
  it('key list steps by id where the item has one, by index otherwise; fields and record keys with a dot', () => {
    const root = { decisions: [{ id: 'd-a', options: [{ id: 'x', advice: 'A' }] }], about: ['p'], sources: { m1: { title: 'T' } } };
    expect(unitKey(root, ['decisions', 0, 'options', 0, 'advice'])).toBe('decisions[d-a].options[x].advice');
    expect(unitKey(root, ['about', 0])).toBe('about[0]');
    expect(unitKey(root, ['sources', 'm1', 'title'])).toBe('sources.m1.title');
  });

  it('finds every text of the shipped scenario a translator translates (1,451 units when this was written; more as content grows)', () => {
    const units = translationUnits(loadReal());
    expect(units.length).toBeGreaterThanOrEqual(1451);
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
    expect(units.filter((u) => u.kind === 'title').map((u) => u.key)).toContain('sources.m14.title');
    expect(units.map((u) => u.key)).toContain('meetings[m14].intelligence[0].citations[0].quote');
    expect(units.map((u) => u.key)).toContain('presentation.premise');
  });

  it('covers every prose field of the mini scenario, every quote and every source title', () => {
    const s = loadMini();
    const units = translationUnits(s);
    expect(units.filter((u) => u.kind === 'prose')).toHaveLength(proseFields(s).length);
    expect(units.filter((u) => u.kind === 'title')).toHaveLength(Object.keys(s.sources).length);
    expect(units.map((u) => u.key)).toContain('decisions[d-patrols].options[warn-first].advice');
    expect(units.map((u) => u.key)).toContain('glossary[quota].definition');
    expect(new Set(units.map((u) => u.key)).size).toBe(units.length);
  });
});

describe('source hash', () => {
  it('is short, stable and tells texts apart', () => {
    expect(sourceHash('The Board paused the patrols.')).toBe(sourceHash('The Board paused the patrols.'));
    expect(sourceHash('The Board paused the patrols.')).not.toBe(sourceHash('The Board paused the patrols!'));
    expect(sourceHash('')).toMatch(/^[0-9a-z]{1,11}$/);
    expect(sourceHash('x'.repeat(10000))).toMatch(/^[0-9a-z]{1,11}$/);
  });
});

describe('applying an overlay', () => {
  it('translates prose, adds translation to citations and gloss to sources, and keeps quotes and titles verbatim', () => {
    const s = loadMini();
    const es = applyOverlay(s, miniOverlay());
    expect(es.decisions[0]!.question).toBe('¿Deben seguir las [[patrol|patrullas]] de noche?');
    expect(es.glossary.find((g) => g.id === 'quota')!.term).toBe('cuota');
    const c = es.decisions[0]!.history.citations[0]!;
    expect(c.quote).toBe(s.decisions[0]!.history.citations[0]!.quote);
    expect(c.translation).toBe('Se acordó pausar las patrullas por una semana.');
    expect(es.sources.m1!.title).toBe('Minutes of the first meeting');
    expect(es.sources.m1!.gloss).toBe('Acta de la primera reunión');
    expect(es.decisions[0]!.id).toBe('d-patrols');
    expect(s.decisions[0]!.question).toBe('Should the night [[patrol|patrols]] continue?'); // the English scenario is untouched
  });

  it('keeps the English of a unit the overlay lacks, and the applied scenario still fits the schema', () => {
    const o = miniOverlay();
    delete o.entries['decisions[d-patrols].title'];
    const es = applyOverlay(loadMini(), o);
    expect(es.decisions[0]!.title).toBe('Night patrols');
    expect(checkSchema(MINI_PATH, JSON.parse(JSON.stringify(es))).ok).toBe(true);
  });

  it('a scenario file that carries translation or gloss is refused, with the reason', () => {
    const files = readScenarioFiles(MINI_PATH, MINI_SOURCES);
    const es = applyOverlay(loadMini(), miniOverlay());
    const r = loadScenario({ ...files, scenarioText: JSON.stringify(es) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(
        r.diagnostics.some((d) => d.path === 'sources.m1.gloss' && message(d) === '"gloss" is set by the translation overlay, not written in the scenario'),
      ).toBe(true);
  });

  it('loadOverlay gives the frozen Spanish scenario for a clean overlay', () => {
    const r = loadOverlay(readOverlayFile(OVERLAY_BASE), loadMini());
    expect(r.ok, r.ok ? '' : r.diagnostics.map(english).join('\n')).toBe(true);
    if (r.ok) {
      expect(r.scenario.title).toBe('La Junta del Puerto (escenario de prueba)');
      expect(Object.isFrozen(r.scenario.decisions[0])).toBe(true);
    }
  });

  it('the shipped Spanish overlay, when present, is complete and current', () => {
    const path = 'scenarios/i18n/excomm-1962.es.json';
    if (!existsSync(join(ROOT, path))) return;
    const r = loadOverlay(readOverlayFile(path), loadReal());
    expect(r.ok, r.ok ? '' : r.diagnostics.slice(0, 20).map(english).join('\n')).toBe(true);
  });
});

describe('overlay checks', () => {
  it('the mini Spanish overlay is clean', () => {
    expect(checkOverlay(OVERLAY_BASE, loadMini(), miniOverlay())).toEqual([]);
  });

  it('an empty English field needs no entry; an entry for it must stay empty', () => {
    const o = miniOverlay();
    expect(o.entries['decisions[q-press].context']).toBeUndefined();
    o.entries['decisions[q-press].context'] = { source: sourceHash(''), text: '' };
    expect(checkOverlay(OVERLAY_BASE, loadMini(), o)).toEqual([]);
    o.entries['decisions[q-press].context'] = { source: sourceHash(''), text: 'Algo.' };
    expect(checkOverlay(OVERLAY_BASE, loadMini(), o).map(message)).toEqual([
      'the English of this field is empty: leave the translation empty too (or leave the entry out)',
    ]);
  });

  it('a file named <id>.<lang>.json must match the scenario and language it declares', () => {
    const d = checkOverlay('scenarios/i18n/harbour-test.fr.json', loadMini(), miniOverlay());
    expect(d.map((x) => `${x.path}: ${message(x)}`)).toEqual(['language: the file is named for "fr" but its language is "es"']);
  });
});

describe('broken-overlay corpus (one rule per file)', () => {
  const dir = join(ROOT, 'tests/fixtures/broken/i18n');

  it('has a file for every case', () => {
    expect(readdirSync(dir).sort()).toEqual(BROKEN_OVERLAY_CASES.map((c) => `${c.name}.json`).sort());
  });

  it.each(BROKEN_OVERLAY_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = `tests/fixtures/broken/i18n/${c.name}.json`;
    const r = loadOverlay(readOverlayFile(file), loadMini());
    expect(r.ok, `${c.name} should be refused`).toBe(false);
    if (r.ok) return;
    const hit = r.diagnostics.find((d) => d.severity === 'error' && d.file === file && d.path === c.path && d.problem.kind === c.kind);
    expect(hit, `expected "${file} ${c.path}: ${c.kind} (…${c.message}…)" among:\n${r.diagnostics.map(english).join('\n')}`).toBeDefined();
    expect(message(hit!)).toContain(c.message);
    // Every diagnostic names its line in the overlay file (check:scenarios prints file:line:column).
    if (c.path !== '') expect(hit!.line, englishAt(hit!)).toBeGreaterThan(0);
  });

  it('puts an entry problem on the line of that entry', () => {
    const file = 'tests/fixtures/broken/i18n/overlay-stale.json';
    const r = loadOverlay(readOverlayFile(file), loadMini());
    if (r.ok) throw new Error('loads');
    const d = r.diagnostics.find((x) => x.path.endsWith('.source'))!;
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    expect(lines[d.line! - 1]).toContain('"source": "stale0"');
  });
});
