/**
 * The calendar on the wall turning to a meeting's date: the page showing before (or a blank one) lifts over the
 * binding, the days between go with it, and the meeting's day is left: the month and year in the red band, the
 * big day number, the weekday under it, all in the player's language (Intl, read in UTC: the dates are days).
 */
import type Phaser from 'phaser';
import { easeInOut } from '../motion';
import type { Painter, StageScene } from '../stage-scene';
import { INK, LAMP, MANILA, PAPER, SANS, STAMP, WALNUT } from '../stage-scene';
import type { StageView } from '../../stage-contract';
import { clamp, css, shadow } from './common';
import { dateParts, daysBetween, fitText } from './fit';

type CalendarView = Extract<StageView, { kind: 'calendar' }>;

interface PageBox {
  x: number;
  y: number;
  w: number;
  h: number;
  band: number;
}

/** One page of the pad (a container whose origin is the page's top edge, so it folds upward). */
function page(scene: StageScene, b: PageBox, iso: string | null, lang: string): Phaser.GameObjects.Container {
  const c = scene.add.container(b.x, b.y);
  const g = scene.add.graphics();
  g.fillStyle(PAPER, 1).fillRect(0, 0, b.w, b.h);
  g.fillStyle(STAMP, 1).fillRect(0, 0, b.w, b.band);
  g.lineStyle(1, INK, 0.25).strokeRect(0, 0, b.w, b.h);
  c.add(g);
  const parts = iso ? dateParts(iso, lang) : null;
  if (!parts) return c;
  const body = b.h - b.band;
  const head = fitText(`${parts.month} ${parts.year}`.toLocaleUpperCase(lang), {
    width: b.w * 0.88,
    height: b.band * 0.8,
    maxPx: clamp(b.band * 0.42, 12, 40),
    charEm: 0.68,
    maxLines: 2,
  });
  c.add(scene.label(b.w / 2, b.band / 2, head.lines.join('\n'), { family: SANS, px: head.px, bold: true, color: css(PAPER), align: 'center' }).setOrigin(0.5));
  const weekPx = Math.round(clamp(body * 0.1, 12, 30));
  const dayPx = Math.round(clamp(Math.min(body * 0.62, b.w * 0.5), 24, 260));
  const gap = body * 0.04;
  const stack = dayPx * 0.95 + gap + weekPx * 1.2;
  const top = b.band + (body - stack) / 2;
  c.add(scene.label(b.w / 2, top + (dayPx * 0.95) / 2, parts.day, { family: SANS, px: dayPx, bold: true }).setOrigin(0.5));
  const week = fitText(parts.weekday.toLocaleUpperCase(lang), { width: b.w * 0.9, maxPx: weekPx, charEm: 0.68, maxLines: 1 });
  c.add(
    scene.label(b.w / 2, top + dayPx * 0.95 + gap + (weekPx * 1.2) / 2, week.lines.join(' '), { family: SANS, px: week.px, color: '#4A4A4A' }).setOrigin(0.5),
  );
  return c;
}

export function calendarPainter(): Painter<CalendarView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      // The wall: walnut panels with their seams, warmed by the lamp.
      const wall = scene.add.graphics();
      wall.fillStyle(WALNUT, 1).fillRect(0, 0, W, H);
      const panel = Math.max(90, W / 6);
      for (let x = panel / 2; x < W; x += panel) wall.fillStyle(0x2e2119, 0.7).fillRect(x, 0, 2, H);
      for (let i = 10; i >= 1; i--) wall.fillStyle(LAMP, 0.016).fillEllipse(W * 0.5, H * 0.35, W * 1.3 * (i / 10), H * 1.2 * (i / 10));

      // The pad: portrait in a column, landscape in a low band.
      const wide = W / H > 1.5;
      const h = wide ? H * 0.8 : Math.min(H * 0.78, (W * 0.84) / 0.8);
      const w = wide ? Math.min(W * 0.62, h * 2.1) : h * 0.8;
      const ring = clamp(h * 0.05, 5, 16);
      const x = (W - w) / 2;
      const y = (H - h) / 2 + ring * 0.6;
      const box: PageBox = { x, y, w, h, band: h * (wide ? 0.3 : 0.2) };

      // The backing card, a nail and its string, and the pad's edge (pages below the top one).
      const back = scene.add.graphics();
      shadow(back, x - ring, y - ring, w + ring * 2, h + ring * 2.4, ring * 1.2);
      back.fillStyle(MANILA, 1).fillRect(x - ring, y - ring, w + ring * 2, h + ring * 2.4);
      back.fillStyle(PAPER, 1).fillRect(x + 2, y + 4, w, h);
      back.lineStyle(1, INK, 0.2).strokeRect(x + 2, y + 4, w, h);
      back.fillStyle(PAPER, 1).fillRect(x + 1, y + 2, w, h);
      back.lineStyle(1, INK, 0.2).strokeRect(x + 1, y + 2, w, h);
      back.lineStyle(1.5, 0x1a120d, 0.8).lineBetween(x + w * 0.35, y - ring, W / 2, Math.max(2, y - ring * 3));
      back.lineBetween(x + w * 0.65, y - ring, W / 2, Math.max(2, y - ring * 3));
      back.fillStyle(0x8a8a8a, 1).fillCircle(W / 2, Math.max(3, y - ring * 3), clamp(ring * 0.45, 2.5, 6));

      // The meeting's page, then the pages to turn over it (the oldest on top).
      page(scene, box, view.to, view.lang);
      const gone = view.from ? daysBetween(view.from, view.to, 4) : [];
      const turning = (gone.length ? gone : [null]).map((iso) => page(scene, box, iso, view.lang)).reverse();

      // The binding over every page.
      const bind = scene.add.graphics();
      bind.fillStyle(0x2b2b2b, 1).fillRect(x - ring * 0.3, y - ring * 0.5, w + ring * 0.6, ring * 0.9);
      const rings = Math.max(4, Math.round(w / (ring * 4)));
      for (let i = 0; i < rings; i++) {
        const rx = x + (w * (i + 0.5)) / rings;
        bind.lineStyle(clamp(ring * 0.3, 1.5, 4), 0x9a9a9a, 1).strokeCircle(rx, y, ring * 0.55);
      }

      // Each page lifts over the binding (squashed upward and darkened), one after another.
      const each = turning.length === 1 ? 750 : 430;
      turning.forEach((p, i) => {
        const shade = scene.add.rectangle(0, 0, w, h, INK, 0).setOrigin(0, 0);
        p.add(shade);
        motion.add(
          each,
          (t) => {
            p.setScale(1, 1 - t);
            shade.setFillStyle(INK, 0.35 * t);
            p.setVisible(t < 1);
          },
          { delay: 250 + i * 240, ease: easeInOut },
        );
      });
    },
  };
}
