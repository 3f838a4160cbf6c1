/**
 * A cable arriving: the teletype on the desk prints it line by line, the paper rising out of the machine as each
 * line is typed (the print head running along it). The first lines are the headline when it fits at a readable
 * size; the rest are rows of type too small to read. The still frame is the whole cable printed.
 */
import { linear } from '../motion';
import type { Painter } from '../stage-scene';
import { IN_STEP } from '../timing';
import { CARBON, INK, MONO, PAPER } from '../stage-scene';
import type { DocumentKind, StageView } from '../../stage-contract';
import { clamp, css, deskTop, shadow, typeRows } from './common';
import { fitText, hashOf, seeded } from './fit';

type CableView = Extract<StageView, { kind: DocumentKind }>;

const BODY = 0x6e6c63;
const HOOD = 0x585650;
const DARK = 0x2b2a27;
const KEY = 0xd9d2bf;

export function teletypePainter(): Painter<CableView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const rand = seeded(hashOf(view.headline));
      deskTop(scene, W, H, rand);

      // The machine sits at the bottom; the paper comes out of the slot on its top.
      const wide = W / H > 1.5;
      const mw = wide ? Math.min(W * 0.6, H * 4) : W * 0.86;
      const mh = wide ? H * 0.4 : Math.min(H * 0.34, mw * 0.55);
      const mx = (W - mw) / 2;
      const slotY = H - mh;
      const pw = mw * (wide ? 0.78 : 0.66);
      const px0 = (W - pw) / 2;
      const margin = clamp(pw * 0.05, 8, 24);

      // Type: the headline (at 12 px or more, in up to three lines, cut short only if it must be), then a blank
      // line and rows of marks, as many lines as the paper above the slot holds.
      const maxPx = clamp(pw / 17, 12, 20);
      const top = clamp(H * 0.04, 6, 24);
      const pad = Math.max(8, maxPx * 0.6);
      const fits = (px: number) => Math.floor((slotY - px * 0.45 - top - pad) / Math.round(Math.max(px * 1.5, 16)));
      const roomLines = Math.max(1, fits(12));
      const head = fitText(view.headline, { width: pw - margin * 2, maxPx, charEm: 0.6, maxLines: roomLines >= 5 ? 3 : Math.max(1, roomLines - 1) });
      const typePx = head.px;
      const lh = Math.round(Math.max(typePx * 1.5, 16));
      const printAt = slotY - lh * 0.3;
      const n = Math.max(head.lines.length + 1, fits(typePx));
      const headLines = head.lines;
      const ink = view.counterfactual ? CARBON : INK;

      const paper = scene.add.container(px0, 0);
      const sheet = scene.add.graphics();
      const length = pad + n * lh + mh + H;
      sheet.fillStyle(0x000000, 0.18).fillRect(3, 3, pw, length);
      sheet.fillStyle(PAPER, 1).fillRect(0, 0, pw, length);
      // The torn top edge.
      sheet.fillStyle(0x000000, 0.18);
      for (let x = 0; x < pw; x += 6) sheet.fillTriangle(x, 0, x + 3, 2 + rand() * 2, x + 6, 0);
      paper.add(sheet);
      const lines = Array.from({ length: n }, (_, i) => {
        const y = pad + i * lh;
        const text = headLines[i];
        if (text !== undefined) return scene.label(margin, y + (lh - typePx * 1.2) / 2, text, { family: MONO, px: typePx, bold: true, color: css(ink) });
        const g = scene.add.graphics();
        if (i === headLines.length && headLines.length > 0) return g; // a blank line under the headline
        typeRows(g, rand, { x: margin, y: y + lh * 0.35, width: pw - margin * 2, rows: 1, lineH: lh, markH: Math.max(3, lh * 0.28), color: ink, alpha: 0.7 });
        return g;
      });
      paper.add(lines);
      // Paper-coloured cover over the part of the line not yet typed.
      const cover = scene.add.rectangle(0, 0, pw, lh, PAPER).setOrigin(0, 0);
      paper.add(cover);

      // The machine: body, hood with the slot, platen knobs, a plate, and the keyboard.
      const m = scene.add.graphics();
      shadow(m, mx, slotY, mw, mh + 20, 10);
      m.fillStyle(BODY, 1).fillRoundedRect(mx, slotY, mw, mh + 20, clamp(mw * 0.04, 6, 18));
      const hoodH = mh * 0.3;
      m.fillStyle(HOOD, 1).fillRoundedRect(mx + mw * 0.04, slotY, mw * 0.92, hoodH, clamp(hoodH * 0.3, 3, 12));
      m.fillStyle(DARK, 1).fillRect(px0 - 4, slotY - 1, pw + 8, Math.max(3, hoodH * 0.14));
      const knob = clamp(hoodH * 0.32, 4, 16);
      m.fillStyle(DARK, 1)
        .fillCircle(mx + mw * 0.07, slotY + hoodH * 0.45, knob)
        .fillCircle(mx + mw * 0.93, slotY + hoodH * 0.45, knob);
      m.fillStyle(0x8a877d, 1)
        .fillCircle(mx + mw * 0.07, slotY + hoodH * 0.45, knob * 0.45)
        .fillCircle(mx + mw * 0.93, slotY + hoodH * 0.45, knob * 0.45);
      m.fillStyle(0xb9b3a2, 1).fillRect(W / 2 - mw * 0.06, slotY + hoodH * 0.35, mw * 0.12, hoodH * 0.35);
      const rows = 3;
      const kTop = slotY + hoodH + (mh - hoodH) * 0.18;
      const kH = (mh - hoodH) * 0.7;
      const kr = clamp(Math.min(kH / rows / 2.6, mw / 70), 2, 9);
      for (let r = 0; r < rows; r++) {
        const count = Math.floor((mw * 0.74) / (kr * 3.2)) - r;
        const y = kTop + (kH * (r + 0.5)) / rows;
        const span = count * kr * 3.2;
        for (let k = 0; k < count; k++) {
          const x = W / 2 - span / 2 + kr * 1.6 + k * kr * 3.2 + r * kr * 0.8;
          m.fillStyle(DARK, 1).fillCircle(x, y + 1, kr * 1.15);
          m.fillStyle(KEY, 1).fillCircle(x, y, kr * 0.8);
        }
      }

      // The print head rides just above the slot.
      const headW = clamp(pw * 0.05, 8, 18);
      const printHead = scene.add.rectangle(px0 + margin, printAt - lh * 0.55, headW, lh * 0.7, DARK).setOrigin(0, 0.5);
      const lineWidth = pw - margin * 2;

      const place = (k: number) => {
        // k: lines printed so far (fractional). Each line: 80% typing, 20% line feed.
        const i = Math.min(Math.floor(k), n - 1);
        const f = k >= n ? 1 : k - i;
        const typed = Math.min(1, f / 0.8);
        const feed = i < n - 1 && f > 0.8 ? (f - 0.8) / 0.2 : 0;
        paper.y = printAt - pad - (i + 1 + feed) * lh;
        lines.forEach((l, j) => l.setAlpha(j <= i ? 1 : 0));
        cover.setPosition(margin + typed * lineWidth, pad + i * lh);
        cover.setVisible(typed < 1);
        printHead.x = px0 + margin + (k >= n ? 0 : typed) * (lineWidth - headW);
      };
      place(0);
      motion.add(IN_STEP.cable.ms, (t) => place(t * n), { ease: linear });
    },
  };
}
