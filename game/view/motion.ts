/**
 * Slow, purposeful motion for the stage, without Phaser's tween plugin (phaser-lite.ts leaves it out): a list of
 * timed steps, each calling its function with progress 0..1, advanced by the scene's update. Pure (no Phaser, no
 * DOM), so tests/unit/view/motion.test.ts runs it in Node.
 *
 * Calm by default: with `still` set (the player's reduced-motion setting) every step jumps to its end at once, so
 * the scene shows its still frame. `busy` tells the stage whether the game loop may sleep.
 */
export type Ease = (t: number) => number;

export const linear: Ease = (t) => t;
export const easeOut: Ease = (t) => 1 - (1 - t) * (1 - t) * (1 - t);
export const easeInOut: Ease = (t) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

interface Step {
  delay: number;
  duration: number;
  elapsed: number;
  ease: Ease;
  fn: (t: number) => void;
}

export interface StepOptions {
  /** Wait this long (ms) before starting. */
  delay?: number;
  ease?: Ease;
}

export class Motion {
  private steps: Step[] = [];
  /** True under reduced motion: every step shows its end at once. */
  still = false;
  /** Told when a step is added while nothing was moving (the stage wakes its loop). */
  onStart: (() => void) | null = null;

  /** Runs `fn(t)` with t from 0 to 1 over `duration` ms (eased); at once with t = 1 when still. */
  add(duration: number, fn: (t: number) => void, opts: StepOptions = {}): void {
    if (this.still || duration <= 0) {
      fn(1);
      return;
    }
    const wasBusy = this.busy;
    this.steps.push({ delay: Math.max(0, opts.delay ?? 0), duration, elapsed: 0, ease: opts.ease ?? easeOut, fn });
    if (!wasBusy) this.onStart?.();
  }

  /** Calls `fn(t)` at `delay` ms once (a sound beat, a page turned): at once when still. */
  at(delay: number, fn: () => void): void {
    this.add(Math.max(delay, 1), (t) => t >= 1 && fn(), { delay: 0, ease: linear });
  }

  /** Advances every step by `dt` ms. */
  step(dt: number): void {
    if (this.steps.length === 0) return;
    const current = this.steps;
    this.steps = []; // steps added by a step's function land here, after the ones still running
    const left: Step[] = [];
    for (const s of current) {
      let rest = dt;
      if (s.delay > 0) {
        const used = Math.min(s.delay, rest);
        s.delay -= used;
        rest -= used;
        if (s.delay > 0) {
          left.push(s);
          continue;
        }
      }
      s.elapsed = Math.min(s.duration, s.elapsed + rest);
      const t = s.elapsed / s.duration;
      s.fn(s.ease(t));
      if (t < 1) left.push(s);
    }
    this.steps = [...left, ...this.steps];
  }

  /** Jumps every step to its end (a resize mid-scene, reduced motion switched on). */
  finish(): void {
    while (this.steps.length) {
      const steps = this.steps;
      this.steps = [];
      for (const s of steps) s.fn(1);
    }
  }

  /** Forgets every step without running it (the scene is drawn anew). */
  clear(): void {
    this.steps = [];
  }

  get busy(): boolean {
    return this.steps.length > 0;
  }
}
