import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../game/ui/strings/en';
import { es } from '../../../game/ui/strings/es';
import { LANGUAGES, loadLanguage, strings } from '../../../game/ui/strings';

/** Every plain string in a catalogue, by path ("settings.title"). */
function leaves(node: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof node === 'string') out.set(path, node);
  else if (Array.isArray(node)) node.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** The groups translated in es.ts itself (guide, map and classPage come from es-teacher.ts). */
function ownGroups<T extends object>(catalogue: T): Partial<T> {
  const { guide: _guide, map: _map, classPage: _classPage, format: _format, ...own } = catalogue as T & Record<string, unknown>;
  return own as Partial<T>;
}

describe('the Spanish catalogue', () => {
  afterEach(() => loadLanguage('en'));

  it('has every plain string filled in, and nearly all of them differ from the English', () => {
    const spanish = leaves(ownGroups(es), '', new Map());
    const english = leaves(ownGroups(en), '', new Map());
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    expect(spanish.size).toBeGreaterThan(150);
    expect([...spanish].filter(([, v]) => v.trim() === '')).toEqual([]);
    const same = [...spanish].filter(([path, v]) => v === english.get(path)).map(([path]) => path);
    // Only names, codes and words spelled alike in both languages ("Normal", "Flexible", "#") may stay.
    expect(same.length / spanish.size).toBeLessThanOrEqual(0.1);
  });

  it('formats dates and numbers for Latin-American Spanish', () => {
    expect(es.locale).toBe('es-419');
    expect(es.format.longDate('1962-10-31')).toBe('31 de octubre de 1962');
    expect(es.format.longDate('not a date')).toBe('not a date');
    expect(es.format.plural(1, { one: '# código', other: '# códigos' })).toBe('1 código');
    expect(es.format.plural(3, { one: '# código', other: '# códigos' })).toBe('3 códigos');
    expect(es.format.plural(0, { one: '# código', other: '# códigos' })).toBe('0 códigos');
  });

  it('counts and lists in Spanish', () => {
    expect(es.loading.problems(1)).toBe('El escenario tiene 1 problema. Un docente o un programador puede arreglarlo en los archivos que aparecen abajo.');
    expect(es.loading.problems(3)).toMatch(/^El escenario tiene 3 problemas\./);
    expect([[], ['Rusk'], ['Rusk', 'Bundy'], ['Rusk', 'Bundy', 'McCone']].map((n) => es.screens.names(n))).toEqual([
      '',
      'Rusk',
      'Rusk y Bundy',
      'Rusk, Bundy y McCone',
    ]);
    expect([1, 2, 3].map((n) => es.debrief.chairFollowed(n, 9))).toEqual([
      'Seguiste la propuesta del propio Presidente una vez (de 9 respuestas).',
      'Seguiste la propuesta del propio Presidente dos veces (de 9 respuestas).',
      'Seguiste la propuesta del propio Presidente 3 veces (de 9 respuestas).',
    ]);
    expect(es.debrief.summary(1, 1, false)).toMatch(/^Tu consejo coincidió con lo decidido en 1 de 1 pregunta\./);
    expect(es.debrief.summary(4, 6, true)).toMatch(/en 4 de 6 preguntas \(partida corta\)\./);
    expect(es.debrief.arguedBy(true, false, ['Rusk', 'Bundy'])).toBe('el Presidente (su propia propuesta), Rusk y Bundy');
    expect(es.screens.progress.question(3, 15, false)).toBe('pregunta 3 de unas 15');
    expect(es.screens.intelligence.viewFrom(true, true)).toBe('El punto de vista de Moscú y La Habana');
    expect(es.screens.epilogue.record(es.format.longDate('1962-10-28'), es.format.longDate('1963-01-07'))).toBe(
      'El registro: del 28 de octubre de 1962 al 7 de enero de 1963',
    );
    expect(es.codes.resumeHint('EX62')).toBe('Empieza con EX62, por ejemplo EX62-7KQ4-M9TP-… No importan las mayúsculas, los espacios ni los guiones.');
    expect(es.saves.setAside({ kind: 'not-json' })).toBe(
      'No se pudo abrir tu partida guardada. La partida guardada está dañada y no se puede leer. Se guardó aparte. Puedes empezar una partida nueva.',
    );
  });

  it('is chosen with loadLanguage, and English comes back', async () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
    await loadLanguage('es');
    expect(strings).toBe(es);
    expect(strings.settings.title).toBe('Configuración');
    await loadLanguage('en');
    expect(strings).toBe(en);
    expect(strings.settings.title).toBe('Settings');
  });
});
