import { describe, expect, it, vi } from 'vitest';
import { SilentAudio } from '../../../game/services/audio';

describe('SilentAudio', () => {
  it('is off by default and shows no captions while off', () => {
    const audio = new SilentAudio();
    const captions = vi.fn();
    audio.onCaption(captions);
    expect(audio.enabled).toBe(false);
    audio.play('teletype');
    expect(captions).not.toHaveBeenCalled();
  });

  it('captions every cue while on, the room tone once when turned on', () => {
    const audio = new SilentAudio();
    const captions = vi.fn();
    audio.onCaption(captions);
    audio.setEnabled(true);
    audio.play('teletype');
    audio.play('room-tone');
    expect(captions.mock.calls).toEqual([['room-tone'], ['teletype']]);
  });

  it('unsubscribes, clamps the volume, and is inert after dispose', () => {
    const audio = new SilentAudio();
    const captions = vi.fn();
    const off = audio.onCaption(captions);
    audio.setVolume(3);
    expect(audio.volume).toBe(1);
    audio.setVolume(-1);
    expect(audio.volume).toBe(0);
    audio.setVolume(Number.NaN);
    expect(audio.volume).toBe(0);
    off();
    audio.setEnabled(true);
    expect(captions).not.toHaveBeenCalled();
    audio.dispose();
    expect(audio.enabled).toBe(false);
    expect(() => audio.play('phone')).not.toThrow();
  });

  it('never reports itself unavailable', () => {
    const audio = new SilentAudio();
    const unavailable = vi.fn();
    audio.onUnavailable(unavailable);
    audio.setEnabled(true);
    audio.play('stamp');
    expect(unavailable).not.toHaveBeenCalled();
  });
});
