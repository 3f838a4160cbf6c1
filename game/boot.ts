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

const begin = document.getElementById('begin') as HTMLButtonElement | null;
begin?.addEventListener('click', () => {
  if (begin.getAttribute('aria-busy') === 'true') return;
  begin.setAttribute('aria-busy', 'true');
  void game.then((m) => m.beginGame()).finally(() => begin.removeAttribute('aria-busy'));
});
