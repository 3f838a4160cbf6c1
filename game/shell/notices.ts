/**
 * Lasting notices above the game, and the page-wide failure handlers: a lazy chunk that could not load, a
 * redeploy mid-lesson (`vite:preloadError`: reload once, the save is in the browser), and any promise that
 * failed without a handler. Never a blank screen: each says what happened and offers a way on.
 */
import { h } from '../ui/dom';
import { sessionStore } from '../services/storage';
import { handlePreloadError } from './chunks';
import type { Notices } from './context';

export function createNotices(root: HTMLElement, reload: () => void = () => location.reload()): Notices {
  const show: Notices['show'] = (text, action) => {
    const p = h('p', { class: 'notice' }, text);
    if (action) {
      const b = h('button', { type: 'button', class: 'notice-action' }, action.label);
      b.addEventListener('click', action.run);
      p.append(' ', b);
    }
    root.append(p);
  };
  let chunkNoticeShown = false;
  const chunkFailed = (name: string) => {
    if (chunkNoticeShown) return;
    chunkNoticeShown = true;
    show(`A part of the game could not be loaded (${name}). Your progress is saved in this browser. Check the connection, then reload.`, {
      label: 'Reload',
      run: reload,
    });
  };
  window.addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    handlePreloadError(sessionStore(), Date.now(), reload, () => chunkFailed('the game may have been updated, or the connection dropped'));
  });
  let backgroundNoticeShown = false;
  window.addEventListener('unhandledrejection', () => {
    if (backgroundNoticeShown) return;
    backgroundNoticeShown = true;
    show('Something went wrong in the background. The game goes on; if a part is missing, reload the page. Your progress is saved in this browser.', {
      label: 'Reload',
      run: reload,
    });
  });
  return { show, chunkFailed };
}
