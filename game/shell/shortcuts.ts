/** Single-key shortcuts (Settings can switch them off): 1–4 pick an option, M toggles sound, R reads aloud (or pauses, resumes). */
import { announce } from '../ui/announce';
import type { Shell } from './context';
import { strings } from '../ui/strings';

export function installShortcuts(shell: Shell): void {
  document.addEventListener('keydown', (e) => {
    if (!shell.settings.shortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.closest('input, textarea, select, [contenteditable]') || document.querySelector('dialog[open]'))) return;
    if (e.key >= '1' && e.key <= '4' && shell.app?.pick(Number(e.key) - 1)) e.preventDefault();
    else if (e.key === 'm' || e.key === 'M') {
      shell.sound.toggle();
      announce(strings.shell.sound.announced(shell.settings.sound));
    } else if (e.key === 'r' || e.key === 'R') {
      e.preventDefault();
      shell.reader.toggle();
    }
  });
}
