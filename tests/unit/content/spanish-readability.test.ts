/**
 * Fernández-Huerta reading ease (the Spanish counterpart of Flesch reading ease) and the Spanish narrative's
 * figure beside the English Flesch-Kincaid grade. The narrative is every prose unit of the overlay (no quotes and
 * no translations of quotes; text in quotation marks inside prose is left out too).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../game/core/scenario/markup';
import { translationUnits, type Overlay } from '../../../game/core/scenario/overlay';
import type { Scenario } from '../../../game/core/scenario/schema';
import { ROOT } from '../../helpers/disk';
import { loadMini, loadReal } from '../../helpers/scenarios';
import { fernandezHuerta, grade, readable, spanishSentences, spanishSyllables, withoutQuotes, withoutSpanishQuotes } from './text-stats';

describe('Spanish syllables', () => {
  it.each([
    ['gato', 2],
    ['pescado', 3],
    ['día', 2],
    ['poeta', 3],
    ['ciudad', 2],
    ['aire', 2],
    ['reúne', 3],
    ['leer', 2],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['ayer', 2],
    ['búho', 2],
    ['cuarentena', 4],
    ['guerra', 2],
    ['averiguáis', 4],
    ['Jruschov', 2],
    ['misiles', 3],
    ['Comité', 3],
    ['inspección', 3],
  ])('%s has %i', (word, n) => expect(spanishSyllables(word)).toBe(n));

  it('keeps abbreviations inside a sentence', () => {
    expect(spanishSentences('El Sr. Rusk llegó a EE. UU. a las 10 a. m. y habló. Luego J. F. Kennedy salió.')).toHaveLength(2);
    expect(spanishSentences('¿Qué harías? ¡Decide ya! Nada más…')).toHaveLength(3);
  });
});

describe('Fernández-Huerta', () => {
  it('scores known sentences (206.84 − 0.60·P − 1.02·F)', () => {
    // 4 words, 8 syllables, 1 sentence: P = 200, F = 25.
    expect(fernandezHuerta('El gato come pescado.').score).toBeCloseTo(206.84 - 120 - 25.5, 6);
    // 7 words, 10 syllables, 2 sentences.
    expect(fernandezHuerta('La casa es azul. El sol sale.').score).toBeCloseTo(206.84 - 0.6 * (1000 / 7) - 1.02 * (200 / 7), 6);
    // Long words read harder than short ones.
    const hard = fernandezHuerta('La administración estadounidense consideraba imprescindible la verificación internacional.').score;
    expect(hard).toBeLessThan(fernandezHuerta('El barco llegó al puerto de noche.').score);
    expect(hard).toBeLessThan(30);
  });

  it('counts a piece without end punctuation (a label) as a sentence', () => {
    expect(fernandezHuerta(['Seguir patrullando', 'Aconsejo pausar las patrullas.']).sentences).toBe(2);
  });
});

/** The overlay's prose as the student reads it: markup to shown words (Spanish glossary terms), inner quotations out. */
function spanishNarrative(s: Scenario, o: Overlay): string[] {
  const terms = new Map(s.glossary.map((g) => [g.id, o.entries[`glossary[${g.id}].term`]?.text ?? g.term]));
  return translationUnits(s)
    .filter((u) => u.kind === 'prose' && u.text.trim() !== '' && o.entries[u.key])
    .map((u) => withoutSpanishQuotes(plainText(o.entries[u.key]!.text, (id) => terms.get(id))));
}

function report(name: string, s: Scenario, o: Overlay): number {
  const es = fernandezHuerta(spanishNarrative(s, o));
  const en = grade(
    translationUnits(s)
      .filter((u) => u.kind === 'prose' && u.text.trim() !== '')
      .map((u) => withoutQuotes(readable(s, u.text))),
  );
  console.log(
    `[content] ${name}: Spanish narrative Fernández-Huerta ${es.score.toFixed(1)} (${es.words} words, ${es.sentences} sentences); ` +
      `English Flesch-Kincaid grade of the same prose units ${en.grade.toFixed(1)} (${en.words} words)`,
  );
  return es.score;
}

describe('the Spanish narrative reads easily', () => {
  it('the mini fixture overlay', () => {
    const o = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/mini/i18n/harbour-test.es.json'), 'utf8')) as Overlay;
    expect(report('harbour-test.es', loadMini(), o)).toBeGreaterThan(0);
  });

  it('averages at least 65 on the Fernández-Huerta scale (when the Spanish overlay exists)', () => {
    const path = join(ROOT, 'scenarios/i18n/excomm-1962.es.json');
    if (!existsSync(path)) {
      console.log('[content] no Spanish overlay yet: Fernández-Huerta not measured');
      return;
    }
    const score = report('excomm-1962.es', loadReal(), JSON.parse(readFileSync(path, 'utf8')) as Overlay);
    expect(score).toBeGreaterThanOrEqual(65);
  });
});
