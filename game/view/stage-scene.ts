/**
 * The one Phaser scene of the stage. It holds the view being shown and hands the drawing to the painter for that
 * kind of view (the room, the calendar, a consequence's desk scene), one game pixel to one CSS pixel at whatever
 * size the stage has. A new view is drawn with its motion (from the view before); a resize draws the current view
 * again as its still last frame (the motion is still while it is drawn, for every painter). Painters draw text through `label`, which keeps the smallest size drawn for the
 * layout tests (at least MIN_TEXT_PX).
 */
import type Phaser from 'phaser';
import { Scene } from './phaser-lite';
import { Motion } from './motion';
import type { StageKind, StageView } from '../stage-contract';

/** The smallest text the stage draws, in CSS px. */
export const MIN_TEXT_PX = 12;

export const INK = 0x1e1e1e;
export const PAPER = 0xf3ebd9;
export const MANILA = 0xe6d3a3;
export const STAMP = 0xa4161a;
export const CARBON = 0x2f3e75;
export const WALNUT = 0x3b2a20;
export const BAIZE = 0x2e4a3a;
export const LAMP = 0xf5d98b;
export const MONO = 'Courier Prime, Courier, monospace';
export const TYPEWRITER = 'Special Elite, Courier, monospace';
export const SANS = 'Atkinson Hyperlegible, Arial, sans-serif';

export interface LabelStyle {
  family?: string;
  /** CSS px; never under MIN_TEXT_PX. */
  px: number;
  /** CSS colour, default ink. */
  color?: string;
  bold?: boolean;
  /** Wrap at this width (px). */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Size {
  W: number;
  H: number;
}

/**
 * Draws one kind of view. `prev` is the view shown before (null at first); when it equals `view` (a resize, the
 * same view again) `motion` is still, so every step lands on the last frame at once. Motion goes through `motion` (still under reduced
 * motion); objects are made with `scene.add` and `scene.label`, and are all destroyed before the next drawing.
 */
export interface Painter<V extends StageView = StageView> {
  draw(scene: StageScene, view: V, prev: StageView | null, size: Size, motion: Motion): void;
  /** The room only: lights the person who speaks (null: everyone); `instant` right after drawing. */
  light?(id: string | null, motion: Motion, instant?: boolean): void;
}

export type Painters = { [K in StageKind]: Painter<Extract<StageView, { kind: K }>> };

export class StageScene extends Scene {
  readonly motion = new Motion();
  onReady: (() => void) | null = null;
  /** A sound the picture makes at a moment of its motion (a stamp landing), for the sound service. */
  onCue: ((cue: string) => void) | null = null;
  /** After each drawing: the smallest text drawn in CSS px (0 when none) and the kind of view drawn. */
  onDrawn: ((textPx: number, kind: StageKind | null) => void) | null = null;
  private view: StageView | null = null;
  private speaker: string | null = null;
  private minText = 0;

  constructor(private readonly painters: Painters) {
    super({ key: 'stage' });
  }

  create(): void {
    this.scale.on('resize', () => this.draw(this.view));
    this.onReady?.();
  }

  override update(_time: number, delta: number): void {
    // A long pause (the tab hidden, the loop asleep) does not make the next step jump: at most a few frames' worth.
    this.motion.step(Math.min(delta, 100));
  }

  /** Shows a view; the same view again changes nothing. */
  show(view: StageView, still: boolean): void {
    this.motion.still = still;
    if (still) this.motion.finish();
    if (this.view && sameView(this.view, view)) return;
    const prev = this.view;
    this.view = view;
    this.draw(prev);
  }

  light(id: string | null): void {
    this.speaker = id;
    if (this.view) this.painterOf(this.view).light?.(id, this.motion);
  }

  /** Plays a sound in step with the motion; never under reduced motion (the still frame has no moment). */
  cue(name: string): void {
    if (!this.motion.still) this.onCue?.(name);
  }

  /** Text drawn in the stage (a name card, a headline, a date): never under MIN_TEXT_PX. */
  label(x: number, y: number, text: string, style: LabelStyle): Phaser.GameObjects.Text {
    const px = Math.max(MIN_TEXT_PX, Math.round(style.px));
    this.minText = this.minText === 0 ? px : Math.min(this.minText, px);
    return this.add.text(x, y, text, {
      fontFamily: style.family ?? MONO,
      fontSize: `${px}px`,
      fontStyle: style.bold ? 'bold' : '',
      color: style.color ?? '#1E1E1E',
      align: style.align ?? 'left',
      wordWrap: style.wrap ? { width: style.wrap, useAdvancedWrap: true } : undefined,
      resolution: Math.max(1, Math.min(window.devicePixelRatio || 1, 3)),
    });
  }

  private painterOf(view: StageView): Painter {
    return this.painters[view.kind] as Painter;
  }

  /** Draws the current view afresh, moving from `prev` (the current view itself: its still last frame). */
  private draw(prev: StageView | null): void {
    this.motion.clear();
    // Destroyed, not only taken off the display list (removeAll alone keeps every object, and each text its canvas,
    // alive: a new picture on every screen would leak them all).
    for (const child of [...this.children.list]) child.destroy();
    this.minText = 0;
    const W = this.scale.width;
    const H = this.scale.height;
    const view = this.view;
    if (!view || W < 40 || H < 40) {
      this.onDrawn?.(0, view?.kind ?? null);
      return;
    }
    const painter = this.painterOf(view);
    // The same view drawn again (a resize) shows its last frame at once: nothing moves, no sound.
    const still = this.motion.still;
    if (prev && sameView(prev, view)) this.motion.still = true;
    painter.draw(this, view, prev, { W, H }, this.motion);
    painter.light?.(this.speaker, this.motion, true);
    this.motion.still = still;
    this.onDrawn?.(this.minText, view.kind);
  }
}

/** Whether two views show the same picture (plain data, compared field by field). */
export function sameView(a: StageView, b: StageView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
