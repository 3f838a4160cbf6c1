/**
 * The one real AudioService: a single Howl playing the audio sprite made by scripts/make-sounds.sh.
 * The only file in the game that imports Howler.
 *
 * Nothing is fetched until sound is first turned on. Every failure (sprite map or audio unreachable,
 * undecodable, no audio device, playback refused) is caught, reported once through onUnavailable, and the
 * service goes quiet while captions carry on. A play the browser blocks before the first click or key is
 * retried when Howler reports the audio unlocked.
 */
import { Howl, Howler } from 'howler';
import { KNOWN_CUES, type CueId } from '../core/cues';
import { BaseAudio, cueGain, isSpriteMap, type AudioService, type SoundFailure, type SpriteMap } from './audio';

export interface HowlerAudioOptions {
  /** The sprite map, when the caller already has it; otherwise `${spriteUrlBase}.json` is fetched. */
  sprite?: SpriteMap;
}

/**
 * `spriteUrlBase` is the sprite's path without extension, e.g. "./audio/sprite": the service loads
 * sprite.json, then sprite.webm (opus) or sprite.mp3, whichever the browser plays.
 */
export function createHowlerAudio(spriteUrlBase: string, options: HowlerAudioOptions = {}): AudioService {
  return new HowlerAudio(spriteUrlBase, options.sprite);
}

class HowlerAudio extends BaseAudio {
  readonly #base: string;
  #sprite: SpriteMap | undefined;
  #howl: Howl | null = null;
  #loading = false;
  /** Gone quiet for good after a failure (captions continue). */
  #dead = false;
  /** Sounds now playing, so volume changes reach them and a playerror can be traced to its cue. */
  readonly #playing = new Map<number, CueId>();
  /** Until Howler says the audio is unlocked, a refused play is kept for a retry rather than a failure. */
  #unlocked = false;
  #retryRoomTone = false;
  #retryCue: CueId | null = null;
  /** One-shot cues asked for while the sprite map is still being fetched (only the latest is kept). */
  #waitingCue: CueId | null = null;

  constructor(base: string, sprite: SpriteMap | undefined) {
    super();
    this.#base = base;
    this.#sprite = sprite;
  }

  protected prepare(): void {
    if (this.#howl || this.#loading || this.#dead) return;
    if (this.#sprite) {
      this.#createHowl(this.#sprite);
      return;
    }
    this.#loading = true;
    void this.#fetchSprite().then((sprite) => {
      this.#loading = false;
      if (this.#dead) return;
      if (!sprite) return this.#fail('files');
      this.#sprite = sprite;
      this.#createHowl(sprite);
      // Catch up with what was asked for during the fetch, if sound is still on.
      if (this.roomToneWanted) this.startSound('room-tone');
      const waiting = this.#waitingCue;
      this.#waitingCue = null;
      if (waiting && this.enabled) this.startSound(waiting);
    });
  }

  protected startSound(cue: CueId): void {
    if (this.#dead) return;
    const howl = this.#howl;
    if (!howl) {
      if (this.#loading && cue !== 'room-tone') this.#waitingCue = cue;
      return;
    }
    try {
      if (cue === 'room-tone' && [...this.#playing.values()].includes('room-tone')) return;
      // Before loading finishes Howler queues the play itself and still returns the sound's id.
      const id = howl.play(cue);
      if (typeof id !== 'number') return;
      this.#playing.set(id, cue);
      howl.volume(this.volume * cueGain(cue), id);
    } catch {
      this.#fail('playback');
    }
  }

  protected stopAll(): void {
    this.#retryRoomTone = false;
    this.#retryCue = null;
    this.#waitingCue = null;
    this.#playing.clear();
    try {
      this.#howl?.stop();
    } catch {
      // Stopping a broken sound must not break turning sound off.
    }
  }

  protected applyVolume(v: number): void {
    const howl = this.#howl;
    if (!howl || this.#dead) return;
    try {
      for (const [id, cue] of this.#playing) howl.volume(v * cueGain(cue), id);
    } catch {
      this.#fail('playback');
    }
  }

  protected release(): void {
    this.#dead = true;
    this.#unload();
  }

  async #fetchSprite(): Promise<SpriteMap | null> {
    try {
      const res = await fetch(`${this.#base}.json`);
      if (!res.ok) return null;
      const data: unknown = await res.json();
      return isSpriteMap(data, KNOWN_CUES) ? data : null;
    } catch {
      return null;
    }
  }

  #createHowl(sprite: SpriteMap): void {
    try {
      if (Howler.noAudio) return this.#fail('device');
      this.#howl = new Howl({
        src: [`${this.#base}.webm`, `${this.#base}.mp3`],
        sprite,
        html5: false,
        preload: true,
        volume: 1,
        onloaderror: () => this.#fail('files'),
        onplayerror: (id) => this.#onPlayError(id),
        onend: (id) => {
          // A looping sprite also fires `end` each time round; it is still playing.
          if (this.#playing.get(id) !== 'room-tone') this.#playing.delete(id);
        },
        onunlock: () => this.#onUnlock(),
      });
    } catch {
      this.#fail('device');
    }
  }

  #onPlayError(id: number): void {
    const cue = this.#playing.get(id);
    this.#playing.delete(id);
    // Audio unlocked before this Howl existed sends no `unlock` event, hence the context check too.
    const unlocked = this.#unlocked || Howler.ctx?.state === 'running';
    if (unlocked || !cue) return this.#fail('playback');
    // Blocked before the first gesture: keep the room tone and the latest one-shot for the unlock.
    if (cue === 'room-tone') this.#retryRoomTone = true;
    else this.#retryCue = cue;
  }

  #onUnlock(): void {
    this.#unlocked = true;
    const room = this.#retryRoomTone;
    const cue = this.#retryCue;
    this.#retryRoomTone = false;
    this.#retryCue = null;
    if (room && this.roomToneWanted) this.startSound('room-tone');
    if (cue && this.enabled) this.startSound(cue);
  }

  #fail(reason: SoundFailure): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#unload();
    this.reportUnavailable(reason);
  }

  #unload(): void {
    const howl = this.#howl;
    this.#howl = null;
    this.#playing.clear();
    try {
      howl?.unload();
    } catch {
      // Already broken: nothing more to free.
    }
  }
}
