/**
 * A telephone call: a black desk telephone (rotary dial, handset on its cradle) rings once (as long as the ring heard), the handset
 * shaking, ring marks beside it; then it is still, the ring marks left drawn. Beside it a phone-message pad with
 * the consequence's headline written on it in blue ink.
 */
import { linear } from '../motion';
import type { Painter } from '../stage-scene';
import { IN_STEP } from '../timing';
import { CARBON, INK, PAPER, STAMP, TYPEWRITER } from '../stage-scene';
import type { DocumentKind, StageView } from '../../stage-contract';
import { clamp, css, deskTop, shadow } from './common';
import { fitText, hashOf, seeded } from './fit';

type PhoneView = Extract<StageView, { kind: DocumentKind }>;

const SHINE = 0x4a4a4a;
const DIAL = 0xe4ddcb;

export function telephonePainter(): Painter<PhoneView> {
  return {
    draw(scene, view, _prev, { W, H }, motion) {
      const rand = seeded(hashOf(view.headline));
      deskTop(scene, W, H, rand);

      // Where the phone and the pad go: side by side in a low band, one over the other in a column.
      const wide = W / H > 1.1;
      const u = wide ? Math.min(W * 0.34, (H * 0.8) / 0.72) : Math.min(W * 0.64, (H * 0.46) / 0.72);
      const cx = wide ? W * 0.3 : W / 2;
      const cy = wide ? H / 2 - 0.04 * u : H * 0.06 + 0.34 * u;
      const pad = wide
        ? { x: W * 0.56, y: H * 0.1, w: Math.min(W * 0.34, H * 1.2), h: H * 0.8 }
        : { x: W * 0.14, y: cy + 0.48 * u, w: W * 0.72, h: Math.min(H - (cy + 0.48 * u) - H * 0.05, W * 0.8) };

      // The message pad, with its pencil.
      const p = scene.add.graphics();
      shadow(p, pad.x, pad.y, pad.w, pad.h, 6);
      p.fillStyle(PAPER, 1).fillRect(pad.x + 3, pad.y + 3, pad.w, pad.h);
      p.lineStyle(1, INK, 0.2).strokeRect(pad.x + 3, pad.y + 3, pad.w, pad.h);
      p.fillStyle(PAPER, 1).fillRect(pad.x, pad.y, pad.w, pad.h);
      p.lineStyle(1, INK, 0.25).strokeRect(pad.x, pad.y, pad.w, pad.h);
      const band = clamp(pad.h * 0.08, 5, 18);
      p.fillStyle(STAMP, 1).fillRect(pad.x, pad.y, pad.w, band);
      const m = clamp(pad.w * 0.07, 8, 20);
      const ruleTop = pad.y + band + m * 0.8;
      // A form's short fields (a time, a caller) at the top, then ruled lines.
      p.lineStyle(1, 0x7a7468, 0.7);
      p.lineBetween(pad.x + m, ruleTop + m, pad.x + pad.w * 0.45, ruleTop + m);
      p.lineBetween(pad.x + pad.w * 0.55, ruleTop + m, pad.x + pad.w - m, ruleTop + m);
      const textTop = ruleTop + m * 1.6;
      const textH = pad.y + pad.h - m - textTop;
      const note = fitText(view.headline, { width: pad.w - m * 2, height: textH, maxPx: clamp(pad.w / 11, 12, 30), charEm: 0.62, lineEm: 1.35, maxLines: 5 });
      const lineH = note.px * 1.35;
      for (let y = textTop + lineH; y < pad.y + pad.h - m * 0.5; y += lineH) p.lineBetween(pad.x + m, y + 2, pad.x + pad.w - m, y + 2);
      const written = scene
        .label(pad.x + m, textTop + lineH - note.px * 1.12, note.lines.join('\n'), { family: TYPEWRITER, px: note.px, color: css(CARBON) })
        .setLineSpacing(lineH - note.px * 1.17);
      written.setRotation(-0.01);
      // The pencil, lying across the pad's corner.
      const pencil = scene.add.container(pad.x + pad.w * 0.7, pad.y + pad.h * 0.92).setRotation(-0.5);
      const pl = Math.min(pad.w * 0.55, 170);
      const pt = clamp(pl * 0.06, 4, 9);
      const pg = scene.add.graphics();
      pg.fillStyle(0x000000, 0.2).fillRect(-pl / 2 + 3, -pt / 2 + 3, pl, pt);
      pg.fillStyle(0xd9a441, 1).fillRect(-pl / 2, -pt / 2, pl * 0.82, pt);
      pg.fillStyle(0xb98a33, 1).fillRect(-pl / 2, pt * 0.1, pl * 0.82, pt * 0.4);
      pg.fillStyle(0xe8c9a0, 1).fillTriangle(pl * 0.32, -pt / 2, pl * 0.32, pt / 2, pl * 0.46, 0);
      pg.fillStyle(INK, 1).fillTriangle(pl * 0.42, -pt * 0.15, pl * 0.42, pt * 0.15, pl * 0.46, 0);
      pg.fillStyle(0x9a9a9a, 1).fillRect(-pl / 2 - pt * 0.7, -pt / 2, pt * 0.7, pt);
      pg.fillStyle(0xc98a8a, 1).fillRect(-pl / 2 - pt * 1.5, -pt / 2, pt * 0.8, pt);
      pencil.add(pg);

      // The telephone's base: a dome on a block, the cradle's prongs, the dial on its front.
      const b = scene.add.graphics();
      b.fillStyle(0x000000, 0.25).fillEllipse(cx + u * 0.03, cy + u * 0.39, u * 1.12, u * 0.12);
      b.fillStyle(INK, 1).fillEllipse(cx, cy + u * 0.04, u * 0.9, u * 0.44);
      b.fillRoundedRect(cx - u * 0.5, cy + u * 0.04, u, u * 0.34, u * 0.05);
      b.lineStyle(Math.max(1, u * 0.008), SHINE, 1).strokeEllipse(cx, cy + u * 0.04, u * 0.86, u * 0.4);
      b.fillStyle(SHINE, 1).fillRect(cx - u * 0.46, cy + u * 0.35, u * 0.92, u * 0.015);
      b.fillStyle(0x111111, 1).fillRoundedRect(cx - u * 0.36, cy - u * 0.15, u * 0.08, u * 0.1, u * 0.02);
      b.fillRoundedRect(cx + u * 0.28, cy - u * 0.15, u * 0.08, u * 0.1, u * 0.02);
      const dy = cy + u * 0.15;
      const dr = u * 0.19;
      b.fillStyle(0x333333, 1).fillCircle(cx, dy, dr * 1.06);
      b.fillStyle(DIAL, 1).fillCircle(cx, dy, dr);
      for (let k = 0; k < 10; k++) {
        const a = Math.PI * (-0.25 - k * 0.15);
        b.fillStyle(0x2a2a2a, 1).fillCircle(cx + Math.cos(a) * dr * 0.72, dy + Math.sin(a) * dr * 0.72, dr * 0.17);
      }
      b.fillStyle(PAPER, 1).fillCircle(cx, dy, dr * 0.34);
      b.lineStyle(Math.max(1, dr * 0.04), STAMP, 1).strokeCircle(cx, dy, dr * 0.28);
      b.fillStyle(0xb0b0b0, 1).fillRect(cx + dr * 0.62, dy + dr * 0.55, dr * 0.32, dr * 0.08);
      // The coiled cord from the base's side, curling down and round.
      b.lineStyle(Math.max(1.5, u * 0.012), 0x111111, 1);
      for (let k = 0; k < 14; k++) {
        const t = k / 13;
        const x = cx - u * 0.5 - Math.sin(t * Math.PI) * u * 0.14;
        const y = cy - u * 0.12 + t * u * 0.36;
        b.strokeEllipse(x, y, u * 0.06, u * 0.035);
      }

      // The handset on the cradle (moves as it rings), and the ring marks at its two ends.
      const hs = scene.add.container(cx, cy - u * 0.17);
      const h = scene.add.graphics();
      h.fillStyle(INK, 1).fillRoundedRect(-u * 0.4, -u * 0.05, u * 0.8, u * 0.08, u * 0.03);
      h.fillEllipse(-u * 0.42, 0, u * 0.22, u * 0.16).fillEllipse(u * 0.42, 0, u * 0.22, u * 0.16);
      h.fillRect(-u * 0.53, 0, u * 0.22, u * 0.06).fillRect(u * 0.31, 0, u * 0.22, u * 0.06);
      h.lineStyle(Math.max(1, u * 0.008), SHINE, 1).lineBetween(-u * 0.3, -u * 0.035, u * 0.3, -u * 0.035);
      hs.add(h);
      const marks = scene.add.graphics();
      marks.lineStyle(Math.max(2, u * 0.014), PAPER, 0.9);
      for (const side of [-1, 1]) {
        for (let k = 1; k <= 3; k++) {
          const r = u * (0.08 + k * 0.045);
          const ax = cx + side * u * 0.5;
          const ay = cy - u * 0.19;
          const mid = side > 0 ? 0 : Math.PI;
          marks.beginPath();
          marks.arc(ax, ay, r, mid - 0.45, mid + 0.45);
          marks.strokePath();
        }
      }

      // One ring, as long as the ring heard: the handset shakes and the marks show. Then still, marks drawn.
      const total = IN_STEP.phone.ms;
      const ring = (t: number) => {
        const ms = t * total;
        const inRing = t < 1;
        const wobble = inRing ? Math.sin(ms / 14) : 0;
        hs.setPosition(cx + wobble * u * 0.008, cy - u * 0.17 - Math.abs(wobble) * u * 0.012);
        hs.setRotation(wobble * 0.03);
        marks.setAlpha(t >= 1 || inRing ? 1 : 0.15);
      };
      ring(0);
      motion.add(total, ring, { ease: linear });
    },
  };
}
