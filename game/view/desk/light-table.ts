/**
 * Flights and ships on the move: the photo interpreter's light table seen from above. A reconnaissance frame
 * develops on the glowing glass (from blank to its grey tones): open sea, a stretch of coast, freighters with long
 * narrow canisters on deck. The quarantine line is drawn across it in red dashes; the reconnaissance planes
 * (the long-winged U-2 high up, a swept-wing jet for the low passes) cross once overhead and stop; a loupe lies
 * on the glass. The game's own "what might have happened" gets a carbon-blue dashed border.
 */
import type Phaser from 'phaser';
import { easeInOut, easeOut, linear } from '../motion';
import type { Painter, StageScene } from '../stage-scene';
import { CARBON, INK, STAMP } from '../stage-scene';
import type { RouteKind, StageView } from '../../stage-contract';
import { clamp, dashedLine, dashedRect, deskTop, points, shadow } from './common';
import { seeded } from './fit';

type TableView = Extract<StageView, { kind: 'lighttable' }>;

const FRAME = 0x3a3a38;
const GLASS = 0xe9f1f6;
const FILM = 0x262626;
const SEA = 0x7f888e;
const LAND = 0xb3afa2;
const HULL = 0x34373a;
const CARGO = 0xdcdcd2;

/** A freighter from above, bow to the right, with missile canisters along its deck (centred on 0, 0). */
function ship(g: Phaser.GameObjects.Graphics, L: number, canisters: number): void {
  const w = L * 0.15;
  g.fillStyle(0xaab1b5, 0.5).fillTriangle(-L * 0.5, 0, -L * 1.1, -w * 1.4, -L * 1.1, w * 1.4);
  g.fillStyle(SEA, 1).fillTriangle(-L * 0.55, 0, -L * 1.1, -w * 1.0, -L * 1.1, w * 1.0);
  g.fillStyle(HULL, 1).fillPoints(
    points([
      { x: -L * 0.5, y: -w / 2 },
      { x: L * 0.3, y: -w / 2 },
      { x: L * 0.5, y: 0 },
      { x: L * 0.3, y: w / 2 },
      { x: -L * 0.5, y: w / 2 },
    ]),
    true,
  );
  g.fillStyle(0x5d6165, 1).fillRect(-L * 0.42, -w * 0.32, L * 0.12, w * 0.64);
  const cl = L * 0.17;
  const ch = Math.max(2, w * 0.22);
  for (let k = 0; k < canisters; k++) {
    const x = -L * 0.26 + k * cl * 1.12;
    g.fillStyle(CARGO, 1).fillRoundedRect(x, -ch - w * 0.04, cl, ch, ch / 2);
    if (canisters > 1) g.fillRoundedRect(x, w * 0.04, cl, ch, ch / 2);
  }
}

/** A plane's tailplanes: swept back from the tail of the body (nose to the right). */
function tail(g: Phaser.GameObjects.Graphics, s: number, half: number): void {
  for (const side of [-1, 1])
    g.fillPoints(
      points([
        { x: -s * 0.36, y: 0 },
        { x: -s * 0.46, y: side * s * half },
        { x: -s * 0.52, y: side * s * half },
        { x: -s * 0.5, y: 0 },
      ]),
      true,
    );
}

/** A plane's silhouette from below, nose to the right (centred on 0, 0, `s` its length). */
function plane(scene: StageScene, kind: 'u2' | 'low-level', s: number, colour: number, alpha: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(colour, alpha);
  if (kind === 'u2') {
    // Long, straight glider wings; a slim body.
    g.fillRoundedRect(-s * 0.5, -s * 0.05, s, s * 0.1, s * 0.05);
    g.fillPoints(
      points([
        { x: s * 0.08, y: -s * 0.85 },
        { x: s * 0.16, y: -s * 0.85 },
        { x: s * 0.2, y: 0 },
        { x: s * 0.16, y: s * 0.85 },
        { x: s * 0.08, y: s * 0.85 },
        { x: -s * 0.02, y: 0 },
      ]),
      true,
    );
    tail(g, s, 0.2);
    g.fillTriangle(s * 0.5, -s * 0.05, s * 0.62, 0, s * 0.5, s * 0.05);
  } else {
    // A swept-wing jet, short and fast.
    g.fillRoundedRect(-s * 0.5, -s * 0.06, s, s * 0.12, s * 0.06);
    g.fillTriangle(s * 0.2, -s * 0.04, -s * 0.15, -s * 0.42, -s * 0.02, -s * 0.04);
    g.fillTriangle(s * 0.2, s * 0.04, -s * 0.15, s * 0.42, -s * 0.02, s * 0.04);
    tail(g, s, 0.2);
    g.fillTriangle(s * 0.5, -s * 0.06, s * 0.64, 0, s * 0.5, s * 0.06);
  }
  return g;
}

