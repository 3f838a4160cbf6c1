/**
 * How long the desk scenes move, in step with the sound their screen plays (the medium's cue, assets/audio/
 * sprite.json made by scripts/make-sounds.sh; tests/unit/view/timing.test.ts holds the two together): the teletype
 * prints while the teletype chatters, the record is typed while the typewriter types and the stamp lands with the
 * stamp's thump (a cue the stage plays itself, at that moment), the telephone rings once with its one ring, and
 * the newspaper lands with the rustle of paper.
 */
export const IN_STEP = {
  cable: { cue: 'teletype', ms: 2000 },
  record: { cue: 'typewriter', ms: 2150 },
  stamp: { cue: 'stamp', ms: 300 },
  phone: { cue: 'phone', ms: 1500 },
  headline: { cue: 'paper', ms: 840 },
} as const;
