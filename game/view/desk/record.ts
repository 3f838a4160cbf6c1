/**
 * A record: a typed sheet lying in an open manila folder, its title (the consequence's headline) and lines typed
 * in one after another, then a rubber stamp lands. What happened is a crisp white sheet in black type with a solid
 * red stamp; what might have happened is a carbon copy (thin blue-grey paper, blue type with its faint double) with
 * a dashed, hatched stamp. The words "what happened" stay in the HTML card.
 */
import { easeOut, linear } from '../motion';
import type { Painter } from '../stage-scene';
import { IN_STEP } from '../timing';
import { CARBON, INK, MANILA, PAPER, STAMP, TYPEWRITER } from '../stage-scene';
import type { DocumentKind, StageView } from '../../stage-contract';
import { clamp, css, dashedRect, deskTop, shadow, typeRows } from './common';
import { fitText, hashOf, seeded } from './fit';

type RecordView = Extract<StageView, { kind: DocumentKind }>;

const ONIONSKIN = 0xe6e8ef;

export function recordPainter(): Painter<RecordView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const rand = seeded(hashOf(view.headline) ^ 0xca7b);
      deskTop(scene, W, H, rand);
      const copy = view.counterfactual;
      const paperColour = copy ? ONIONSKIN : PAPER;
      const ink = copy ? CARBON : INK;

      // The sheet: upright in a column; in a low band only its upper part shows, running off the desk's edge.
      const wide = W / H > 1.5;
      const sw = wide ? Math.min(W * 0.56, H * 2.6) : W * 0.78;
      const sh = wide ? H * 1.2 : Math.min(H * 0.88, sw * 1.3);
      const sx = (W - sw) / 2;
      const sy = wide ? H * 0.08 : (H - sh) / 2;
      const visibleBottom = Math.min(sy + sh, H);

      // The open folder under it.
      const f = scene.add.graphics();
      const fx = sx - sw * 0.08;
      const fy = sy - Math.min(H * 0.04, 18);
      shadow(f, fx, fy, sw * 1.16, sh * 1.08, 8);
      f.fillStyle(MANILA, 1).fillRect(fx, fy, sw * 1.16, sh * 1.08);
      f.fillRoundedRect(fx + sw * 0.7, fy - Math.min(H * 0.03, 12), sw * 0.3, Math.min(H * 0.05, 22), 4);
      f.lineStyle(1, 0x9c8a5e, 1).strokeRect(fx, fy, sw * 1.16, sh * 1.08);

      const g = scene.add.graphics();
      shadow(g, sx, sy, sw, sh, 5);
      g.fillStyle(paperColour, 1).fillRect(sx, sy, sw, sh);
      g.lineStyle(1, INK, 0.2).strokeRect(sx, sy, sw, sh);
      const m = clamp(sw * 0.08, 10, 40);
      // The classification bars at the head of the sheet.
      const barH = clamp(sh * 0.012, 3, 7);
      g.fillStyle(STAMP, 0.9).fillRect(sx + sw * 0.36, sy + m * 0.5, sw * 0.28, barH);
      let y = sy + m * 0.5 + barH + m * 0.5;

      // The title, typed (the headline), then a rule.
      const title = fitText(view.headline, { width: sw - m * 2, height: (visibleBottom - y) * 0.4, maxPx: clamp(sw / 15, 12, 30), charEm: 0.62, maxLines: 3 });
      const ghost = copy ? scene.label(sx + m + 1, y + 1, title.lines.join('\n'), { family: TYPEWRITER, px: title.px, color: css(ink) }).setAlpha(0.3) : null;
      const heading = scene.label(sx + m, y, title.lines.join('\n'), { family: TYPEWRITER, px: title.px, color: css(ink) });
      y += heading.height + m * 0.3;
      g.lineStyle(1, ink, 0.6).lineBetween(sx + m, y, sx + sw - m, y);
      y += m * 0.4;

      // The typed paragraphs (marks), as many rows as the visible sheet holds.
      const lineH = clamp(title.px * 0.85, 9, 17);
      const rows = Math.max(2, Math.floor((visibleBottom - m * 0.6 - y) / lineH));
      const markH = Math.max(2, lineH * 0.28);
      if (copy) typeRows(g, seeded(hashOf(view.headline)), { x: sx + m + 1, y: y + 1, width: sw - m * 2, rows, lineH, markH, color: ink, alpha: 0.22 });
      typeRows(g, seeded(hashOf(view.headline)), { x: sx + m, y, width: sw - m * 2, rows, lineH, markH, color: ink, alpha: 0.62 });

      // Covers over what is not typed yet: the rest of the current row, and the rows below it.
      const row = scene.add.rectangle(sx + m, y, sw - m * 2 + 2, lineH, paperColour).setOrigin(0, 0);
      const below = scene.add.rectangle(sx + m - 1, y, sw - m * 2 + 4, rows * lineH + 4, paperColour).setOrigin(0, 0);

      // The stamp: a solid red frame with bars (the record), or a dashed frame with hatched bars (the copy).
      const stW = clamp(Math.min(sw * 0.42, wide ? H * 0.9 : sw), 70, 240);
      const stH = stW * 0.4;
      const stX = sx + sw - m * 0.5 - stW * 0.5;
      const stY = wide ? visibleBottom - stH * 0.62 : visibleBottom - m - stH * 0.7;
      const stamp = scene.add.container(stX, stY).setRotation(-0.12);
      const s = scene.add.graphics();
      const lw = Math.max(2, stH * 0.06);
      s.lineStyle(lw, STAMP, 1);
      if (copy) {
        dashedRect(s, -stW / 2, -stH / 2, stW, stH, stW * 0.06, stW * 0.035);
        dashedRect(s, -stW / 2 + lw * 2, -stH / 2 + lw * 2, stW - lw * 4, stH - lw * 4, stW * 0.04, stW * 0.05);
      } else {
        s.strokeRect(-stW / 2, -stH / 2, stW, stH);
        s.strokeRect(-stW / 2 + lw * 2, -stH / 2 + lw * 2, stW - lw * 4, stH - lw * 4);
      }
      const bars = [0.78, 0.56];
      bars.forEach((len, k) => {
        const bw = (stW - lw * 10) * len;
        const by = -stH / 2 + lw * 4.5 + k * (stH - lw * 9) * 0.55;
        const bh = (stH - lw * 9) * 0.4;
        if (copy) {
          s.lineStyle(Math.max(1, lw * 0.5), STAMP, 1).strokeRect(-bw / 2, by, bw, bh);
          for (let hx = -bw / 2; hx < bw / 2 - bh * 0.2; hx += bh * 0.7) s.lineBetween(hx, by + bh, Math.min(hx + bh * 0.6, bw / 2), by);
        } else s.fillStyle(STAMP, 1).fillRect(-bw / 2, by, bw, bh);
      });
      stamp.add(s);

      // Typing, then the stamp lands.
      const type = (t: number) => {
        const k = t * rows;
        const i = Math.min(Math.floor(k), rows);
        const f2 = k - i;
        row.setPosition(sx + m + f2 * (sw - m * 2), y + i * lineH);
        row.setVisible(i < rows);
        below.setPosition(sx + m - 1, y + (i + 1) * lineH);
        below.setVisible(i + 1 < rows);
      };
      const land = (t: number) => {
        stamp.setScale(1.5 - 0.5 * t);
        stamp.setAlpha(t === 0 ? 0 : 0.15 + 0.75 * t);
      };
      heading.setAlpha(0);
      ghost?.setAlpha(0);
      type(0);
      land(0);
      motion.add(250, (t) => {
        heading.setAlpha(t);
        ghost?.setAlpha(0.3 * t);
      });
      // Typed while the typewriter types; the stamp lands as it ends, with its own thump.
      motion.add(IN_STEP.record.ms - 250, type, { delay: 250, ease: linear });
      motion.add(IN_STEP.stamp.ms, land, { delay: IN_STEP.record.ms, ease: easeOut });
      motion.at(IN_STEP.record.ms + IN_STEP.stamp.ms * 0.6, () => scene.cue(IN_STEP.stamp.cue));
    },
  };
}
