/**
 * Every sound cue the game knows. A scenario may only name these (validation checks it), and the audio
 * service must have an asset and a caption for each (a unit test checks that).
 */
export const KNOWN_CUES = [
  'room-tone',
  'typewriter',
  'teletype',
  'phone',
  'paper',
  'stamp',
  'jet',
  'ship-horn',
  'sting-tension',
  'sting-calm',
  'ending-historical',
  'ending-settled',
  'ending-crisis',
] as const;

export type CueId = (typeof KNOWN_CUES)[number];

export function isKnownCue(cue: string): cue is CueId {
  return (KNOWN_CUES as readonly string[]).includes(cue);
}
