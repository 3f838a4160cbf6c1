/**
 * The Cabinet Room at a slight angle: the far wall with its tall windows and a clock, the long oval table in green
 * baize under lamp light, and the advisers seated around it in 1962 dress (dark suits, white shirts and ties; the
 * Chairman of the Joint Chiefs in his service uniform), drawn from a few shapes: no photographs, no caricatures,
 * no faces beyond hair and ears. The President sits at the middle of the far side in the taller chair; the others
 * alternate to his right and left along the far side and then the near side, whose backs are to us.
 *
 * The room is drawn at the size it is given (a tall column beside the card, or a short band above it). A name card
 * stands on the table before each person, never under MIN_TEXT_PX; in a narrow room the cards stagger in two rows.
 *
 * Motion (none under reduced motion): the adviser who speaks turns toward the President and leans in, the others
 * dim; a new question passes a paper along the table to the President; the clock's hands move on by the minutes
 * gone; the light at the windows follows the time of day (morning light, the low sun of late afternoon, dusk).
 */
import type Phaser from 'phaser';
import { easeInOut, type Motion } from './motion';
import { BAIZE, INK, LAMP, MANILA, MONO, PAPER, STAMP, WALNUT, sameView, type Painter, type Size, type StageScene } from './stage-scene';
import type { SeatView, StageView } from '../stage-contract';
import { lightAt, minutesOf, placeCards, seatLayout, type Place, type RoomLayout } from './room-layout';

type RoomView = Extract<StageView, { kind: 'room' }>;

const WALL = 0xd8ccb0;
const WALL_SHADE = 0xc4b797;
const CURTAIN = 0x5b2e2a;
const SKIN = [0xe8c4a6, 0xdcb393, 0xe2bd9c, 0xd4a98a];
const HAIR = [0x3a2a1e, 0x6b5a48, 0x9a9288, 0x2a2420, 0xb8b0a4, 0x54402e];
const SUIT = [0x2b2f36, 0x30343c, 0x3a3a3d, 0x262a33, 0x3b3f47];
const TIE = [0x2f3e75, 0x5a1f24, 0x2b2b2b, 0x3c4a3a];
const UNIFORM = 0x4f5238;

