/**
 * Offline play and updates, the page's side (the service worker itself is game/sw.ts). In the built game it
 * registers the worker, which keeps every file the game needs in the browser after the first visit. When a new
 * version of the game has arrived and waits, it says so with a Reload button: never while the student is on a
 * decision (the notice is held until the next screen that is not one: a consequence, the title, a page), and
 * never reloading by itself. Reload lets the waiting version take over, then reloads the page; the save is in
 * the browser and survives it (an old save the new version cannot read is set aside with a message, as always).
 */
import { registerSW } from 'virtual:pwa-register';
import type { Notices } from './context';
import { strings } from '../ui/strings';

/** Screens a notice must not interrupt: the student is hearing the advisers and choosing what to advise. */
export const HOLD_ON_SCREENS: readonly string[] = ['decision'];

/** How often an open game asks the server for a new version (the browser also asks at each page load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Calls `show` at the first moment the screen (`screen()`) is not one to hold on: at once, or when `watch`
 * reports a change of screen that leaves the held ones. `watch` returns its own unsubscribe.
 */
export function whenFree(screen: () => string, watch: (changed: () => void) => () => void, show: () => void): void {
  const free = () => !HOLD_ON_SCREENS.includes(screen());
  if (free()) return show();
  let done = false;
  const stop = watch(() => {
    if (done || !free()) return;
    done = true;
    stop();
    show();
  });
}

/** The screen the page shows (the shell and the app set body[data-screen] for every screen and page). */
const currentScreen = () => document.body.dataset.screen ?? '';

function watchScreen(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-screen'] });
  return () => observer.disconnect();
}

export function startOffline(notices: Notices, reload: () => void = () => location.reload()): void {
  // In development the plugin's registerSW does nothing: the worker exists only in a build.
  if (!('serviceWorker' in navigator)) return;
  let registration: ServiceWorkerRegistration | undefined;
  let noticed = false;
  let asked = false;

  const takeUpdate = () => {
    if (asked) return;
    asked = true;
    // Already taken over (the player pressed Reload in another tab of the game): just reload.
    if (!registration?.waiting) return reload();
    void updateSW();
    // The worker's takeover reloads the page (onNeedReload); should its signal never come, reload anyway.
    window.setTimeout(reload, 5000);
  };

  const updateSW = registerSW({
    onRegisteredSW(_url, r) {
      registration = r;
      if (!r) return;
      window.setInterval(() => {
        if (navigator.onLine) r.update().catch(() => undefined); // offline or the server unreachable: next time
      }, CHECK_EVERY_MS);
    },
    onNeedRefresh() {
      if (noticed) return;
      noticed = true;
      whenFree(currentScreen, watchScreen, () => {
        const t = strings.shell.notices;
        notices.show(t.updateReady, { label: t.reload, run: takeUpdate }).classList.add('update-notice');
      });
    },
    // The new version has taken over this page: reload only when this page asked for it. (Another tab's Reload
    // hands this page over too; it keeps running and its own notice's Reload finishes the job.)
    onNeedReload() {
      if (asked) reload();
    },
    onRegisterError: () => undefined, // no worker (a private window, a host without HTTPS): the game runs online as before
  });
}
