/**
 * The desk scenes' pure layout helpers (game/view/desk/fit.ts): a headline is set as big as fits its box, never
 * under 12 px, cut with an ellipsis only when it cannot fit at 12 px; a calendar page reads its ISO day in UTC in
 * the player's language; the pages turned lie between two meeting days.
 */
import { describe, expect, it } from 'vitest';
import { dateParts, daysBetween, fitText, hashOf, seeded, wrapWords } from '../../../game/view/desk/fit';

describe('fitting a headline', () => {
  it('wraps words within the width, splitting only a word longer than a line', () => {
    expect(wrapWords('NAVY READY TO STOP SHIPS AGAIN', 12)).toEqual(['NAVY READY', 'TO STOP', 'SHIPS AGAIN']);
    expect(wrapWords('ABCDEFGHIJ', 4)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('takes the biggest size at which the words fit in the lines allowed', () => {
    const f = fitText('KENNEDY: CASTRO BLOCKS MISSILE DEAL', { width: 400, maxPx: 60, charEm: 0.66, maxLines: 3 });
    expect(f.cut).toBe(false);
    expect(f.lines.length).toBeLessThanOrEqual(3);
    for (const line of f.lines) expect(line.length * f.px * 0.66).toBeLessThanOrEqual(400);
    // One size bigger no longer fits.
    const bigger = fitText('KENNEDY: CASTRO BLOCKS MISSILE DEAL', { width: 400, maxPx: f.px + 1, minPx: f.px + 1, charEm: 0.66, maxLines: 3 });
    expect(bigger.cut).toBe(true);
  });

  it('never goes under 12 px: a headline too long for its box is cut with an ellipsis', () => {
    const f = fitText('U THANT ASKS WHY U.S. DROPPED UN PLAN AND WHAT COMES NEXT', { width: 100, maxPx: 20, charEm: 0.6, maxLines: 2 });
    expect(f.px).toBe(12);
    expect(f.cut).toBe(true);
    expect(f.lines).toHaveLength(2);
    expect(f.lines[1]!.endsWith('…')).toBe(true);
    for (const line of f.lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / (12 * 0.6)));
  });

  it('respects the box height', () => {
    const f = fitText('SILENCE IN NEW YORK', { width: 200, height: 40, maxPx: 40, charEm: 0.6, lineEm: 1.2, maxLines: 4 });
    expect(f.lines.length * f.px * 1.2).toBeLessThanOrEqual(40);
  });
});

describe('calendar pages', () => {
  it('reads the ISO day in UTC, in the language asked', () => {
    expect(dateParts('1962-10-31', 'en')).toEqual({ day: '31', month: 'October', year: '1962', weekday: 'Wednesday' });
    const es = dateParts('1962-11-05', 'es');
    expect(es?.month).toBe('noviembre');
    expect(es?.weekday).toBe('lunes');
    expect(dateParts('not a date', 'en')).toBeNull();
  });

  it('turns the days from the last meeting up to the new one (at most a few)', () => {
    expect(daysBetween('1962-10-31', '1962-11-02', 4)).toEqual(['1962-10-31', '1962-11-01']);
    expect(daysBetween('1962-10-31', '1962-11-07', 3)).toEqual(['1962-11-04', '1962-11-05', '1962-11-06']);
    expect(daysBetween('1962-11-07', '1962-11-07', 3)).toEqual([]);
  });

  it('draws the same marks every time for the same headline', () => {
    const a = seeded(hashOf('X'));
    const b = seeded(hashOf('X'));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
