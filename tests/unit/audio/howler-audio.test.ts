/**
 * The Howler service against a fake `howler` module: loading is lazy, failures are reported once and never
 * thrown, and a play blocked before the first gesture is retried on unlock.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VOLUME, type SpriteMap } from '../../../game/services/audio';

const fake = vi.hoisted(() => {
  type Opts = Record<string, unknown> & {
    onloaderror?: (id: number | null, err: unknown) => void;
    onplayerror?: (id: number, err: unknown) => void;
    onunlock?: () => void;
    onend?: (id: number) => void;
  };
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOnCreate = false;
    readonly opts: Opts;
    nextId = 1;
    plays: string[] = [];
    volumes: Array<[number, number | undefined]> = [];
    stopped = 0;
    unloaded = 0;
    constructor(opts: Opts) {
      if (FakeHowl.throwOnCreate) throw new Error('no audio context');
      this.opts = opts;
      FakeHowl.instances.push(this);
    }
    play(sprite: string): number {
      this.plays.push(sprite);
      return this.nextId++;
    }
    volume(v: number, id?: number): this {
      this.volumes.push([v, id]);
      return this;
    }
    stop(): this {
      this.stopped++;
      return this;
    }
    unload(): null {
      this.unloaded++;
      return null;
    }
  }
  const Howler = { noAudio: false, ctx: { state: 'suspended' as string } };
  return { FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { createHowlerAudio } = await import('../../../game/services/howler-audio');

const sprite = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/audio/sprite.json'), 'utf8')) as SpriteMap;

function howl() {
  const h = fake.FakeHowl.instances.at(-1);
  if (!h) throw new Error('no Howl was created');
  return h;
}

function setup(options: { sprite?: SpriteMap } = { sprite }) {
  const audio = createHowlerAudio('./audio/sprite', options);
  const unavailable = vi.fn();
  const captions = vi.fn();
  audio.onUnavailable(unavailable);
  audio.onCaption(captions);
  return { audio, unavailable, captions };
}

beforeEach(() => {
  fake.FakeHowl.instances = [];
  fake.FakeHowl.throwOnCreate = false;
  fake.Howler.noAudio = false;
  fake.Howler.ctx.state = 'suspended';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createHowlerAudio', () => {
  it('is off by default and loads nothing until turned on', () => {
    const { audio } = setup();
    audio.play('teletype');
    expect(audio.enabled).toBe(false);
    expect(fake.FakeHowl.instances).toHaveLength(0);
  });

  it('on first enable makes one Web Audio Howl with the sprite and loops the room tone quietly', () => {
    const { audio, captions } = setup();
    audio.setEnabled(true);
    expect(fake.FakeHowl.instances).toHaveLength(1);
    expect(howl().opts).toMatchObject({
      src: ['./audio/sprite.webm', './audio/sprite.mp3'],
      html5: false,
      sprite,
    });
    expect(howl().plays).toEqual(['room-tone']);
    expect(howl().volumes).toContainEqual([DEFAULT_VOLUME * 0.5, 1]);
    expect(captions).toHaveBeenCalledWith('room-tone');

    audio.play('stamp');
    audio.setVolume(0.4);
    expect(howl().plays).toEqual(['room-tone', 'stamp']);
    expect(howl().volumes).toContainEqual([0.4 * 0.5, 1]);

    audio.setEnabled(false);
    expect(howl().stopped).toBe(1);
    audio.setEnabled(true);
    expect(fake.FakeHowl.instances).toHaveLength(1);
    expect(howl().plays).toEqual(['room-tone', 'stamp', 'room-tone']);
  });

  it('handles loaderror without throwing: reports once, goes silent, keeps captions', () => {
    const { audio, unavailable, captions } = setup();
    audio.setEnabled(true);
    const h = howl();
    expect(() => h.opts.onloaderror?.(null, 'Decoding audio data failed.')).not.toThrow();
    expect(() => h.opts.onloaderror?.(null, 'again')).not.toThrow();
    expect(() => h.opts.onplayerror?.(1, 'and a play error')).not.toThrow();
    expect(unavailable).toHaveBeenCalledTimes(1);
    expect(unavailable.mock.calls[0]![0]).toBe('files');
    expect(h.unloaded).toBe(1);

    captions.mockClear();
    expect(() => audio.play('phone')).not.toThrow();
    expect(h.plays).toEqual(['room-tone']);
    expect(captions).toHaveBeenCalledWith('phone');

    // Off and on again: still quiet, not reported twice, no second download.
    audio.setEnabled(false);
    audio.setEnabled(true);
    expect(fake.FakeHowl.instances).toHaveLength(1);
    expect(unavailable).toHaveBeenCalledTimes(1);
    // A listener that arrives late still hears it, once.
    const late = vi.fn();
    audio.onUnavailable(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('retries a play blocked before the first gesture when Howler unlocks', () => {
    const { audio, unavailable } = setup();
    audio.setEnabled(true);
    audio.play('teletype');
    const h = howl();
    expect(h.plays).toEqual(['room-tone', 'teletype']);
    h.opts.onplayerror?.(1, 'blocked');
    h.opts.onplayerror?.(2, 'blocked');
    expect(unavailable).not.toHaveBeenCalled();

    h.opts.onunlock?.();
    expect(h.plays).toEqual(['room-tone', 'teletype', 'room-tone', 'teletype']);
    expect(unavailable).not.toHaveBeenCalled();
  });

  it('a playerror after unlock means no sound: reported once, without throwing', () => {
    const { audio, unavailable } = setup();
    audio.setEnabled(true);
    const h = howl();
    h.opts.onunlock?.();
    audio.play('paper');
    expect(() => h.opts.onplayerror?.(2, 'NotAllowedError')).not.toThrow();
    expect(() => h.opts.onplayerror?.(1, 'NotAllowedError')).not.toThrow();
    expect(unavailable).toHaveBeenCalledTimes(1);
    audio.play('paper');
    expect(h.plays).toEqual(['room-tone', 'paper']);
  });

  it('fetches the sprite map when not given, and survives it being unreachable', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const { audio, unavailable, captions } = setup({});
    expect(() => audio.setEnabled(true)).not.toThrow();
    await vi.waitFor(() => expect(unavailable).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledWith('./audio/sprite.json');
    expect(fake.FakeHowl.instances).toHaveLength(0);
    audio.play('jet');
    expect(captions).toHaveBeenCalledWith('jet');
  });

  it('rejects a malformed sprite map, and plays once a good one arrives', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<!doctype html>', { status: 200 })));
    const bad = setup({});
    bad.audio.setEnabled(true);
    await vi.waitFor(() => expect(bad.unavailable).toHaveBeenCalledTimes(1));

    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify(sprite), { status: 200 })));
    const good = setup({});
    good.audio.setEnabled(true);
    good.audio.play('phone');
    await vi.waitFor(() => expect(fake.FakeHowl.instances).toHaveLength(1));
    expect(howl().plays).toEqual(['room-tone', 'phone']);
    expect(good.unavailable).not.toHaveBeenCalled();
  });

  it('reports a browser without audio instead of throwing', () => {
    fake.Howler.noAudio = true;
    const a = setup();
    expect(() => a.audio.setEnabled(true)).not.toThrow();
    expect(a.unavailable).toHaveBeenCalledTimes(1);

    fake.Howler.noAudio = false;
    fake.FakeHowl.throwOnCreate = true;
    const b = setup();
    expect(() => b.audio.setEnabled(true)).not.toThrow();
    expect(b.unavailable).toHaveBeenCalledTimes(1);
    expect(() => b.audio.play('stamp')).not.toThrow();
  });

  it('dispose unloads the Howl and ignores later calls', () => {
    const { audio } = setup();
    audio.setEnabled(true);
    audio.dispose();
    expect(howl().unloaded).toBe(1);
    expect(() => audio.play('stamp')).not.toThrow();
    expect(howl().plays).toEqual(['room-tone']);
  });
});
