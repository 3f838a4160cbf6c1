import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../game/ui/classroom-charts';
import { strings } from '../../../game/ui/strings';

describe('teacher guide: C3 alignment', () => {
  it('names each D2.His and D2.Civ indicator for grades 9-12 individually, with a gist and where the game meets it', () => {
    const items = strings.guide.c3.items;
    const codes = items.map((a) => a.code);
    for (const c of [
      'D2.His.1.9-12',
      'D2.His.3.9-12',
      'D2.His.4.9-12',
      'D2.His.5.9-12',
      'D2.His.10.9-12',
      'D2.His.16.9-12',
      'D2.Civ.1.9-12',
      'D2.Civ.5.9-12',
      'D2.Civ.6.9-12',
      'D2.Civ.9.9-12',
      'D2.Civ.10.9-12',
      'D2.Civ.13.9-12',
    ])
      expect(codes).toContain(c);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of items) {
      expect(a.code).toMatch(/^D2\.(His|Civ)\.\d+\.9-12$/);
      expect(a.gist.length).toBeGreaterThan(30);
      expect(a.inGame.length).toBeGreaterThan(30);
    }
  });
});

describe('chart labels', () => {
  it('wrap at spaces within the width', () => {
    expect(wrapWords('Confidence the missiles are gone', 18)).toEqual(['Confidence the', 'missiles are gone']);
    expect(wrapWords('Risk of war', 18)).toEqual(['Risk of war']);
    expect(wrapWords('Supercalifragilisticexpialidocious word', 10)).toEqual(['Supercalifragilisticexpialidocious', 'word']);
  });
});