export function lightTablePainter(): Painter<TableView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const rand = seeded(0x1962 + view.routes.length);
      deskTop(scene, W, H, rand);

      // The table: a dark frame round the glowing glass.
      const wide = W / H > 1.5;
      const edge = clamp(Math.min(W, H) * 0.035, 6, 24);
      const tx = edge;
      const ty = edge;
      const tw = W - edge * 2;
      const th = H - edge * 2;
      const t = scene.add.graphics();
      shadow(t, tx, ty, tw, th, 8);
      t.fillStyle(FRAME, 1).fillRoundedRect(tx, ty, tw, th, edge * 0.6);
      const gx = tx + edge * 0.7;
      const gy = ty + edge * 0.7;
      const gw = tw - edge * 1.4;
      const gh = th - edge * 1.4;
      t.fillStyle(GLASS, 1).fillRect(gx, gy, gw, gh);
      for (let i = 5; i >= 1; i--) t.fillStyle(0xffffff, 0.12).fillEllipse(gx + gw / 2, gy + gh / 2, gw * (i / 5) * 0.98, gh * (i / 5) * 0.98);
      if (view.counterfactual) {
        t.lineStyle(Math.max(2, edge * 0.18), CARBON, 1);
        dashedRect(t, gx + edge * 0.4, gy + edge * 0.4, gw - edge * 0.8, gh - edge * 0.8, edge * 0.9, edge * 0.5);
      }

      // The film: one frame in a column, a strip of frames in a low band; each frame dark-edged with sprocket
      // holes, its picture inside.
      const fh = wide ? gh * 0.86 : Math.min(gh * 0.62, gw * 0.84 * 1.05);
      const frameW = wide ? fh * 1.3 : gw * 0.84;
      const frames = wide ? clamp(Math.floor((gw * 0.6) / frameW), 1, 3) : 1;
      const fw = frameW * frames;
      const fx = wide ? gx + Math.min(gw * 0.05, edge * 2) : gx + (gw - fw) / 2;
      const fy = wide ? gy + (gh - fh) / 2 : gy + gh * 0.06;
      const rim = clamp(fh * 0.07, 6, 22);
      const film = scene.add.graphics();
      film.fillStyle(FILM, 1).fillRect(fx, fy, fw, fh);
      const hole = rim * 0.42;
      for (let x = fx + hole; x < fx + fw - hole * 2; x += hole * 2.4) {
        film
          .fillStyle(GLASS, 1)
          .fillRect(x, fy + (rim - hole) / 2, hole * 1.2, hole)
          .fillRect(x, fy + fh - (rim + hole) / 2, hole * 1.2, hole);
      }
      const blanks: Phaser.GameObjects.Rectangle[] = [];
      let first = { px: 0, py: 0, pw: 0, ph: 0 };
      for (let k = 0; k < frames; k++) {
        const px = fx + k * frameW + rim * 0.35;
        const py = fy + rim;
        const pw = frameW - rim * 0.7;
        const ph = fh - rim * 2;
        if (k === 0) first = { px, py, pw, ph };
        // The picture, developing: sea with swell, a stretch of coast in the first frame, and freighters.
        const pic = scene.add.graphics();
        pic.fillStyle(SEA, 1).fillRect(px, py, pw, ph);
        pic.lineStyle(1, 0x9aa2a7, 0.5);
        for (let i = 0; i < 14; i++) {
          const sx = px + rand() * pw * 0.9;
          const sy = py + rand() * ph;
          pic.lineBetween(sx, sy, Math.min(px + pw, sx + pw * (0.05 + rand() * 0.08)), sy - ph * 0.01);
        }
        if (k === 0) {
          const coast = [{ x: px, y: py }];
          for (let i = 0; i <= 8; i++) coast.push({ x: px + pw * (0.45 - i * 0.05) + rand() * pw * 0.03, y: py + ph * (i / 8) * 0.42 + rand() * ph * 0.02 });
          coast.push({ x: px, y: py + ph * 0.45 });
          pic.fillStyle(LAND, 1).fillPoints(points(coast), true);
          pic.lineStyle(Math.max(1, pw * 0.004), 0xd5d2c8, 1).strokePoints(points(coast.slice(1, -1)), false);
        }
        const L = Math.min(pw, ph * 1.6) * 0.38;
        const ships =
          k % 2 === 0
            ? [
                { x: px + pw * 0.58, y: py + ph * 0.66, a: -0.35, L, n: 3 },
                { x: px + pw * 0.82, y: py + ph * 0.3, a: -0.5, L: L * 0.7, n: 2 },
              ]
            : [{ x: px + pw * 0.5, y: py + ph * 0.45, a: -0.3, L: L * 0.9, n: 3 }];
        for (const sh of ships) {
          const c = scene.add.container(sh.x, sh.y).setRotation(sh.a);
          const sg = scene.add.graphics();
          ship(sg, sh.L, sh.n);
          c.add(sg);
        }
        blanks.push(scene.add.rectangle(px, py, pw, ph, 0xdfe3e5).setOrigin(0, 0));
      }

      // The quarantine line: red dashes drawn across the film (on the acetate over it).
      const routes = new Set<RouteKind>(view.routes);
      const line = routes.has('quarantine') ? scene.add.graphics() : null;
      const q = { x1: fx - edge * 0.4, y1: first.py + first.ph * 0.2, x2: fx + fw + edge * 0.4, y2: first.py + first.ph * (wide ? 0.7 : 0.55) };
      const drawLine = (k: number) => {
        if (!line) return;
        line.clear();
        line.lineStyle(clamp(first.pw * 0.012, 3, 6), STAMP, 1);
        dashedLine(line, q.x1, q.y1, q.x2, q.y2, clamp(first.pw * 0.04, 8, 18), clamp(first.pw * 0.022, 5, 10), k);
      };

      // The glass left free (beside the strip, or under the frame): the loupe and the planes' stopping places.
      const free = wide ? { x: fx + fw + edge, y: gy, w: gx + gw - (fx + fw + edge), h: gh } : { x: gx, y: fy + fh, w: gw, h: gy + gh - (fy + fh) };
      const lr = clamp(Math.min(free.w * 0.2, free.h * 0.32), 14, 70);
      const lx = wide ? free.x + lr * 1.4 : free.x + free.w * 0.26;
      const ly = free.y + free.h * 0.52;
      const loupe = scene.add.graphics();
      loupe.fillStyle(0x000000, 0.18).fillCircle(lx + lr * 0.12, ly + lr * 0.16, lr * 1.08);
      loupe.fillStyle(0xffffff, 0.35).fillCircle(lx, ly, lr);
      loupe.lineStyle(lr * 0.16, INK, 1).strokeCircle(lx, ly, lr);
      loupe.lineStyle(lr * 0.06, 0x6a6a6a, 1).strokeCircle(lx, ly, lr * 0.86);
      loupe.lineStyle(Math.max(1.5, lr * 0.05), 0xffffff, 0.8);
      loupe.beginPath();
      loupe.arc(lx, ly, lr * 0.66, Math.PI * 1.05, Math.PI * 1.35);
      loupe.strokePath();

      // The planes, crossing once overhead and stopping above the free glass (their shadows a little below).
      const s = clamp(Math.min(free.h * 0.3, free.w * 0.16), 16, 90);
      const right = wide ? free.x + lr * 2.8 : free.x + free.w * 0.5;
      const room = free.x + free.w - right;
      const flights: { kind: 'u2' | 'low-level'; s: number; from: [number, number]; to: [number, number] }[] = [];
      if (routes.has('u2')) flights.push({ kind: 'u2', s, from: [-s * 2, gy + gh * 0.3], to: [right + room * 0.35, free.y + free.h * 0.36] });
      if (routes.has('low-level'))
        flights.push({ kind: 'low-level', s: s * 0.85, from: [-s * 2, gy + gh * 0.8], to: [right + room * 0.72, free.y + free.h * 0.66] });
      const planes = flights.map((f) => {
        const shade = plane(scene, f.kind, f.s, 0x000000, 0.16);
        const body = plane(scene, f.kind, f.s, CARBON, 0.92);
        const off = f.s * (f.kind === 'u2' ? 0.35 : 0.18);
        return (k: number) => {
          const x = f.from[0] + (f.to[0] - f.from[0]) * k;
          const y = f.from[1] + (f.to[1] - f.from[1]) * k;
          body.setPosition(x, y);
          shade.setPosition(x + off, y + off);
        };
      });

      // Motion: the picture develops, then the line is drawn; the planes cross meanwhile.
      const develop = (k: number) => blanks.forEach((b) => b.setAlpha(1 - k));
      develop(0);
      drawLine(0);
      planes.forEach((p) => p(0));
      motion.add(1400, develop, { ease: linear, delay: 150 });
      if (line) motion.add(900, drawLine, { ease: easeOut, delay: 1300 });
      planes.forEach((p, i) => motion.add(2200, p, { ease: easeInOut, delay: 300 + i * 350 }));
    },
  };
}
