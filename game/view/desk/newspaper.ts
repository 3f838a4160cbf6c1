/**
 * A headline: the newspaper's front page drops onto the desk and settles at a slight angle. The nameplate is made
 * of shapes (no newspaper's name), the headline is the consequence's own, in large type, and the columns below
 * are grey lines with a photograph's box. In a low band the paper lies folded, its top half up.
 */
import { easeOut } from '../motion';
import type { Painter } from '../stage-scene';
import { IN_STEP } from '../timing';
import { INK, SANS } from '../stage-scene';
import type { DocumentKind, StageView } from '../../stage-contract';
import { clamp, deskTop, points, shadow, typeRows } from './common';
import { fitText, hashOf, seeded } from './fit';

type HeadlineView = Extract<StageView, { kind: DocumentKind }>;

const NEWSPRINT = 0xece5d3;
const GREY = 0x8c877c;

export function newspaperPainter(): Painter<HeadlineView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const rand = seeded(hashOf(view.headline) ^ 0x5eed);
      deskTop(scene, W, H, rand);

      const wide = W / H > 1.5;
      const pw = wide ? Math.min(W * 0.8, H * 0.92 * 2.4) : W * 0.84;
      const ph = wide ? H * 0.9 : Math.min(H * 0.88, pw * 1.45);
      const m = clamp(pw * 0.04, 8, 26);
      const inner = pw - m * 2;

      // Everything on the page is laid out around its centre (the container turns about it).
      const c = scene.add.container(W / 2, H / 2);
      const g = scene.add.graphics();
      const x0 = -pw / 2;
      const y0 = -ph / 2;
      shadow(g, x0, y0, pw, ph, clamp(pw * 0.02, 4, 12));
      g.fillStyle(NEWSPRINT, 1).fillRect(x0, y0, pw, ph);
      g.lineStyle(1, INK, 0.15).strokeRect(x0, y0, pw, ph);

      // The masthead: a band of heavy strokes (a nameplate seen from afar) flanked by two ears, over double rules.
      const mastH = clamp(ph * (wide ? 0.16 : 0.085), 12, 60);
      let y = y0 + m * 0.8;
      const earW = inner * 0.14;
      g.lineStyle(1, INK, 0.5)
        .strokeRect(x0 + m, y + mastH * 0.15, earW, mastH * 0.7)
        .strokeRect(x0 + pw - m - earW, y + mastH * 0.15, earW, mastH * 0.7);
      for (const ex of [x0 + m, x0 + pw - m - earW])
        typeRows(g, rand, {
          x: ex + 4,
          y: y + mastH * 0.3,
          width: earW - 8,
          rows: 3,
          lineH: mastH * 0.16,
          markH: Math.max(1.5, mastH * 0.07),
          color: INK,
          alpha: 0.45,
        });
      const nameW = inner * 0.56;
      let nx = -nameW / 2;
      g.fillStyle(INK, 1);
      while (nx < nameW / 2) {
        const letter = mastH * (0.32 + rand() * 0.3);
        const strokes = 1 + Math.floor(rand() * 3);
        for (let s = 0; s < strokes; s++) {
          const sw = Math.max(2, mastH * 0.09);
          const sh = mastH * (s === 0 ? 0.78 : 0.55 + rand() * 0.2);
          g.fillRect(nx + (s * letter) / strokes, y + mastH * 0.88 - sh, sw, sh);
        }
        g.fillRect(nx, y + mastH * 0.38, letter * 0.8, Math.max(1.5, mastH * 0.06));
        nx += letter + mastH * 0.14;
      }
      y += mastH + m * 0.3;
      g.fillStyle(INK, 1).fillRect(x0 + m, y, inner, Math.max(2, mastH * 0.06));
      y += Math.max(4, mastH * 0.12);
      typeRows(g, rand, { x: x0 + m, y, width: inner, rows: 1, lineH: 6, markH: Math.max(2, mastH * 0.06), color: INK, alpha: 0.35, ragged: false });
      y += Math.max(5, mastH * 0.14);
      g.fillStyle(INK, 1).fillRect(x0 + m, y, inner, 1);
      y += m * 0.5;

      // The headline, as big as fits in three lines.
      const room = (ph - (y - y0)) * (wide ? 0.6 : 0.4);
      const head = fitText(view.headline, { width: inner, height: room, maxPx: clamp(pw * 0.09, 14, 84), charEm: 0.66, lineEm: 1.1, maxLines: 3 });
      const text = scene
        .label(0, y, head.lines.join('\n'), { family: SANS, px: head.px, bold: true, align: 'center' })
        .setOrigin(0.5, 0)
        .setLineSpacing(-head.px * 0.1);
      y += text.height + m * 0.5;

      // Below: a photograph's box and columns of grey lines, down to the fold or the foot of the page.
      const cols = pw > 700 ? 4 : pw > 380 ? 3 : 2;
      const gutter = m * 0.6;
      const colW = (inner - gutter * (cols - 1)) / cols;
      const foot = y0 + ph - m;
      const lineH = clamp(ph * 0.012, 4, 8);
      for (let k = 0; k < cols; k++) {
        const cx = x0 + m + k * (colW + gutter);
        let cy = y;
        if (k === 0 && foot - y > lineH * 12) {
          const photoH = Math.min((foot - y) * 0.45, colW * 0.8);
          // A wire photograph: pale sky, dark sea, a freighter on the horizon.
          const sea = cy + photoH * 0.6;
          g.fillStyle(0xb3ada2, 1).fillRect(cx, cy, colW, photoH);
          g.fillStyle(0x6f6a60, 1).fillRect(cx, sea, colW, photoH * 0.4);
          g.fillStyle(0x3f3b35, 1).fillPoints(
            points([
              { x: cx + colW * 0.2, y: sea - photoH * 0.08 },
              { x: cx + colW * 0.85, y: sea - photoH * 0.08 },
              { x: cx + colW * 0.78, y: sea + photoH * 0.04 },
              { x: cx + colW * 0.26, y: sea + photoH * 0.04 },
            ]),
            true,
          );
          g.fillRect(cx + colW * 0.3, sea - photoH * 0.18, colW * 0.12, photoH * 0.1);
          g.fillRect(cx + colW * 0.34, sea - photoH * 0.28, colW * 0.03, photoH * 0.1);
          g.fillRect(cx + colW * 0.5, sea - photoH * 0.12, colW * 0.25, photoH * 0.04);
          cy += photoH + lineH;
        }
        const rows = Math.floor((foot - cy) / lineH);
        if (rows > 0) typeRows(g, rand, { x: cx, y: cy, width: colW, rows, lineH, markH: Math.max(1.5, lineH * 0.45), color: GREY, alpha: 0.9, ragged: false });
        if (k > 0) g.lineStyle(1, INK, 0.2).lineBetween(cx - gutter / 2, y, cx - gutter / 2, foot);
      }
      c.add([g, text]);

      // It drops from above, turning, and settles a little askew.
      const rest = -0.025;
      const place = (t: number) => {
        c.setPosition(W / 2 + (1 - t) * W * 0.08, H / 2 - (1 - t) * H * 0.9);
        c.setRotation(rest - (1 - t) * 0.14);
        c.setScale(1 + (1 - t) * 0.06);
      };
      place(0);
      motion.add(IN_STEP.headline.ms, place, { ease: easeOut });
    },
  };
}
