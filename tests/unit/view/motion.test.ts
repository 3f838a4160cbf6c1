/** The stage's motion runner (game/view/motion.ts): steps run over time, still frames under reduced motion. */
import { describe, expect, it } from 'vitest';
import { linear, Motion } from '../../../game/view/motion';

describe('motion', () => {
  it('runs a step from 0 to 1 over its duration, after its delay, then is idle', () => {
    const m = new Motion();
    const seen: number[] = [];
    m.add(100, (t) => seen.push(t), { delay: 50, ease: linear });
    expect(m.busy).toBe(true);
    m.step(40);
    expect(seen).toEqual([]);
    m.step(20); // 10 ms into the step
    m.step(50);
    m.step(100);
    expect(seen).toEqual([0.1, 0.6, 1]);
    expect(m.busy).toBe(false);
  });

  it('under reduced motion shows the last frame at once and never keeps the loop awake', () => {
    const m = new Motion();
    m.still = true;
    let woke = 0;
    m.onStart = () => woke++;
    const seen: number[] = [];
    m.add(1000, (t) => seen.push(t));
    let beat = false;
    m.at(500, () => (beat = true));
    expect(seen).toEqual([1]);
    expect(beat).toBe(true);
    expect(m.busy).toBe(false);
    expect(woke).toBe(0);
  });

  it('wakes the loop when motion starts, and finish() jumps everything to its end', () => {
    const m = new Motion();
    let woke = 0;
    m.onStart = () => woke++;
    const a: number[] = [];
    const b: number[] = [];
    m.add(300, (t) => a.push(t));
    m.add(300, (t) => b.push(t), { delay: 1000 });
    expect(woke).toBe(1);
    m.step(100);
    m.finish();
    expect(a.at(-1)).toBe(1);
    expect(b).toEqual([1]);
    expect(m.busy).toBe(false);
  });

  it('keeps steps added while stepping, and clear() drops them all', () => {
    const m = new Motion();
    const chain: string[] = [];
    m.add(10, (t) => t === 1 && m.add(10, (u) => u === 1 && chain.push('second')), { ease: linear });
    m.step(10);
    expect(m.busy).toBe(true);
    m.step(10);
    expect(chain).toEqual(['second']);
    m.add(10, () => chain.push('never'), { delay: 5 });
    m.clear();
    m.step(100);
    expect(chain).toEqual(['second']);
  });
});
