/**
 * The first script: tiny, so the title's Begin button works the moment the page arrives, even on a slow
 * Chromebook. It loads the game (main.ts, its styles and fonts) in the background right after the first frame; a
 * Begin pressed before that is done simply waits for it.
 */
import './ui/base.css';

document.body.dataset.screen = 'title';
// Start loading the game once the title has had its first frame, so a slow laptop paints Begin first (or after
// 200 ms at the latest: a tab opened in the background gets no frames).
const game = new Promise<void>((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 200);
}).then(() => import('./main'));

/** Begin, Short game and Projector mode work at once: a press before the game has loaded waits for it. */
function startsGame(id: string, start: (m: typeof import('./main')) => Promise<void>): void {
  const button = document.getElementById(id) as HTMLButtonElement | null;
  button?.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    void game.then(start).finally(() => button.removeAttribute('aria-busy'));
  });
}
startsGame('begin', (m) => m.beginGame());
startsGame('begin-short', (m) => m.beginShortGame());
startsGame('begin-projector', (m) => m.beginProjectorGame());
