/**
 * Sound for the game: the service interface, a silent implementation, and the pure mapping from a screen of
 * the game to the cues it plays. The service reports which cue played; the UI words its caption from the
 * string catalogue (`strings.captions`), so a translation needs nothing here.
 *
 * Sound is never needed to play. It starts off (thirty laptops in one classroom); when the student turns it
 * on, a quiet room tone loops under everything and each cue shows a short caption. Captions follow the
 * switch, not the speakers: they fire whenever sound is on, even if playback failed or there is no audio
 * hardware, so a student who turned sound on always knows what would be heard.
 *
 * Only howler-audio.ts imports Howler; this file has no browser dependency and runs in node tests.
 */
import { isKnownCue, type CueId } from '../core/cues';
import type { Consequence } from '../core/scenario/schema';
import { assertNever, type ScreenName } from '../core/machine/screens';

export interface AudioService {
  /** Play a cue (and fire its caption) if sound is on; otherwise nothing. Never throws. */
  play(cue: CueId): void;
  /** Turning on starts the room tone (and loads the sound files the first time); off stops everything. */
  setEnabled(on: boolean): void;
  /** Master volume, 0..1 (out-of-range values are clamped). */
  setVolume(v: number): void;
  readonly enabled: boolean;
  /** Called with every cue played while sound is on, for its caption (worded by the UI). Returns the unsubscribe function. */
  onCaption(cb: (cue: CueId) => void): () => void;
  /**
   * Called once if sound turns out to be unavailable (files unreachable, no audio device, playback
   * refused). A listener added after that moment is called at once. Returns the unsubscribe function.
   */
  onUnavailable(cb: (reason: SoundFailure) => void): () => void;
  dispose(): void;
}

/** Why sound cannot play (the shell words it from the catalogue): its files, the browser's audio device, or playback refused. */
export type SoundFailure = 'files' | 'device' | 'playback';

/** Relative loudness of a cue under the master volume: the room tone sits well beneath everything else. */
export function cueGain(cue: CueId): number {
  return cue === 'room-tone' ? 0.5 : 1;
}

export const DEFAULT_VOLUME = 0.6;

/** The sprite map as scripts/make-sounds.sh writes it (assets/audio/sprite.json), Howler's `sprite` format. */
export type SpriteEntry = [start: number, duration: number] | [start: number, duration: number, loop: boolean];
export type SpriteMap = Record<CueId, SpriteEntry>;

