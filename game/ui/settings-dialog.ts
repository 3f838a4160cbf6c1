/**
 * The settings dialog: text size, sound on/off and volume, captions, reduced motion, single-key shortcuts.
 * Every change applies at once and is remembered in this browser.
 */
import { openDialog } from './dialog';
import { h } from './dom';
import type { Settings } from './settings';

export function openSettings(current: Settings, onChange: (s: Settings) => void, opener: HTMLElement | null): void {
  let s = { ...current };
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    onChange(s);
  };

  const size = h(
    'select',
    { id: 'set-size' },
    h('option', { value: 'normal' }, 'Normal'),
    h('option', { value: 'large' }, 'Large'),
    h('option', { value: 'larger' }, 'Larger'),
  );
  size.value = s.textSize;
  size.addEventListener('change', () => update({ textSize: size.value as Settings['textSize'] }));

  const check = (id: string, label: string, value: boolean, key: 'sound' | 'captions' | 'reducedMotion' | 'shortcuts', hint: string) => {
    const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` });
    box.checked = value;
    box.addEventListener('change', () => update({ [key]: box.checked } as Partial<Settings>));
    return h('div', { class: 'setting' }, box, h('label', { for: id }, label), h('p', { class: 'hint', id: `${id}-hint` }, hint));
  };

  const volume = h('input', { type: 'range', id: 'set-volume', min: '0', max: '100', step: '10' });
  volume.value = String(Math.round(s.volume * 100));
  volume.addEventListener('change', () => update({ volume: Number(volume.value) / 100 }));

  const close = h('button', { type: 'button', class: 'primary' }, 'Done');
  openDialog(
    [
      h('h2', { id: 'settings-title' }, 'Settings'),
      h('div', { class: 'setting' }, h('label', { for: 'set-size' }, 'Text size'), size),
      check('set-sound', 'Sound', s.sound, 'sound', 'Off by default. The key M also turns it on and off.'),
      h('div', { class: 'setting' }, h('label', { for: 'set-volume' }, 'Volume'), volume),
      check('set-captions', 'Captions for sounds', s.captions, 'captions', 'Shows a short caption for every sound.'),
      check('set-motion', 'Reduce motion', s.reducedMotion, 'reducedMotion', 'Still pictures instead of moving ones.'),
      check(
        'set-keys',
        'Single-key shortcuts',
        s.shortcuts,
        'shortcuts',
        'Number keys 1-4 pick an option; M turns sound on or off. Turn off if you use speech input or a screen reader that needs those keys.',
      ),
      h('div', { class: 'dialog-actions' }, close),
    ],
    opener,
    { class: 'settings-dialog', labelledBy: 'settings-title', closeWith: [close], focus: size },
  );
}
