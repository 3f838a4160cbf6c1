/**
 * The service worker (built by vite-plugin-pwa's injectManifest into sw.js beside index.html; see vite.config.ts).
 * After one visit with the network on, the browser keeps every file the game needs (the precache: code,
 * styles, fonts, scenarios, translations, source records, map data, sounds, icons), so the game loads and plays
 * with the network off.
 *
 * - Code, styles, fonts, sounds and the map: from the browser's copy (their names carry a fingerprint, or they
 *   change only with a new build, which brings a new worker).
 * - The scenario files (scenarios/): from the network first, as without a worker, because a teacher may edit or
 *   add them in the served folder; the last copy seen (else the precached one) when the network fails.
 * - The page itself (index.html, with or without ?lang= or ?scenario=): the precached copy.
 *
 * A new version installs beside the running one and waits: the page shows "A new version is ready" and only its
 * Reload button sends SKIP_WAITING (registerType 'prompt'). Nothing leaves the game's own origin.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** What this file uses of the worker's global scope (the project compiles against the DOM library, not WebWorker). */
interface WorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'activate', listener: (event: Event & { waitUntil(done: Promise<unknown>): void }) => void): void;
}
declare const self: WorkerScope;

/** The runtime cache of scenario files seen on the network (emptied when a new version takes over). */
const SCENARIO_CACHE = 'excomm-scenarios';
const scope = new URL(self.registration.scope);
const scenarios = new URL('scenarios/', scope).href;

// The scenario files first (routes match in the order they are registered): network first, then the last copy
// seen, then the copy precached with this version.
registerRoute(
  ({ url }) => url.href.startsWith(scenarios),
  new NetworkFirst({
    cacheName: SCENARIO_CACHE,
    networkTimeoutSeconds: 6,
    plugins: [{ handlerDidError: async ({ request }) => (await matchPrecache(request)) ?? undefined }],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The game's page under any query (?lang=es, ?scenario=…): the precached index.html. Other addresses go to the
// network as usual.
const page = createHandlerBoundToURL('index.html');
registerRoute(({ request, url }) => request.mode === 'navigate' && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`), page);

self.addEventListener('activate', (event) => {
  // Scenario files seen under the version before belong to it: from now on, offline means this version's copies.
  event.waitUntil(caches.delete(SCENARIO_CACHE));
});

// The first visit: the page that installed the worker is served by it at once (its later parts, such as the
// map or the sound, load offline too). An update takes over only when the player presses Reload.
clientsClaim();

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
