/**
 * The Cabinet Room seen from above: walnut floor, the long oval table in green baize under lamp light, and a
 * name card at each seat (initials and surname; no photographs, no caricatures). The President sits at the
 * middle of a long side. The adviser who speaks is lit; the rest dim.
 *
 * The room is drawn to the size it is given, one game pixel to one CSS pixel (the stage uses Phaser's RESIZE
 * mode): a tall column beside the card gets a table standing lengthwise, a short band above the card a long low
 * table with the names along both sides. Text is drawn at 13 to 15 CSS px and never under MIN_TEXT_PX, whatever the
 * size; `textPx` says the smallest size drawn, for the stage to report.
 */
import type Phaser from 'phaser';
import { Scene } from './phaser-lite';

export interface Seat {
  id: string;
  /** Name on the card, e.g. "Rusk". */
  short: string;
  /** Title under the name, e.g. "Secretary of State". */
  title: string;
}

/** The smallest text the room draws, in CSS px. */
export const MIN_TEXT_PX = 12;
const NAME_PX = 15;
const INK = '#1E1E1E';
const PAPER = 0xf3ebd9;
const MONO = 'Courier Prime, Courier, monospace';
const TYPEWRITER = 'Special Elite, Courier, monospace';

interface Point {
  x: number;
  y: number;
}

/** Points along an ellipse spaced by length (not by angle), starting at `start` radians, going clockwise. */
function alongEllipse(cx: number, cy: number, a: number, b: number, start: number, offsets: readonly number[]): Point[] {
  const N = 720;
  const pts: Point[] = [];
  const lengths = [0];
  for (let i = 0; i <= N; i++) {
    const t = start + (i / N) * 2 * Math.PI;
    pts.push({ x: cx + Math.cos(t) * a, y: cy + Math.sin(t) * b });
    if (i > 0) lengths.push(lengths[i - 1]! + Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y));
  }
  const total = lengths[N]!;
  return offsets.map((f) => {
    const want = (((f % 1) + 1) % 1) * total;
    let i = 1;
    while (i < N && lengths[i]! < want) i++;
    return pts[i]!;
  });
}

export class RoomScene extends Scene {
  onReady: (() => void) | null = null;
  /** Called after each drawing with the smallest text size drawn, in CSS px (0 when nothing was drawn). */
  onLayout: ((textPx: number) => void) | null = null;
  private seats: Seat[] = [];
  private speaker: string | null = null;
  private cards = new Map<string, Phaser.GameObjects.Container>();

  constructor() {
    super({ key: 'room' });
  }

  init(): void {
    this.cards = new Map();
  }

  create(): void {
    this.scale.on('resize', () => this.layout());
    this.layout();
    this.onReady?.();
  }

  /** Seats the people around the table (the first is the President) and lights the speaker, if any. */
  seat(seats: readonly Seat[], speaker: string | null): void {
    this.seats = [...seats];
    this.speaker = speaker;
    this.layout();
  }

  light(speaker: string | null): void {
    this.speaker = speaker;
    for (const [id, card] of this.cards) {
      const lit = speaker === null || id === speaker;
      card.setAlpha(lit ? 1 : 0.62);
      card.setScale(id === speaker ? 1.12 : 1);
      const halo = card.getByName('halo') as Phaser.GameObjects.Ellipse | null;
      halo?.setVisible(id === speaker);
    }
  }

