/**
 * Lasting notices above the game, and the page-wide failure handlers: a lazy chunk that could not load, a
 * redeploy mid-lesson (`vite:preloadError`: reload once, the save is in the browser), and any promise that
 * failed without a handler. Never a blank screen: each says what happened and offers a way on.
 */
import { h } from '../ui/dom';
import { sessionStore } from '../services/storage';
import { handlePreloadError } from './chunks';
import type { Notices } from './context';
import { strings } from '../ui/strings';

export function createNotices(root: HTMLElement, reload: () => void = () => location.reload()): Notices {
  const show: Notices['show'] = (text, action) => {
    const p = h('p', { class: 'notice' }, text);
    if (action) {
      const b = h('button', { type: 'button', class: 'notice-action' }, action.label);
      b.addEventListener('click', action.run);
      p.append(' ', b);
    }
    root.append(p);
    return p;
  };
  let chunkNoticeShown = false;
  /** `part`: the chunk's key ('game', 'sound', 'map', 'classroom', 'room'), worded in the language in use. */
  const chunkFailed = (part: string) => {
    if (chunkNoticeShown) return;
    chunkNoticeShown = true;
    const parts: Record<string, string> = strings.shell.notices.parts;
    show(strings.shell.notices.chunkFailed(parts[part] ?? part), { label: strings.shell.notices.reload, run: reload });
  };
  window.addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    handlePreloadError(sessionStore(), Date.now(), reload, () => chunkFailed(strings.shell.notices.redeployed));
  });
  let backgroundNoticeShown = false;
  window.addEventListener('unhandledrejection', () => {
    if (backgroundNoticeShown) return;
    backgroundNoticeShown = true;
    show(strings.shell.notices.background, { label: strings.shell.notices.reload, run: reload });
  });
  return { show, chunkFailed };
}
