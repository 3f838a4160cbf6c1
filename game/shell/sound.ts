/**
 * Sound: off by default; Howler is loaded only when the player turns sound on. Captions show in a bar and go
 * to the live region. Settings changes (text size, volume, sound) are applied and kept here.
 */
import type { AudioService } from '../services/audio';
import { announce } from '../ui/announce';
import { h } from '../ui/dom';
import { applySettings, saveSettings, type Settings } from '../ui/settings';
import { lazyChunk } from './chunks';
import type { Notices, Sound } from './context';
import { strings } from '../ui/strings';

export interface SoundHost {
  settings: Settings;
  storage: Storage | null;
  notices: Notices;
}

const label = (on: boolean) => strings.shell.sound.toggle(on);

export function createSound(host: SoundHost): Sound & { update(next: Settings): void } {
  let audio: AudioService | null = null;
  let loading: Promise<AudioService> | null = null;
  const captionBar = h('div', { class: 'caption-bar', 'aria-hidden': 'true' });
  document.body.append(captionBar);
  let captionTimer = 0;
  let unavailableShown = false;
  const howler = lazyChunk('sound', () => import('../services/howler-audio'), host.notices.chunkFailed);

  const ensure = (): Promise<AudioService> => {
    if (audio) return Promise.resolve(audio);
    loading ??= howler().then(({ createHowlerAudio }) => {
      const a = createHowlerAudio('./audio/sprite');
      a.setVolume(host.settings.volume);
      a.onCaption((cue) => {
        if (!host.settings.captions) return;
        const caption = strings.captions[cue];
        captionBar.textContent = caption;
        announce(caption);
        window.clearTimeout(captionTimer);
        captionTimer = window.setTimeout(() => (captionBar.textContent = ''), 3500);
      });
      a.onUnavailable(() => {
        if (unavailableShown) return;
        unavailableShown = true;
        host.notices.show(strings.shell.sound.unavailable);
      });
      audio = a;
      return a;
    });
    loading.catch(() => (loading = null)); // a failed load is tried afresh next time
    return loading;
  };

  const enable = () =>
    ensure()
      .then((a) => a.setEnabled(host.settings.sound))
      .catch(() => undefined); // reported by the chunk loader

  const update = (next: Settings) => {
    const changed = next.sound !== host.settings.sound;
    host.settings = next;
    saveSettings(host.storage, next);
    applySettings(next);
    audio?.setVolume(next.volume);
    if (next.sound && (changed || !audio)) void enable();
    else if (!next.sound) audio?.setEnabled(false);
    for (const b of document.querySelectorAll<HTMLButtonElement>('.sound-toggle')) {
      b.setAttribute('aria-pressed', String(next.sound));
      b.textContent = label(next.sound);
    }
  };

  if (host.settings.sound) void enable();

  return {
    update,
    toggle: () => update({ ...host.settings, sound: !host.settings.sound }),
    audio: () => (host.settings.sound ? audio : null),
    button() {
      const b = h('button', { type: 'button', class: 'sound-toggle', 'aria-pressed': String(host.settings.sound) }, label(host.settings.sound));
      b.addEventListener('click', () => update({ ...host.settings, sound: !host.settings.sound }));
      return b;
    },
  };
}
