/**
 * The generated sound assets (scripts/make-sounds.sh) cover every cue the game knows, and stay small.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_CUES } from '../../../game/core/cues';
import { isSpriteMap } from '../../../game/services/audio';
import { strings } from '../../../game/ui/strings';

const audioDir = resolve(import.meta.dirname, '../../../assets/audio');
const sprite: unknown = JSON.parse(readFileSync(join(audioDir, 'sprite.json'), 'utf8'));

describe('sound assets', () => {
  it('every known cue has a caption in brackets in the catalogue', () => {
    for (const cue of KNOWN_CUES) expect(strings.captions[cue], cue).toMatch(/^\[[A-Z].+\]$/);
    expect(Object.keys(strings.captions).sort()).toEqual([...KNOWN_CUES].sort());
  });

  it('every known cue has a sprite entry, and only the room tone loops', () => {
    expect(isSpriteMap(sprite, KNOWN_CUES)).toBe(true);
    if (!isSpriteMap(sprite, KNOWN_CUES)) return;
    expect(Object.keys(sprite).sort()).toEqual([...KNOWN_CUES].sort());
    for (const cue of KNOWN_CUES) expect(sprite[cue][2] === true, cue).toBe(cue === 'room-tone');
  });

  it('sprite entries do not overlap', () => {
    if (!isSpriteMap(sprite, KNOWN_CUES)) throw new Error('bad sprite map');
    const spans = KNOWN_CUES.map((cue) => sprite[cue]).sort((a, b) => a[0] - b[0]);
    spans.slice(1).forEach((span, i) => expect(span[0]).toBeGreaterThanOrEqual(spans[i]![0] + spans[i]![1]));
  });

  it('has the opus sprite and its mp3 fallback, together at most 400 KB', () => {
    const files = readdirSync(audioDir);
    expect(files).toEqual(expect.arrayContaining(['sprite.webm', 'sprite.mp3', 'sprite.json']));
    const total = files.reduce((sum, f) => sum + statSync(join(audioDir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(400 * 1024);
  });
});
