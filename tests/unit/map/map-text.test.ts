/**
 * The map's words in other languages (game/ui/map-text.ts): every shipped language has a whole, current
 * translation of the map file, and the check finds each kind of problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../game/core/scenario/overlay';
import { validateMapData } from '../../../game/ui/map';
import { applyMapText, mapTextFile, mapTextProblems, mapTextUnits, parseMapText, writeMapText, type MapText } from '../../../game/ui/map-text';
import { LANGUAGES } from '../../../game/ui/strings';

const root = resolve(import.meta.dirname, '../../..');
const MAP = 'map/caribbean.json';
const data = validateMapData(JSON.parse(readFileSync(resolve(root, 'assets', MAP), 'utf8')));
const read = (language: string): MapText => {
  const file = mapTextFile(MAP, language);
  return parseMapText(JSON.parse(readFileSync(resolve(root, 'assets', file), 'utf8')), file);
};

describe('the map in every language', () => {
  it('reads every text of the map: names, roles, notes, routes, regions, land and the credit', () => {
    const keys = mapTextUnits(data).map((u) => u.key);
    expect(keys).toContain('attribution');
    expect(keys).toContain('places[havana].role');
    expect(keys).toContain('places[guanajay-irbm].note');
    expect(keys).toContain('routes[u2].paths[0].label');
    expect(keys).toContain('routes[quarantine].centre.name');
    expect(keys).toContain('regionLabels[9].text');
    expect(keys).toContain('land["Cuba"]');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: every text translated, none stale, none unknown', (language) => {
    const file = mapTextFile(MAP, language);
    expect(existsSync(resolve(root, 'assets', file)), `${file} is missing`).toBe(true);
    const t = read(language);
    expect(t.language).toBe(language);
    expect(t.map).toBe('caribbean');
    expect(mapTextProblems(data, t)).toEqual([]);
    const shown = applyMapText(data, t);
    expect(shown.places.find((p) => p.id === 'havana')?.short).not.toBe('Havana');
  });
});

describe('the check of a map translation', () => {
  const whole = writeMapText(data, 'caribbean', 'xx', Object.fromEntries(mapTextUnits(data).map((u) => [u.key, `«${u.text}»`])));

  it('finds a missing, an empty, a stale and an unknown entry, each by its key', () => {
    const entries = { ...whole.entries };
    delete entries['places[miami].role'];
    entries['places[havana].short'] = { ...entries['places[havana].short']!, text: ' ' };
    entries['routes[u2].label'] = { source: sourceHash('an older English label'), text: '«old»' };
    entries['places[nowhere].name'] = { source: 'x', text: '«?»' };
    expect(mapTextProblems(data, { ...whole, entries })).toEqual(
      expect.arrayContaining([
        { key: 'places[miami].role', problem: 'missing' },
        { key: 'places[havana].short', problem: 'empty' },
        { key: 'routes[u2].label', problem: 'stale' },
        { key: 'places[nowhere].name', problem: 'unknown' },
      ]),
    );
    expect(mapTextProblems(data, whole)).toEqual([]);
  });

  it('translates words only: shapes and positions stay, and a stale or missing entry keeps the English', () => {
    const entries: MapText['entries'] = { ...whole.entries, 'routes[u2].label': { source: 'stale', text: '«old»' } };
    delete entries['places[miami].name'];
    const shown = applyMapText(data, { ...whole, entries });
    expect(shown.places.find((p) => p.id === 'havana')!.role).toBe(`«${data.places.find((p) => p.id === 'havana')!.role}»`);
    expect(shown.places.find((p) => p.id === 'miami')!.name).toBe('Miami');
    expect(shown.routes.find((r) => r.id === 'u2')!.label).toBe(data.routes.find((r) => r.id === 'u2')!.label);
    expect(shown.land.map((l) => l.d)).toEqual(data.land.map((l) => l.d));
    expect(shown.places.map((p) => [p.x, p.y])).toEqual(data.places.map((p) => [p.x, p.y]));
    expect(shown.regionLabels[0]!.text).toBe('«CUBA»');
  });

  it('a broken file is refused with its name and the field', () => {
    expect(() => parseMapText({ formatVersion: 2 }, 'map/caribbean.xx.json')).toThrow(/map\/caribbean\.xx\.json formatVersion/);
    expect(() => parseMapText({ formatVersion: 1, map: 'caribbean', language: 'xx', entries: { a: { text: 'b' } } }, 'f.json')).toThrow(
      /f\.json entries\["a"\]/,
    );
    expect(mapTextFile('map/caribbean.json', 'es')).toBe('map/caribbean.es.json');
  });
});
