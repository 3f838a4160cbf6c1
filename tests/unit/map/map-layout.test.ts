import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontUnitsFor, layoutTags, NAMES_MIN_WIDTH_PX, validateMapData, type MapData, type MapRect } from '../../../game/ui/map';

const data = validateMapData(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/map/caribbean.json'), 'utf8')));
const full: MapRect = { x: 0, y: 0, width: data.width, height: data.height };

function clone(): MapData {
  return JSON.parse(JSON.stringify(data)) as MapData;
}

describe('validateMapData', () => {
  it('names the bad field', () => {
    const bad = clone() as unknown as { places: Array<Record<string, unknown>> };
    delete bad.places[2]!.x;
    expect(() => validateMapData(bad)).toThrow(/places\[2\]\.x/);

    const badPath = clone();
    badPath.land[0]!.d = 'L 1 2';
    expect(() => validateMapData(badPath)).toThrow(/land\[0\]\.d/);

    const badRoute = clone() as unknown as { routes: Array<Record<string, unknown>> };
    badRoute.routes[0]!.id = 'submarine';
    expect(() => validateMapData(badRoute)).toThrow(/routes\[0\]\.id/);

    expect(() => validateMapData(null)).toThrow(/Map data/);
    expect(() => validateMapData({ ...clone(), version: 2 })).toThrow(/version/);
  });
});

describe('text size', () => {
  it('keeps text at 14 px or more on screen, from a 320 px phone to a projector', () => {
    for (const px of [320, 480, 768, 1024, 1366, 1920]) {
      for (const vb of [data.width, data.core.width]) {
        expect(fontUnitsFor(px, vb) * (px / vb)).toBeGreaterThanOrEqual(14);
      }
    }
  });
});

describe('layoutTags', () => {
  const cases: Array<[string, number, MapRect]> = [
    ['full view at 320 px', 320, full],
    ['full view at 1366 px', 1366, full],
    ['core view at 320 px', 320, data.core],
    ['core view at 760 px', 760, data.core],
    ['core view at 1366 px', 1366, data.core],
  ];
  for (const [name, px, view] of cases) {
    it(`keeps tags apart and inside the map: ${name}`, () => {
      const font = fontUnitsFor(px, view.width);
      const boxes = layoutTags(data.places, { font, showNames: px >= NAMES_MIN_WIDTH_PX, view, markerR: Math.max(4.5, 5.5 * (view.width / px)) * 1.4 });
      expect(boxes).toHaveLength(data.places.length);
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(view.x - 0.01);
        expect(b.y0).toBeGreaterThanOrEqual(view.y - 0.01);
        expect(b.x1).toBeLessThanOrEqual(view.x + view.width + 0.01);
        expect(b.y1).toBeLessThanOrEqual(view.y + view.height + 0.01);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const c = boxes[j]!;
          const overlap = Math.min(a.x1, c.x1) - Math.max(a.x0, c.x0) > 0.5 && Math.min(a.y1, c.y1) - Math.max(a.y0, c.y0) > 0.5;
          expect(overlap, `${a.id} / ${c.id}`).toBe(false);
        }
      }
    });
  }

  it('is deterministic', () => {
    const o = { font: 20, showNames: true, view: data.core, markerR: 6 };
    expect(layoutTags(data.places, o)).toEqual(layoutTags(data.places, o));
  });
});
