/**
 * The Read aloud control in the bar of every play screen and page: Read aloud → Pause / Resume, Stop, and the
 * speed while reading (the voice and the default speed are in Settings). Off until pressed; never starts by
 * itself; stops when the screen or page changes. Where the device has no voice of its own for the language, it
 * says so and points to the device's own read-aloud tool (the text stays selectable for such tools).
 */
import { h } from '../ui/dom';
import { Reader, synth, type ReaderState } from '../ui/read-aloud/reader';
import { READ_RATES } from '../ui/read-aloud/queue';
import { strings } from '../ui/strings';
import type { Shell } from './context';

export interface ReadAloud {
  /** The control for a bar (each bar gets its own; all show the same state). */
  controls(): HTMLElement;
  /** Read aloud, pause or resume (the button and the R key). */
  toggle(): void;
  stop(): void;
  /** The speed or voice changed in Settings. */
  settingsChanged(): void;
}

export function createReadAloud(shell: Shell): ReadAloud {
  const s = synth();
  const live = new Set<{ root: HTMLElement; main: HTMLButtonElement; stop: HTMLButtonElement; speed: HTMLSelectElement; note: HTMLElement }>();
  let state: ReaderState = 'idle';

  const paint = () => {
    const t = strings.reader;
    for (const c of [...live]) {
      if (!c.root.isConnected && !c.note.isConnected) {
        live.delete(c);
        continue;
      }
      c.main.textContent = state === 'reading' ? t.pause : state === 'paused' ? t.resume : t.read;
      c.main.setAttribute('aria-pressed', String(state !== 'idle'));
      c.stop.hidden = state === 'idle';
      c.speed.parentElement!.hidden = state === 'idle';
      c.speed.value = String(shell.settings.readRate);
      c.root.classList.toggle('active', state !== 'idle');
    }
  };

  const reader = s
    ? new Reader(s, {
        language: () => document.documentElement.lang || 'en',
        voice: () => shell.settings.readVoice,
        rate: () => shell.settings.readRate,
        optionWords: (n) => strings.reader.option(n),
        smooth: () => !shell.settings.reducedMotion,
        onState: (next) => {
          state = next;
          paint();
        },
      })
    : null;

  const noVoice = () => {
    const names = strings.shell.title.languageNames as Record<string, string>;
    const lang = document.documentElement.lang || 'en';
    for (const c of live) {
      // Under the bar, full width, rather than squeezed between its buttons.
      const bar = c.root.closest('nav');
      if (bar && c.note.previousElementSibling !== bar) bar.after(c.note);
      c.note.hidden = false;
      c.note.firstChild!.textContent = strings.reader.noVoice(names[lang] ?? lang);
    }
  };

  const toggle = () => {
    if (!reader) return noVoice();
    if (state === 'reading') return reader.pause();
    if (state === 'paused') return reader.resume();
    void reader.read(shell.roots.main).then((ok) => {
      if (!ok) noVoice();
    });
  };

  const stop = () => {
    reader?.stop();
    for (const c of live) c.note.hidden = true;
  };
  // Leaving the page stops the voice (some browsers would go on speaking after a reload).
  window.addEventListener('pagehide', stop);

  return {
    toggle,
    stop,
    settingsChanged: () => {
      paint();
      reader?.restartSentence();
    },
    controls() {
      const t = strings.reader;
      const main = h('button', { type: 'button', class: 'read-toggle', 'aria-pressed': 'false' }, t.read);
      main.addEventListener('click', toggle);
      const stopBtn = h('button', { type: 'button', class: 'read-stop', hidden: true }, t.stop);
      stopBtn.addEventListener('click', () => {
        stop();
        main.focus();
      });
      const speed = h('select', { class: 'read-speed' }, ...READ_RATES.map((r) => h('option', { value: String(r) }, t.rate(r))));
      speed.addEventListener('change', () => shell.updateSettings({ ...shell.settings, readRate: Number(speed.value) }));
      const speedLabel = h('label', { class: 'read-speed-label', hidden: true }, h('span', null, t.speed), speed);
      const close = h('button', { type: 'button', class: 'read-note-close' }, t.close);
      const note = h('p', { class: 'notice read-note', role: 'status', hidden: true }, h('span', null, ''), ' ', close);
      close.addEventListener('click', () => {
        note.hidden = true;
        main.focus();
      });
      const root = h('span', { class: 'reader', role: 'group', 'aria-label': t.group }, main, stopBtn, speedLabel);
      live.add({ root, main, stop: stopBtn, speed, note });
      queueMicrotask(paint);
      return root;
    },
  };
}
