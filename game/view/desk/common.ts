/**
 * What the desk scenes share: the walnut desk under a lamp, type-like marks, dashed lines and soft shadows. (A
 * resize draws the last frame: the stage makes the motion still while it redraws, stage-scene.ts.)
 */
import type Phaser from 'phaser';
import type { StageScene } from '../stage-scene';
import { LAMP, WALNUT } from '../stage-scene';

type Graphics = Phaser.GameObjects.Graphics;

/** The walnut desk top with a little grain and the lamp's warm pool of light. */
export function deskTop(scene: StageScene, W: number, H: number, rand: () => number): Graphics {
  const g = scene.add.graphics();
  g.fillStyle(WALNUT, 1).fillRect(0, 0, W, H);
  // Grain: long thin strokes, a shade darker and a shade lighter than the wood.
  for (let i = 0; i < Math.max(8, H / 14); i++) {
    const y = rand() * H;
    g.lineStyle(1 + rand() * 2, rand() < 0.5 ? 0x2e2119 : 0x4a3628, 0.55);
    g.beginPath();
    g.moveTo(-10, y);
    const steps = 6;
    for (let s = 1; s <= steps; s++) g.lineTo((W + 20) * (s / steps) - 10, y + (rand() - 0.5) * 6);
    g.strokePath();
  }
  // The lamp's light from the upper left, in a few soft rings.
  const r = Math.max(W, H) * 0.9;
  for (let i = 10; i >= 1; i--) g.fillStyle(LAMP, 0.018).fillEllipse(W * 0.3, H * 0.25, r * (i / 10) * 1.4, r * (i / 10));
  return g;
}

/** A soft shadow under a rectangle (a few widening, fading rounded rectangles). */
export function shadow(g: Graphics, x: number, y: number, w: number, h: number, depth: number): void {
  for (let i = 3; i >= 1; i--) {
    const d = depth * (i / 3);
    g.fillStyle(0x000000, 0.12).fillRoundedRect(x - d * 0.4 + depth * 0.5, y - d * 0.4 + depth * 0.8, w + d * 0.8, h + d * 0.8, Math.min(6 + d, w / 4, h / 4));
  }
}

/** Rows of word-like marks: text seen too small to read (a cable's body, a record's paragraphs, a column). */
export function typeRows(
  g: Graphics,
  rand: () => number,
  o: { x: number; y: number; width: number; rows: number; lineH: number; markH: number; color: number; alpha?: number; ragged?: boolean },
): void {
  g.fillStyle(o.color, o.alpha ?? 1);
  for (let r = 0; r < o.rows; r++) {
    const y = o.y + r * o.lineH;
    const end = o.ragged === false && r < o.rows - 1 ? o.width : o.width * (r === o.rows - 1 ? 0.35 + rand() * 0.4 : 0.75 + rand() * 0.25);
    let x = o.x;
    while (x < o.x + end - 4) {
      const w = Math.min(o.markH * (1.2 + rand() * 4.5), o.x + end - x);
      g.fillRect(x, y, w, o.markH);
      x += w + o.markH * 0.9;
    }
  }
}

/** A dashed straight line. */
export function dashedLine(g: Graphics, x1: number, y1: number, x2: number, y2: number, dash: number, gap: number, upTo = 1): void {
  const len = Math.hypot(x2 - x1, y2 - y1) * upTo;
  if (len <= 0) return;
  const dx = (x2 - x1) / Math.hypot(x2 - x1, y2 - y1);
  const dy = (y2 - y1) / Math.hypot(x2 - x1, y2 - y1);
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(d + dash, len);
    g.lineBetween(x1 + dx * d, y1 + dy * d, x1 + dx * e, y1 + dy * e);
  }
}

/** A dashed rectangle outline. */
export function dashedRect(g: Graphics, x: number, y: number, w: number, h: number, dash: number, gap: number): void {
  dashedLine(g, x, y, x + w, y, dash, gap);
  dashedLine(g, x + w, y, x + w, y + h, dash, gap);
  dashedLine(g, x + w, y + h, x, y + h, dash, gap);
  dashedLine(g, x, y + h, x, y, dash, gap);
}

/** A CSS colour from a palette number (for text). */
export function css(colour: number): string {
  return '#' + colour.toString(16).padStart(6, '0');
}

export const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Plain points for Graphics.fillPoints/strokePoints (which read only x and y). */
export const points = (p: { x: number; y: number }[]) => p as unknown as Phaser.Math.Vector2[];
