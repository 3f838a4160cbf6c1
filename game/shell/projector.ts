/**
 * Projector mode in the shell: the large-type look (a class on <html>, so the root text size grows), the
 * `?mode=projector` link a teacher can bookmark, and the presentation clicker: Page Down (or → or ↓) goes on,
 * Page Up (or ← or ↑) moves to the previous option. The keys act only while the projector look is on, never while
 * typing in a box (but Page Down in a box of hands goes on, as a clicker would), and never in a dialog.
 */
import type { Shell } from './context';

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

/** Whether the address asks for projector mode (`?mode=projector`). */
export function projectorRequested(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'projector';
}

export function projectorLook(on: boolean): void {
  document.documentElement.classList.toggle('projector', on);
}

export function isProjectorLook(): boolean {
  return document.documentElement.classList.contains('projector');
}

/** The clicker's Page Down on the title (opened with ?mode=projector): continue a whole-class game, or start one. */
function titleAdvance(shell: Shell): boolean {
  const cont = document.getElementById('continue');
  if (cont && shell.session.projector.on) {
    cont.click();
    return true;
  }
  const start = document.getElementById('begin-projector');
  if (!start) return false;
  start.click();
  return true;
}

export function installClicker(shell: Shell): void {
  document.addEventListener('keydown', (e) => {
    if (!isProjectorLook() || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
    const next = NEXT.has(e.key);
    if (!next && !PREVIOUS.has(e.key)) return;
    if (document.querySelector('dialog[open]')) return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('textarea, select, [contenteditable]')) return;
    const box = t?.closest('input');
    if (box && !(box.classList.contains('tally-input') && e.key === 'PageDown')) return;
    const screen = document.body.dataset.screen;
    if (screen === 'title') {
      if (next && titleAdvance(shell)) e.preventDefault();
      return;
    }
    const app = shell.app;
    if (!app || !document.querySelector('.play-area')) return;
    if (next ? app.advance() : app.previous()) e.preventDefault();
  });
}