  /** Draws the whole room again at the current size. */
  private layout(): void {
    this.children.removeAll(true);
    this.cards.clear();
    const W = this.scale.width;
    const H = this.scale.height;
    if (W < 40 || H < 40) {
      this.onLayout?.(0);
      return;
    }
    const lengthwise = W >= H;
    // Room for the seated figures (a bust above each card) or only the cards.
    const roomy = Math.min(W, H) >= 260;

    // The name cards first: their size decides the table's. Names shrink (not under the minimum) until they fit.
    const n = this.seats.length;
    let px = NAME_PX;
    let names: Phaser.GameObjects.Text[] = [];
    const cardSize = () => ({ w: Math.max(...names.map((t) => t.width), 40) + 14, h: px + 11 });
    for (;;) {
      for (const t of names) t.destroy();
      names = this.seats.map((s) => this.add.text(0, 0, s.short, this.textStyle(MONO, px)).setOrigin(0.5));
      const { w } = cardSize();
      const long = lengthwise ? W : H;
      // Roughly two long sides of seats: each card needs its width there (or its height, standing lengthwise).
      const perSide = Math.ceil(n / 2);
      const need = perSide * ((lengthwise ? w : px + 11) + 8);
      if (need <= long * 0.92 || px <= MIN_TEXT_PX + 1) break;
      px--;
    }
    const card = cardSize();
    const figure = roomy ? 36 : 0;
    const seatH = card.h + figure;
    const cx = W / 2;
    const cy = H / 2 + (roomy ? figure / 4 : 0);
    const a = Math.max(W / 2 - card.w / 2 - 8, 20);
    const b = Math.max(H / 2 - seatH / 2 - 8 - (roomy ? figure / 4 : 0), 16);
    const table = { x: cx, y: cy, a: Math.max(a - card.w / 2 + 4, a * 0.45), b: Math.max(b - seatH / 2 + 4, b * 0.45) };

    this.drawFloor(W, H, table, lengthwise && roomy);

    // The President at the middle of a long side (the far side, or the left of a table standing lengthwise),
    // then the others alternately to his right and left, evenly around the table.
    const start = lengthwise ? -Math.PI / 2 : Math.PI;
    const offsets = this.seats.map((_, i) => (i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1)) / Math.max(n, 1));
    const places = alongEllipse(cx, cy, a, b, start, offsets);
    this.seats.forEach((s, i) => {
      const p = places[i]!;
      this.cards.set(s.id, this.nameCard(p.x, p.y, s, names[i]!, card, roomy ? px : 0));
    });
    this.light(this.speaker);
    this.onLayout?.(n > 0 ? px : NAME_PX);
  }

  private textStyle(family: string, px: number): Phaser.Types.GameObjects.Text.TextStyle {
    return { fontFamily: family, fontSize: `${px}px`, color: INK, resolution: Math.max(1, Math.min(window.devicePixelRatio || 1, 3)) };
  }

  private drawFloor(W: number, H: number, table: { x: number; y: number; a: number; b: number }, clock: boolean): void {
    const g = this.add.graphics();
    const { x, y, a, b } = table;
    // Walnut floor with faint boards.
    g.fillStyle(0x3b2a20, 1).fillRect(0, 0, W, H);
    g.lineStyle(1, 0x2c1f18, 1);
    for (let by = 0; by < H; by += 36) g.lineBetween(0, by, W, by);
    // Lamp light pooled on the table.
    for (let i = 6; i >= 1; i--) {
      g.fillStyle(0xf5d98b, 0.035 * (7 - i));
      g.fillEllipse(x, y, 2 * a + i * 0.15 * a, 2 * b + i * 0.24 * b);
    }
    // The table: walnut rim and green baize.
    g.fillStyle(0x24170f, 1).fillEllipse(x, y + 4, 2 * a + 22, 2 * b + 22);
    g.fillStyle(0x5a3d2b, 1).fillEllipse(x, y, 2 * a + 18, 2 * b + 18);
    g.fillStyle(0x2e4a3a, 1).fillEllipse(x, y, 2 * a, 2 * b);
    if (Math.min(a, b) > 20) g.lineStyle(2, 0xf5d98b, 0.35).strokeEllipse(x, y, 2 * a - 16, 2 * b - 16);
    // Papers on the table, as large as the table allows.
    const size = Math.min(1, Math.min(a, b) / 110);
    if (size > 0.3) {
      const papers: Array<[number, number, number]> = [
        [-0.5, -0.3, -0.08],
        [0.48, 0.25, 0.1],
        [-0.1, 0.4, 0.04],
        [0.13, -0.45, -0.05],
      ];
      for (const [fx, fy, rot] of papers) {
        const px = x + fx * a;
        const py = y + fy * b;
        this.add
          .rectangle(px, py, 58 * size, 76 * size, PAPER, 0.92)
          .setRotation(rot)
          .setStrokeStyle(1, 0xc9bfa8);
        this.add.rectangle(px, py - 28 * size, 40 * size, 5 * size, 0xa4161a, 0.8).setRotation(rot);
      }
    }
    // A clock on the wall (top right), where there is a wall to hang it on.
    if (clock && y - b > 90) {
      const cx = W - 48;
      g.fillStyle(0xf3ebd9, 1).fillCircle(cx, 40, 22);
      g.lineStyle(3, 0x1e1e1e, 1).strokeCircle(cx, 40, 22);
      g.lineStyle(3, 0x1e1e1e, 1).lineBetween(cx, 40, cx, 25);
      g.lineStyle(2, 0x1e1e1e, 1).lineBetween(cx, 40, cx + 12, 45);
    }
  }

  /** A name card; with `initialsPx`, the seated figure above it with the initials. */
  private nameCard(
    x: number,
    y: number,
    s: Seat,
    name: Phaser.GameObjects.Text,
    size: { w: number; h: number },
    initialsPx: number,
  ): Phaser.GameObjects.Container {
    const parts: Phaser.GameObjects.GameObject[] = [];
    const top = initialsPx ? -18 : 0; // the card's centre is below the figure's
    parts.push(
      this.add
        .ellipse(0, initialsPx ? -6 : 0, size.w + 30, size.h + (initialsPx ? 60 : 18), 0xf5d98b, 0.35)
        .setName('halo')
        .setVisible(false),
    );
    if (initialsPx) {
      const initials = s.short
        .split(/\s+/)
        .map((w) => w[0] ?? '')
        .join('')
        .slice(0, 2)
        .toUpperCase();
      parts.push(this.add.circle(0, top + 2, 22, 0x1e1e1e, 0.55));
      parts.push(this.add.circle(0, top, 17, 0xe6d3a3).setStrokeStyle(2, 0x1e1e1e));
      parts.push(this.add.text(0, top, initials, this.textStyle(TYPEWRITER, Math.max(initialsPx, 13))).setOrigin(0.5));
    }
    const cardY = initialsPx ? top + 17 + size.h / 2 + 2 : 0;
    parts.push(this.add.rectangle(0, cardY, size.w, size.h, PAPER).setStrokeStyle(1, 0x1e1e1e));
    name.setPosition(0, cardY);
    parts.push(name);
    return this.add.container(x, y - (initialsPx ? cardY / 2 : 0), parts);
  }
}
