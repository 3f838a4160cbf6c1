/**
 * The first script: tiny, so the title's Begin button works the moment the page arrives, even on a slow
 * Chromebook. It loads the game (main.ts, its styles and fonts) straight away in the background; a Begin pressed
 * before that is done simply waits for it.
 */
import './ui/base.css';

const game = import('./main');
document.body.dataset.screen = 'title';

const begin = document.getElementById('begin') as HTMLButtonElement | null;
begin?.addEventListener('click', () => {
  if (begin.getAttribute('aria-busy') === 'true') return;
  begin.setAttribute('aria-busy', 'true');
  void game
    .then((m) => m.beginGame())
    .finally(() => begin.removeAttribute('aria-busy'));
});
