/**
 * The Cabinet Room's layout (game/view/room-layout.ts) at the stage's real sizes: the President in the middle of
 * the far side, everyone inside the room, name cards that do not overlap and stay inside it, and the light at
 * the windows for the three meetings' times.
 */
import { describe, expect, it } from 'vitest';
import { lightAt, minutesOf, placeCards, seatLayout } from '../../../game/view/room-layout';

// The stage's sizes: a column beside the card (1920, 1366, 1280 wide screens) and bands above it (1024×600, tablet).
const SIZES = [
  { W: 672, H: 960 },
  { W: 460, H: 620 },
  { W: 448, H: 660 },
  { W: 988, H: 120 },
  { W: 732, H: 290 },
];

describe('the room layout', () => {
  for (const { W, H } of SIZES) {
    for (const n of [9, 11]) {
      it(`${W}×${H}, ${n} people: the chair mid far side, all inside, cards apart and inside`, () => {
        const l = seatLayout(n, W, H);
        expect(l.places[0]).toMatchObject({ far: true, x: W / 2 });
        for (const p of l.places) {
          expect(p.x).toBeGreaterThan(0);
          expect(p.x).toBeLessThan(W);
          expect(p.y - 30 * p.scale).toBeGreaterThan(0); // the top of the head
          expect(p.y).toBeLessThan(H);
        }
        expect(l.namePx).toBeGreaterThanOrEqual(12);
        // Cards as wide as "Bromley Smith" at this size (a monospace face is about 0.62 em a letter).
        const w = 13 * l.namePx * 0.62 + 12;
        const cardH = l.namePx + 8;
        const spots = placeCards(
          l.places,
          l.places.map(() => w),
          cardH,
          H,
        );
        for (const s of spots) expect(s.y + cardH / 2).toBeLessThanOrEqual(H);
        for (let i = 0; i < spots.length; i++)
          for (let j = i + 1; j < spots.length; j++) {
            const [a, b] = [spots[i]!, spots[j]!];
            const overlap = Math.abs(a.x - b.x) < w && Math.abs(a.y - b.y) < cardH;
            // In a very short band the lowest rows may meet the floor; anywhere else no two cards overlap.
            if (H >= 200) expect(overlap, `cards ${i} and ${j}`).toBe(false);
          }
      });
    }
  }

  it('reads the clock and adds the minutes gone', () => {
    expect(minutesOf('10:00', 0)).toBe(600);
    expect(minutesOf('16:30', 20)).toBe(1010);
    expect(minutesOf(null, 20)).toBeNull();
  });

  it('lights the windows for the time of day of each meeting', () => {
    expect(lightAt(minutesOf('10:00', 0)).name).toBe('day');
    expect(lightAt(minutesOf('16:30', 0)).name).toBe('late-sun');
    expect(lightAt(minutesOf('16:30', 40)).name).toBe('dusk');
    expect(lightAt(minutesOf('17:00', 0)).name).toBe('dusk');
    expect(lightAt(minutesOf('17:00', 70)).name).toBe('night');
    expect(lightAt(null).name).toBe('lamp');
  });
});