/** A stable small number from an id, so each person keeps the same hair, suit and tie on every screen. */
function hash(id: string): number {
  let h = 7;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

interface Figure {
  seat: SeatView;
  far: boolean;
  body: Phaser.GameObjects.Container;
  card: Phaser.GameObjects.Container;
  x: number;
  y: number;
  scale: number;
}

/** A person drawn in his chair, before his name card is placed. */
type Seated = Omit<Figure, 'card'>;

export function roomPainter(): Painter<RoomView> {
  let figures: Figure[] = [];
  let lastRoom: RoomView | null = null;

  let shade: Phaser.GameObjects.Rectangle | null = null;

  /** The speaker is lit (the rest of the room dims), turns toward the President and leans in. */
  const light = (id: string | null, motion: Motion, instant = false) => {
    const chair = figures[0];
    const speaker = figures.find((f) => f.seat.id === id) ?? null;
    const dimFrom = shade?.alpha ?? 0;
    const dimTo = speaker ? 0.32 : 0;
    const moves = figures.map((f) => {
      const speaking = f === speaker;
      f.body.setDepth(speaking ? 6 : 0);
      f.card.setDepth(speaking ? 7 : 2); // over the paper passing along the table (1)
      (f.body.getByName('halo') as Phaser.GameObjects.Ellipse | null)?.setVisible(speaking);
      (f.card.getByName('glow') as Phaser.GameObjects.Rectangle | null)?.setVisible(speaking);
      const head = f.body.getByName('head') as Phaser.GameObjects.Container | null;
      const toward = speaking && chair && chair !== f ? Math.sign(chair.x - f.x) : 0;
      const from = { dx: f.body.x - f.x, dy: f.body.y - f.y, s: f.body.scaleX, turn: head?.x ?? 0 };
      const to = { dx: toward * 4 * f.scale, dy: speaking ? (f.far ? 6 : -6) * f.scale : 0, s: speaking ? 1.06 : 1, turn: toward * 3 * f.scale };
      return (t: number) => {
        f.body.setPosition(f.x + from.dx + (to.dx - from.dx) * t, f.y + from.dy + (to.dy - from.dy) * t);
        f.body.setScale(from.s + (to.s - from.s) * t);
        head?.setX(from.turn + (to.turn - from.turn) * t);
      };
    });
    const apply = (t: number) => {
      shade?.setAlpha(dimFrom + (dimTo - dimFrom) * t);
      for (const m of moves) m(t);
    };
    if (instant) apply(1);
    else motion.add(450, apply);
  };

  return {
    light,
    draw(scene, view, prev, size, motion) {
      figures = [];
      const { W, H } = size;
      // Moving on from the room as last drawn (a consequence's scene may have come between); a redraw of the same
      // view (a resize) is still.
      const prevRoom = prev && sameView(prev, view) ? view : lastRoom;
      lastRoom = view;
      const layout = seatLayout(view.seats.length, W, H);

      // The far wall, its windows and the clock.
      const minutes = minutesOf(view.clock, view.minutes);
      const before = prevRoom && prevRoom.clock === view.clock ? minutesOf(prevRoom.clock, prevRoom.minutes) : minutes;
      drawWall(scene, size, layout, minutes, before, motion);

      // The floor, and the lamp's pool of light on the table.
      const g = scene.add.graphics();
      g.fillStyle(WALNUT, 1).fillRect(0, layout.wallH, W, H - layout.wallH);
      g.fillStyle(0x33241b, 1).fillRect(0, layout.wallH, W, 4);
      const { cx, cy, a, b } = layout.table;

      const sameSeats = prevRoom && prevRoom.seats.map((x) => x.id).join() === view.seats.map((x) => x.id).join();
      const chairId = view.seats[0]?.id;
      const made = new Map<string, Seated>();
      // Far side first (behind the table), then the table, then the near side (in front of it).
      const side = (far: boolean) =>
        view.seats.forEach((seat, i) => {
          const place = layout.places[i]!;
          if (place.far === far) made.set(seat.id, figure(scene, seat, place, seat.id === chairId));
        });
      side(true);
      drawTable(scene, cx, cy, a, b);
      drawPapers(scene, layout);
      side(false);

      // Name cards on the table, drawn last so no one hides them; staggered where they would touch.
      const texts = view.seats.map((seat) => scene.label(0, 0, seat.short, { family: MONO, px: layout.namePx, bold: true }).setOrigin(0.5));
      const cardH = layout.namePx + 8;
      const spots = placeCards(
        layout.places,
        texts.map((t) => t.width + 12),
        cardH,
        H,
      );
      figures = view.seats.map((seat, i) => ({ ...made.get(seat.id)!, card: nameCard(scene, spots[i]!.x, spots[i]!.y, texts[i]!, cardH) }));
      // Over everything but the speaker and his card: the rest of the room dims while he speaks.
      shade = scene.add
        .rectangle(W / 2, H / 2, W, H, 0x0b0806)
        .setAlpha(0)
        .setDepth(5);

      // A new question: a paper passes along the table to the President.
      if (sameSeats && prevRoom && view.step > prevRoom.step && figures.length > 1) passPaper(scene, figures, motion);
    },
  };
}

/** The wall: panels, tall windows with curtains, and the clock between them. */
function drawWall(scene: StageScene, { W }: Size, { wallH, clockX }: RoomLayout, minutes: number | null, before: number | null, motion: Motion): void {
  const g = scene.add.graphics();
  g.fillStyle(WALL, 1).fillRect(0, 0, W, wallH);
  g.fillStyle(WALL_SHADE, 1).fillRect(0, wallH * 0.78, W, wallH * 0.22);
  g.lineStyle(1, 0xa89a78, 1).lineBetween(0, wallH * 0.78, W, wallH * 0.78);

  const light = lightAt(minutes);
  const windows = W > 700 ? 4 : 2;
  const ww = Math.min(W / (windows * 2.4), wallH * 0.42);
  const wh = wallH * 0.7;
  const top = wallH * 0.08;
  const glass: Phaser.GameObjects.Rectangle[] = [];
  for (let i = 0; i < windows; i++) {
    // Windows spaced evenly, leaving the middle bay for the clock.
    const slot = (i + (i >= windows / 2 ? 1 : 0) + 0.5) / (windows + 1);
    const x = slot * W;
    g.fillStyle(0xf1ead8, 1).fillRect(x - ww / 2 - 4, top - 4, ww + 8, wh + 8);
    const pane = scene.add.rectangle(x, top + wh / 2, ww, wh, light.sky).setOrigin(0.5);
    glass.push(pane);
    const bars = scene.add.graphics();
    bars.lineStyle(2, 0xf1ead8, 1);
    bars.lineBetween(x, top, x, top + wh);
    for (let k = 1; k < 4; k++) bars.lineBetween(x - ww / 2, top + (wh * k) / 4, x + ww / 2, top + (wh * k) / 4);
    // Curtains on each side.
    const c = scene.add.graphics();
    c.fillStyle(CURTAIN, 1);
    c.fillRect(x - ww / 2 - ww * 0.32, top - 8, ww * 0.3, wh + 14);
    c.fillRect(x + ww / 2 + ww * 0.02, top - 8, ww * 0.3, wh + 14);
    c.fillStyle(0x4a2522, 1).fillRect(x - ww / 2 - ww * 0.36, top - 10, ww * 1.72, 6);
  }
  // Light thrown from the windows on the wall below them (stronger in the low sun of late afternoon).
  const glow = scene.add.rectangle(W / 2, wallH * 0.89, W, wallH * 0.22, light.glow, light.glowAlpha);
  // The lamps are lit once the daylight fades.
  const shade = scene.add.rectangle(W / 2, wallH / 2, W, wallH, 0x1c2233, light.dusk).setOrigin(0.5);
  if (before !== null && minutes !== null && before !== minutes) {
    const from = lightAt(before);
    if (from.sky !== light.sky || from.dusk !== light.dusk) {
      motion.add(
        1200,
        (t) => {
          for (const pane of glass) pane.setFillStyle(mix(from.sky, light.sky, t));
          glow.setFillStyle(mix(from.glow, light.glow, t), from.glowAlpha + (light.glowAlpha - from.glowAlpha) * t);
          shade.setAlpha(from.dusk + (light.dusk - from.dusk) * t);
        },
        { ease: easeInOut },
      );
    }
  }
  shade.setAlpha(light.dusk);
  if (minutes === null) return;
  drawClock(scene, clockX, top + Math.min(wh * 0.3, 40), Math.max(9, Math.min(22, wallH * 0.16, ww * 0.45)), minutes, before ?? minutes, motion);
}

function drawClock(scene: StageScene, x: number, y: number, r: number, minutes: number, before: number, motion: Motion): void {
  const face = scene.add.graphics();
  face.fillStyle(0x6b4a32, 1).fillCircle(x, y, r + 3);
  face.fillStyle(PAPER, 1).fillCircle(x, y, r);
  face.lineStyle(1, INK, 1);
  for (let k = 0; k < 12; k++) {
    const ang = (k / 12) * Math.PI * 2;
    face.lineBetween(x + Math.sin(ang) * r * 0.78, y - Math.cos(ang) * r * 0.78, x + Math.sin(ang) * r * 0.92, y - Math.cos(ang) * r * 0.92);
  }
  const hands = scene.add.graphics();
  const drawHands = (m: number) => {
    hands.clear();
    const hAng = (((m / 60) % 12) / 12) * Math.PI * 2;
    const mAng = ((m % 60) / 60) * Math.PI * 2;
    hands.lineStyle(Math.max(2, r / 8), INK, 1).lineBetween(x, y, x + Math.sin(hAng) * r * 0.5, y - Math.cos(hAng) * r * 0.5);
    hands.lineStyle(Math.max(1.5, r / 12), INK, 1).lineBetween(x, y, x + Math.sin(mAng) * r * 0.8, y - Math.cos(mAng) * r * 0.8);
    hands.fillStyle(INK, 1).fillCircle(x, y, Math.max(1.5, r / 10));
  };
  if (before !== minutes) motion.add(1400, (t) => drawHands(before + (minutes - before) * t), { ease: easeInOut });
  drawHands(minutes);
}

function drawTable(scene: StageScene, cx: number, cy: number, a: number, b: number): void {
  const g = scene.add.graphics();
  for (let i = 5; i >= 1; i--) {
    g.fillStyle(LAMP, 0.03 * (6 - i));
    g.fillEllipse(cx, cy, 2 * a + i * 0.12 * a, 2 * b + i * 0.4 * b);
  }
  g.fillStyle(0x24170f, 1).fillEllipse(cx, cy + Math.max(3, b * 0.12), 2 * a + 10, 2 * b + 10);
  g.fillStyle(0x5a3d2b, 1).fillEllipse(cx, cy, 2 * a + 10, 2 * b + 8);
  g.fillStyle(BAIZE, 1).fillEllipse(cx, cy, 2 * a, 2 * b);
  g.fillStyle(LAMP, 0.1).fillEllipse(cx, cy - b * 0.15, 1.4 * a, 1.1 * b);
}

/** A folder before each seat. */
function drawPapers(scene: StageScene, layout: RoomLayout): void {
  const s = layout.scale;
  if (s < 0.5) return;
  layout.places.forEach((p, i) => {
    const y = p.far ? p.edge + 6 * s : p.edge - 6 * s;
    scene.add
      .rectangle(p.x + (i % 2 ? 14 : -14) * s, y, 22 * s, 14 * s, i % 3 === 0 ? MANILA : PAPER)
      .setRotation((((i * 7) % 11) - 5) / 60)
      .setStrokeStyle(1, 0x9c8f74);
  });
}

/** One person in his chair: on the far side facing us, on the near side seen from behind. */
function figure(scene: StageScene, seat: SeatView, place: Place, chair: boolean): Seated {
  const h = hash(seat.id);
  const s = place.scale;
  const uniform = seat.dress === 'uniform';
  const suit = uniform ? UNIFORM : SUIT[h % SUIT.length]!;
  const skin = SKIN[(h >>> 3) % SKIN.length]!;
  const hair = HAIR[(h >>> 5) % HAIR.length]!;

  // The chair's back, leather: behind a person facing us (taller for the President), before one seen from behind.
  const back = scene.add.graphics();
  if (place.far) {
    const backH = (chair ? 64 : 50) * s;
    back.fillStyle(0x24170f, 1).fillRoundedRect(-19 * s, 8 * s - backH, 38 * s, backH, 8 * s);
    back.fillStyle(0x3d2a1e, 1).fillRoundedRect(-16 * s, 11 * s - backH, 32 * s, backH - 8 * s, 6 * s);
  } else {
    back.fillStyle(0x24170f, 1).fillRoundedRect(-20 * s, 4 * s, 40 * s, 30 * s, 7 * s);
    back.fillStyle(0x3d2a1e, 1).fillRoundedRect(-17 * s, 7 * s, 34 * s, 24 * s, 5 * s);
  }

  // Shoulders and body: a dark suit (or the uniform), with shirt, tie and lapels seen from the front.
  // Facing us, the body ends just below the table's edge (lit, he is drawn over the table and leans on it).
  const body = scene.add.graphics();
  const bodyH = place.far ? place.edge - place.y + 8 * s : 36 * s;
  body.fillStyle(suit, 1).fillRoundedRect(-22 * s, -6 * s, 44 * s, bodyH, { tl: 12 * s, tr: 12 * s, bl: 2, br: 2 });
  if (place.far) {
    body.fillStyle(uniform ? 0xc9b98e : 0xf4f1ea, 1).fillTriangle(-7 * s, -6 * s, 7 * s, -6 * s, 0, 10 * s);
    body.fillStyle(uniform ? 0x3c3a2a : TIE[(h >>> 7) % TIE.length]!, 1).fillTriangle(-2.2 * s, -3 * s, 2.2 * s, -3 * s, 0, 14 * s);
    body
      .lineStyle(1, 0x14161a, 0.8)
      .lineBetween(-7 * s, -6 * s, -3 * s, 12 * s)
      .lineBetween(7 * s, -6 * s, 3 * s, 12 * s);
    if (uniform) {
      // Ribbons over the left breast pocket.
      [STAMP, 0x2f3e75, 0xd9b44a, 0x2e6b3a].forEach((c, k) =>
        body.fillStyle(c, 1).fillRect(8 * s + (k % 2) * 4 * s, 2 * s + Math.floor(k / 2) * 2.5 * s, 4 * s, 2.2 * s),
      );
    }
  } else {
    body.lineStyle(1, 0x14161a, 0.6).lineBetween(0, 0, 0, 28 * s);
  }

  // The head: ears, face and hair from the front; the back of the head from behind.
  const hg = scene.add.graphics();
  hg.fillStyle(skin, 1).fillRect(-4 * s, -9 * s, 8 * s, 5 * s);
  hg.fillCircle(-9 * s, -16 * s, 2.6 * s).fillCircle(9 * s, -16 * s, 2.6 * s);
  hg.fillEllipse(0, -17 * s, 18 * s, 22 * s);
  hg.fillStyle(hair, 1);
  if (place.far) {
    hg.fillEllipse(0, -25 * s, 18.5 * s, 9 * s);
    hg.fillRect(-9.2 * s, -26 * s, 2.4 * s, 7 * s).fillRect(6.8 * s, -26 * s, 2.4 * s, 7 * s);
  } else {
    hg.fillEllipse(0, -19 * s, 19 * s, 21 * s);
    hg.fillStyle(skin, 1).fillRect(-4 * s, -9 * s, 8 * s, 3 * s);
  }
  const head = scene.add.container(0, 0, [hg]).setName('head');

  // The lamp's light on him while he speaks.
  const halo = scene.add
    .ellipse(0, -10 * s, 70 * s, 64 * s, LAMP, 0.3)
    .setName('halo')
    .setVisible(false);
  const parts = place.far ? [halo, back, body, head] : [halo, body, head, back];
  const container = scene.add.container(place.x, place.y, parts);
  return { seat, far: place.far, body: container, x: place.x, y: place.y, scale: s };
}

/** A folded name card on the table, with a soft glow when its person speaks. */
function nameCard(scene: StageScene, x: number, y: number, text: Phaser.GameObjects.Text, h: number): Phaser.GameObjects.Container {
  const w = text.width + 12;
  const glow = scene.add
    .rectangle(0, 0, w + 10, h + 8, LAMP, 0.55)
    .setName('glow')
    .setVisible(false);
  const card = scene.add.rectangle(0, 0, w, h, PAPER).setStrokeStyle(1, INK);
  const edge = scene.add.rectangle(0, h / 2 - 1, w, 2, 0xb8ab8c);
  text.setPosition(0, 0);
  return scene.add.container(x, y, [glow, card, edge, text]);
}

/** A paper slides along the table from the far end to the President's place, beside his name card. */
function passPaper(scene: StageScene, figures: Figure[], motion: Motion): void {
  const chair = figures[0]!;
  const from = figures[figures.length - 1]!;
  const s = chair.scale;
  const card = chair.card.getBounds();
  const to = { x: card.right + 16 * s, y: card.centerY };
  const start = { x: from.card.x, y: from.card.y };
  const sheet = scene.add.container(start.x, start.y, [
    scene.add.rectangle(0, 0, 18 * s, 24 * s, PAPER).setStrokeStyle(1, 0x9c8f74),
    scene.add.rectangle(0, -8 * s, 12 * s, 3 * s, STAMP, 0.85),
  ]);
  sheet.setDepth(1);
  motion.add(
    1100,
    (t) => {
      sheet.setPosition(start.x + (to.x - start.x) * t, start.y + (to.y - start.y) * t - Math.sin(t * Math.PI) * 6 * s);
      sheet.setRotation((1 - t) * 0.5 - 0.08);
    },
    { ease: easeInOut, delay: 200 },
  );
}

function mix(a: number, b: number, t: number): number {
  const ch = (c: number, k: number) => (c >> k) & 255;
  const m = (k: number) => Math.round(ch(a, k) + (ch(b, k) - ch(a, k)) * t);
  return (m(16) << 16) | (m(8) << 8) | m(0);
}
