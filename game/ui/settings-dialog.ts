/**
 * The settings dialog: language, text size, sound on/off and volume, captions, reduced motion, single-key shortcuts,
 * and the voice and speed of read-aloud. Every change applies at once and is remembered in this browser.
 */
import { openDialog } from './dialog';
import { h } from './dom';
import { localVoices, READ_RATES, type VoiceLike } from './read-aloud/queue';
import { deviceVoices } from './read-aloud/reader';
import type { Settings } from './settings';
import { LANGUAGES, strings, type Language } from './strings';

export function openSettings(current: Settings, onChange: (s: Settings) => void, opener: HTMLElement | null): void {
  const t = strings.settings;
  let s = { ...current };
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    onChange(s);
  };

  const size = h(
    'select',
    { id: 'set-size' },
    h('option', { value: 'normal' }, t.sizes.normal),
    h('option', { value: 'large' }, t.sizes.large),
    h('option', { value: 'larger' }, t.sizes.larger),
  );
  size.value = s.textSize;
  size.addEventListener('change', () => update({ textSize: size.value as Settings['textSize'] }));

  const check = (id: string, label: string, value: boolean, key: 'sound' | 'captions' | 'reducedMotion' | 'shortcuts', hint: string) => {
    const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` });
    box.checked = value;
    box.addEventListener('change', () => update({ [key]: box.checked } as Partial<Settings>));
    return h('div', { class: 'setting' }, box, h('label', { for: id }, label), h('p', { class: 'hint', id: `${id}-hint` }, hint));
  };

  const names = strings.shell.title.languageNames;
  const language = h(
    'select',
    { id: 'set-language', 'aria-describedby': 'set-language-hint' },
    ...LANGUAGES.map((l) => h('option', { value: l, lang: l }, names[l] ?? l)),
  );
  language.value = s.language;
  language.addEventListener('change', () => update({ language: language.value as Language }));

  const volume = h('input', { type: 'range', id: 'set-volume', min: '0', max: '100', step: '10' });
  volume.value = String(Math.round(s.volume * 100));
  volume.addEventListener('change', () => update({ volume: Number(volume.value) / 100 }));

  // Read aloud: the device's own voices for the language in use (filled in when the browser has listed them).
  const voice = h('select', { id: 'set-voice', 'aria-describedby': 'set-voice-hint' }, h('option', { value: '' }, t.readVoiceAuto));
  const voiceHint = h('p', { class: 'hint', id: 'set-voice-hint' }, t.readVoiceHint);
  const lang = document.documentElement.lang || s.language;
  void deviceVoices().then((all) => {
    // A device can list hundreds of variants (espeak-ng lists every voice of every accent); the first 40 are plenty.
    const mine = localVoices(all as VoiceLike[], lang).slice(0, 40);
    voice.append(...mine.map((v) => h('option', { value: v.voiceURI }, `${v.name} (${v.lang})`)));
    voice.value = mine.some((v) => v.voiceURI === s.readVoice) ? s.readVoice : '';
    if (!mine.length) voiceHint.textContent = t.readVoiceNone;
  });
  voice.addEventListener('change', () => update({ readVoice: voice.value }));
  const rate = h('select', { id: 'set-rate' }, ...READ_RATES.map((r) => h('option', { value: String(r) }, strings.reader.rate(r))));
  rate.value = String(s.readRate);
  rate.addEventListener('change', () => update({ readRate: Number(rate.value) }));

  const close = h('button', { type: 'button', class: 'primary' }, t.done);
  openDialog(
    [
      h('h2', { id: 'settings-title' }, t.title),
      h(
        'div',
        { class: 'setting' },
        h('label', { for: 'set-language' }, t.language),
        language,
        h('p', { class: 'hint', id: 'set-language-hint' }, t.languageHint),
      ),
      h('div', { class: 'setting' }, h('label', { for: 'set-size' }, t.textSize), size),
      check('set-sound', t.sound, s.sound, 'sound', t.soundHint),
      h('div', { class: 'setting' }, h('label', { for: 'set-volume' }, t.volume), volume),
      check('set-captions', t.captions, s.captions, 'captions', t.captionsHint),
      check('set-motion', t.motion, s.reducedMotion, 'reducedMotion', t.motionHint),
      check('set-keys', t.keys, s.shortcuts, 'shortcuts', t.keysHint),
      h('div', { class: 'setting' }, h('label', { for: 'set-voice' }, t.readVoice), voice, voiceHint),
      h('div', { class: 'setting' }, h('label', { for: 'set-rate' }, t.readRate), rate),
      h('div', { class: 'dialog-actions' }, close),
    ],
    opener,
    { class: 'settings-dialog', labelledBy: 'settings-title', closeWith: [close], focus: size },
  );
}
