/**
 * The desk scenes move in step with their sounds (game/view/timing.ts): each scene's motion lasts about as long
 * as the cue its screen plays (the sound sprite's own durations), and it is the cue the sound service plays for
 * that medium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEDIUM_CUES } from '../../../game/services/audio';
import { IN_STEP } from '../../../game/view/timing';

const sprite = JSON.parse(readFileSync('assets/audio/sprite.json', 'utf8')) as Record<string, [number, number, boolean?]>;

describe('scenes in step with their sounds', () => {
  for (const [what, { cue, ms }] of Object.entries(IN_STEP)) {
    it(`${what}: moves for about as long as "${cue}" sounds`, () => {
      const heard = sprite[cue]?.[1];
      expect(heard, `the sprite has "${cue}"`).toBeGreaterThan(0);
      // The sound may ring on a little after the motion (a bell's tail, a reverb), never stop well before it.
      expect(ms).toBeGreaterThanOrEqual(heard! * 0.6);
      expect(ms).toBeLessThanOrEqual(heard! * 1.05);
    });
  }

  it("uses the cue the sound service plays for each medium's screen", () => {
    for (const medium of ['cable', 'record', 'phone', 'headline'] as const) expect(IN_STEP[medium].cue).toBe(MEDIUM_CUES[medium]);
  });
});
