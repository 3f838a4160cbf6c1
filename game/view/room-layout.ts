/**
 * Where things go in the Cabinet Room, and the light at its windows: pure arithmetic, tested in Node
 * (tests/unit/view/room-layout.test.ts). room-scene.ts draws with it.
 */

export interface Place {
  x: number;
  /** The shoulders' line. */
  y: number;
  /** Behind the table facing us (true), or in front of it with the back to us. */
  far: boolean;
  /** The table's edge before this person (the name card goes on the table from there). */
  edge: number;
  scale: number;
}

export interface RoomLayout {
  wallH: number;
  table: { cx: number; cy: number; a: number; b: number };
  /** One place per seat, in seat order: the chair at the middle of the far side, then right, left, right… */
  places: Place[];
  /** Size of the figures (1 = about 50 px across the shoulders). */
  scale: number;
  namePx: number;
  /** Everyone on the far side (a short band has no room for a near side). */
  oneRow: boolean;
  /** Where the wall clock hangs: above the President in a tall room, between two chairs in a band. */
  clockX: number;
}

const MIN_NAME_PX = 12;

/** Lays out `n` seats in a room of W×H. */
export function seatLayout(n: number, W: number, H: number): RoomLayout {
  const wallH = Math.round(H * 0.3);
  const R = H - wallH;
  // A short band has room for one row: everyone on the far side, seen across a table that fills the width.
  const oneRow = R < 260 || n <= 3;
  const nFar = oneRow ? n : Math.ceil(n / 2);
  const cx = W / 2;
  const cy = wallH + R * (oneRow ? 0.82 : 0.4);
  const a = W * (oneRow ? 0.8 : 0.4);
  const b = oneRow ? R * 0.48 : Math.max(14, Math.min(R * 0.21, a * 0.42));
  const spacing = oneRow ? (W * 0.92) / Math.max(n, 1) : (2 * a * 0.88) / Math.max(nFar, 1);
  const scale = Math.max(0.45, Math.min(spacing / 56, R / (oneRow ? 100 : 200), 1.5));
  const namePx = Math.max(MIN_NAME_PX, Math.min(15, Math.round(11 + scale * 3)));
  const edgeAt = (dx: number) => b * Math.sqrt(Math.max(0, 1 - (dx / (a + 6)) ** 2));

  // Order along a side: 0, +1, -1, +2, -2, … (the chair in the middle, then to his right and left alternately).
  const offset = (k: number) => (k === 0 ? 0 : Math.ceil(k / 2) * (k % 2 === 1 ? 1 : -1));
  const places: Place[] = [];
  for (let i = 0; i < n; i++) {
    const far = i < nFar;
    if (far) {
      const dx = offset(i) * spacing;
      const edge = cy - edgeAt(dx);
      places.push({ x: cx + dx, y: edge - 18 * scale, far, edge, scale });
    } else {
      const k = i - nFar;
      const dx = (k - (n - nFar - 1) / 2) * spacing;
      const edge = cy + edgeAt(dx);
      places.push({ x: cx + dx, y: Math.min(edge + 16 * scale, H - 34 * scale), far, edge, scale });
    }
  }
  return { wallH, table: { cx, cy, a, b }, places, scale, namePx, oneRow, clockX: oneRow ? cx + spacing / 2 : cx };
}

export interface CardSpot {
  x: number;
  y: number;
}

/**
 * Name cards: on the table before each person facing us, below the chair of each seen from behind; each in the
 * first row (nearest the person) where it overlaps no
 * card already placed (up to four rows), kept inside the room's height H. `widths` are the cards' drawn widths.
 */
export function placeCards(places: readonly Place[], widths: readonly number[], cardH: number, H: number, gap = 4): CardSpot[] {
  const placed: Array<{ x: number; y: number; w: number }> = [];
  const clear = (x: number, y: number, w: number) => !placed.some((o) => Math.abs(o.x - x) < (o.w + w) / 2 + gap && Math.abs(o.y - y) < cardH + gap - 0.5);
  const lowest = H - cardH / 2 - 1;
  // Below the near chairs the cards share rows (the floor is flat), so neighbours alternate cleanly.
  const nearBase = Math.max(0, ...places.filter((p) => !p.far).map((p) => p.y + 34 * p.scale));
  // In seat order: the chair's card first, then outward, so the middle keeps the rows nearest the people.
  return places.map((p, i) => {
    const w = widths[i] ?? 0;
    // Far side: on the table before the person. Near side (backs to us): on the floor below the chair.
    const first = p.far ? p.edge + cardH / 2 + 2 : nearBase + cardH / 2 + gap;
    const dir = 1;
    let y = Math.min(first, lowest);
    for (let row = 0; row < 4; row++) {
      const at = Math.min(first + dir * row * (cardH + gap), lowest);
      if (clear(p.x, at, w)) {
        y = at;
        break;
      }
    }
    placed.push({ x: p.x, y, w });
    return { x: p.x, y };
  });
}

/** Minutes since midnight at the meeting's clock plus the minutes gone; null without a clock. */
export function minutesOf(clock: string | null, gone: number): number | null {
  const m = clock ? /^(\d{2}):(\d{2})$/.exec(clock) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) + gone : null;
}

export type DayLight = { name: 'day' | 'late-sun' | 'dusk' | 'night' | 'lamp'; sky: number; glow: number; glowAlpha: number; dusk: number };

/**
 * The light at the windows for a time in early November in Washington (sunset a little after five): the pale
 * sky of a morning, the low gold sun of late afternoon, dusk after five, night after six. No clock: lamp light.
 */
export function lightAt(minutes: number | null): DayLight {
  if (minutes === null) return { name: 'lamp', sky: 0x9aa7b4, glow: 0xf5d98b, glowAlpha: 0.12, dusk: 0.1 };
  const h = minutes / 60;
  if (h < 15.5) return { name: 'day', sky: 0xd7e6ef, glow: 0xffffff, glowAlpha: 0.22, dusk: 0 };
  if (h < 17) return { name: 'late-sun', sky: 0xf0c27a, glow: 0xf5c26b, glowAlpha: 0.3, dusk: 0.06 };
  if (h < 18) return { name: 'dusk', sky: 0x4b5878, glow: 0xf5d98b, glowAlpha: 0.14, dusk: 0.2 };
  return { name: 'night', sky: 0x1e2638, glow: 0xf5d98b, glowAlpha: 0.12, dusk: 0.28 };
}