/** True when `data` (parsed JSON) has a well-formed entry for every cue in `cues`. */
export function isSpriteMap(data: unknown, cues: readonly CueId[]): data is SpriteMap {
  if (typeof data !== 'object' || data === null) return false;
  const map = data as Record<string, unknown>;
  return cues.every((cue) => {
    const e = map[cue];
    return (
      Array.isArray(e) &&
      (e.length === 2 || (e.length === 3 && typeof e[2] === 'boolean')) &&
      typeof e[0] === 'number' &&
      typeof e[1] === 'number' &&
      e[0] >= 0 &&
      e[1] > 0
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Screens to cues

export type Medium = Consequence['medium'];

/** How an ending feels: as it happened, settled differently but peacefully, or gone wrong. */
export type EndingTone = 'historical' | 'settled' | 'crisis';

/** How each kind of document arrives on screen. */
export const MEDIUM_CUES: Record<Medium, CueId> = {
  record: 'typewriter',
  cable: 'teletype',
  phone: 'phone',
  headline: 'paper',
};

const ENDING_CUES: Record<EndingTone, CueId> = {
  historical: 'ending-historical',
  settled: 'ending-settled',
  crisis: 'ending-crisis',
};

export interface ScreenCueContext {
  /** A cue the scenario names for this screen (a consequence's or an ending's `cue`). Unknown ids are ignored here: scenario validation reports them. */
  cue?: string;
  /** The screen's words (question, context, briefing), used to pick up the topic sounds below. */
  topic?: string;
  /** The scenario's `cues` list: a topic sound plays only if the scenario names it there. */
  scenarioCues?: readonly string[];
  /** The scenario's topic sounds (`presentation.topicCues`): a cue and the words that call it up. */
  topicCues?: readonly TopicCue[];
}

/** A topic sound: the cue plays when the screen's words use one of these words (whole words, any case). */
export type TopicCue = { cue: string; words: readonly string[] };

const wordPatterns = new WeakMap<TopicCue, RegExp>();
/** One pattern for a topic's words: each a whole word or phrase, any case (so "relationship" is not a "ship"). */
function wordPattern(t: TopicCue): RegExp {
  let re = wordPatterns.get(t);
  if (!re) {
    const alternatives = t.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<!\\w)(?:${alternatives.join('|')})(?!\\w)`, 'i');
    wordPatterns.set(t, re);
  }
  return re;
}

function topicCues(context: ScreenCueContext): CueId[] {
  const { topic, scenarioCues, topicCues: topics = [] } = context;
  if (!topic || !scenarioCues) return [];
  return topics.filter((t) => isKnownCue(t.cue) && scenarioCues.includes(t.cue) && wordPattern(t).test(topic)).map((t) => t.cue as CueId);
}

function isMedium(x: string | undefined): x is Medium {
  return x !== undefined && x in MEDIUM_CUES;
}

/** A document arriving: the sound of its medium, then any cue the scenario names for it. */
function documentCues(detail: string | undefined, named: CueId | undefined): CueId[] {
  const cues: CueId[] = isMedium(detail) ? [MEDIUM_CUES[detail]] : [];
  return named ? [...cues, named] : cues;
}

/**
 * The cues a screen plays when it appears, in order. Pure. The room tone is not listed: the service keeps
 * it running for as long as sound is on.
 *
 * `detail` is the consequence's medium for 'consequence' and 'event', and the ending's kind for 'epilogue'
 * (a scenario ending is 'historical' or 'counterfactual'; a counterfactual ending without its own cue is
 * taken as settled, and names 'ending-crisis' when it went wrong).
 */
export function cuesForScreen(kind: ScreenName, detail?: Medium | EndingTone | 'counterfactual', context: ScreenCueContext = {}): CueId[] {
  const named = context.cue !== undefined && isKnownCue(context.cue) ? context.cue : undefined;
  const cues: CueId[] = [];
  switch (kind) {
    case 'prologue':
      cues.push('paper');
      break;
    case 'opening':
      cues.push('typewriter');
      break;
    case 'intelligence':
      cues.push('paper', ...topicCues(context));
      break;
    case 'decision':
      cues.push(...topicCues(context));
      break;
    case 'consequence':
      cues.push(...documentCues(detail, named));
      break;
    case 'event':
      // An event is unlooked-for news: a tension sting, then the document arriving as for a consequence.
      cues.push('sting-tension', ...documentCues(detail, named));
      break;
    case 'summary':
      cues.push('sting-calm');
      break;
    case 'epilogue':
      if (named) cues.push(named);
      else if (detail === 'counterfactual') cues.push('ending-settled');
      else if (detail !== undefined && detail in ENDING_CUES) cues.push(ENDING_CUES[detail as EndingTone]);
      else cues.push('ending-historical');
      break;
    case 'debrief':
      cues.push('stamp');
      break;
    default:
      assertNever(kind, 'screen');
  }
  return [...new Set(cues)];
}

// ---------------------------------------------------------------------------------------------------------
// Shared behaviour of every implementation

/**
 * Switch, volume, captions and the one-time "unavailable" report, shared by every implementation; a
 * subclass only makes (or skips) the actual noise.
 */
export abstract class BaseAudio implements AudioService {
  #enabled = false;
  #volume = DEFAULT_VOLUME;
  #roomTone = false;
  #disposed = false;
  #unavailable: SoundFailure | null = null;
  readonly #captionListeners = new Set<(cue: CueId) => void>();
  readonly #unavailableListeners = new Set<(reason: SoundFailure) => void>();

  get enabled(): boolean {
    return this.#enabled;
  }

  get volume(): number {
    return this.#volume;
  }

  /** Why sound is unavailable, or null while it is (as far as we know) working. */
  get unavailable(): SoundFailure | null {
    return this.#unavailable;
  }

  play(cue: CueId): void {
    if (!this.#enabled || this.#disposed || !isKnownCue(cue)) return;
    if (cue === 'room-tone') {
      this.#startRoomTone();
      return;
    }
    this.#caption(cue);
    this.startSound(cue);
  }

  setEnabled(on: boolean): void {
    if (this.#disposed || on === this.#enabled) return;
    this.#enabled = on;
    if (on) {
      this.prepare();
      this.#startRoomTone();
    } else {
      this.#roomTone = false;
      this.stopAll();
    }
  }

  setVolume(v: number): void {
    if (this.#disposed || !Number.isFinite(v)) return;
    this.#volume = Math.min(1, Math.max(0, v));
    this.applyVolume(this.#volume);
  }

  onCaption(cb: (cue: CueId) => void): () => void {
    this.#captionListeners.add(cb);
    return () => this.#captionListeners.delete(cb);
  }

  onUnavailable(cb: (reason: SoundFailure) => void): () => void {
    this.#unavailableListeners.add(cb);
    if (this.#unavailable !== null) cb(this.#unavailable);
    return () => this.#unavailableListeners.delete(cb);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.stopAll();
    this.release();
    this.#disposed = true;
    this.#enabled = false;
    this.#captionListeners.clear();
    this.#unavailableListeners.clear();
  }

  /** Say once that sound cannot play. Captions keep coming: the switch is still on. */
  protected reportUnavailable(reason: SoundFailure): void {
    if (this.#unavailable !== null || this.#disposed) return;
    this.#unavailable = reason;
    for (const cb of [...this.#unavailableListeners]) cb(reason);
  }

  /** Whether the room tone should be sounding now (sound on and started). */
  protected get roomToneWanted(): boolean {
    return this.#enabled && this.#roomTone;
  }

  /** Called when sound is turned on, before the room tone starts (load files here). */
  protected abstract prepare(): void;
  /** Make the noise for a cue (room tone included). Must not throw. */
  protected abstract startSound(cue: CueId): void;
  protected abstract stopAll(): void;
  protected abstract applyVolume(v: number): void;
  /** Free what `prepare` took. */
  protected abstract release(): void;

  #startRoomTone(): void {
    if (this.#roomTone) return;
    this.#roomTone = true;
    this.#caption('room-tone');
    this.startSound('room-tone');
  }

  #caption(cue: CueId): void {
    for (const cb of [...this.#captionListeners]) cb(cue);
  }
}

/**
 * No sound at all: for tests, and for browsers where audio cannot work. Captions still fire whenever the
 * switch is on, exactly as with real sound.
 */
export class SilentAudio extends BaseAudio {
  protected prepare(): void {}
  protected startSound(): void {}
  protected stopAll(): void {}
  protected applyVolume(): void {}
  protected release(): void {}
}
