/**
 * The Cabinet Room seen from above: walnut floor, the long oval table in green baize under lamp light, and a
 * name card at each seat (initials and surname; no photographs, no caricatures). The President sits at the
 * middle of the far side. The adviser who speaks is lit; the rest dim.
 */
import Phaser from 'phaser';

export interface Seat {
  id: string;
  /** Name on the card, e.g. "Rusk". */
  short: string;
  /** Title under the name, e.g. "Secretary of State". */
  title: string;
}

const W = 960;
const H = 540;
const TABLE = { x: W / 2, y: H / 2 + 10, w: 620, h: 250 };
const INK = '#1E1E1E';
const PAPER = 0xf3ebd9;

export class RoomScene extends Phaser.Scene {
  onReady: (() => void) | null = null;
  private cards = new Map<string, Phaser.GameObjects.Container>();

  constructor() {
    super({ key: 'room' });
  }

  init(): void {
    this.cards = new Map();
  }

  create(): void {
    const g = this.add.graphics();
    // Walnut floor with faint boards.
    g.fillStyle(0x3b2a20, 1).fillRect(0, 0, W, H);
    g.lineStyle(1, 0x2c1f18, 1);
    for (let y = 0; y < H; y += 36) g.lineBetween(0, y, W, y);
    // Lamp light pooled on the table.
    for (let i = 6; i >= 1; i--) {
      g.fillStyle(0xf5d98b, 0.035 * (7 - i));
      g.fillEllipse(TABLE.x, TABLE.y, TABLE.w + i * 46, TABLE.h + i * 30);
    }
    // The table: walnut rim and green baize.
    g.fillStyle(0x24170f, 1).fillEllipse(TABLE.x, TABLE.y + 6, TABLE.w + 26, TABLE.h + 26);
    g.fillStyle(0x5a3d2b, 1).fillEllipse(TABLE.x, TABLE.y, TABLE.w + 22, TABLE.h + 22);
    g.fillStyle(0x2e4a3a, 1).fillEllipse(TABLE.x, TABLE.y, TABLE.w, TABLE.h);
    g.lineStyle(2, 0xf5d98b, 0.35).strokeEllipse(TABLE.x, TABLE.y, TABLE.w - 16, TABLE.h - 16);
    // Papers on the table.
    const papers: Array<[number, number, number]> = [
      [-160, -40, -0.08],
      [150, 30, 0.1],
      [-30, 50, 0.04],
      [40, -60, -0.05],
    ];
    for (const [dx, dy, rot] of papers) {
      const sheet = this.add.rectangle(TABLE.x + dx, TABLE.y + dy, 58, 76, PAPER, 0.92);
      sheet.setRotation(rot).setStrokeStyle(1, 0xc9bfa8);
      this.add.rectangle(TABLE.x + dx, TABLE.y + dy - 28, 40, 5, 0xa4161a, 0.8).setRotation(rot);
    }
    // A clock on the wall (top edge).
    g.fillStyle(0xf3ebd9, 1).fillCircle(W - 60, 48, 26);
    g.lineStyle(3, 0x1e1e1e, 1).strokeCircle(W - 60, 48, 26);
    g.lineStyle(3, 0x1e1e1e, 1).lineBetween(W - 60, 48, W - 60, 30);
    g.lineStyle(2, 0x1e1e1e, 1).lineBetween(W - 60, 48, W - 46, 54);
    this.onReady?.();
  }

  /** Seats around the oval: the first seat is the President's, middle of the far side. */
  seat(seats: readonly Seat[], speaker: string | null): void {
    for (const card of this.cards.values()) card.destroy();
    this.cards.clear();
    const n = seats.length;
    seats.forEach((s, i) => {
      // Angle 90° (top middle) for the first seat, then alternate left/right around the table.
      const step = (2 * Math.PI) / Math.max(n, 1);
      const k = i === 0 ? 0 : Math.ceil(i / 2) * (i % 2 === 1 ? 1 : -1);
      const angle = -Math.PI / 2 + k * step;
      const x = TABLE.x + Math.cos(angle) * (TABLE.w / 2 + 58);
      const y = TABLE.y + Math.sin(angle) * (TABLE.h / 2 + 50);
      this.cards.set(s.id, this.nameCard(x, y, s));
    });
    this.light(speaker);
  }

  light(speaker: string | null): void {
    for (const [id, card] of this.cards) {
      const lit = speaker === null || id === speaker;
      card.setAlpha(lit ? 1 : 0.62);
      card.setScale(id === speaker ? 1.12 : 1);
      const halo = card.getByName('halo') as Phaser.GameObjects.Ellipse | null;
      halo?.setVisible(id === speaker);
    }
  }

  private nameCard(x: number, y: number, s: Seat): Phaser.GameObjects.Container {
    const initials = s.short
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase();
    const halo = this.add.ellipse(0, 0, 150, 92, 0xf5d98b, 0.35).setName('halo').setVisible(false);
    const chair = this.add.circle(0, -6, 22, 0x1e1e1e, 0.55);
    const bust = this.add.circle(0, -8, 17, 0xe6d3a3).setStrokeStyle(2, 0x1e1e1e);
    const mono = this.add.text(0, -8, initials, { fontFamily: 'Special Elite, Courier, monospace', fontSize: '15px', color: INK }).setOrigin(0.5);
    const card = this.add.rectangle(0, 24, 118, 26, PAPER).setStrokeStyle(1, 0x1e1e1e);
    const name = this.add.text(0, 24, s.short, { fontFamily: 'Courier Prime, Courier, monospace', fontSize: '15px', color: INK }).setOrigin(0.5);
    return this.add.container(x, y, [halo, chair, bust, mono, card, name]);
  }
}
