/**
 * Composition root. The title screen is plain HTML (usable the moment the page arrives, see boot.ts); this
 * module brings the fonts and styles and builds the shell (game/shell/), which chooses the scenario, fetches
 * and checks it in the background, and draws the page for the address. Phaser, sound, the map and the
 * classroom tools load later, when first needed.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/special-elite/latin-400.css';
import '@fontsource/courier-prime/latin-400.css';
import './ui/styles.css';
import { createShell } from './shell';

// The shell is built in the task after this module's evaluation, not in it: two shorter tasks instead of one
// long one while the title is on screen (a slow laptop, Lighthouse at 4x CPU). A press that comes first waits.
const shell = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
  const built = createShell();
  void built.start();
  return built;
});

/** Begin on the title (wired by boot.ts, which loads this module). */
export function beginGame(): Promise<void> {
  return shell.then((s) => s.begin('full'));
}

/** Short game on the title (wired by boot.ts too, so it works before this module has loaded). */
export function beginShortGame(): Promise<void> {
  return shell.then((s) => s.begin('short'));
}

/**
 * Projector mode on the title (wired by boot.ts): the short game for a whole class at one screen. The short game,
 * because a class that discusses and votes on each question needs most of a period for its eight decisions.
 */
export function beginProjectorGame(): Promise<void> {
  return shell.then((s) => s.begin('short', { projector: true }));
}
