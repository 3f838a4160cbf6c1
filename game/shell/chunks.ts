/**
 * Lazy chunks (the classroom tools, the map, sound, the Phaser room) loaded through one helper: a failed load
 * is tried once more after a short wait, then reported once through `onFail` and not kept, so a later call
 * (a "Try again" button, the next screen) loads afresh instead of repeating the old failure.
 */
export type ChunkFailure = (name: string, error: unknown) => void;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function lazyChunk<T>(name: string, load: () => Promise<T>, onFail: ChunkFailure, retryAfterMs = 400): () => Promise<T> {
  let pending: Promise<T> | null = null;
  // Vite's preload helper resolves a failed import to undefined once its vite:preloadError event is handled
  // (see handlePreloadError): that is a failure too.
  const attempt = () =>
    load().then((m) => {
      if (m === undefined || m === null) throw new Error(`${name} did not load`);
      return m;
    });
  return () => {
    pending ??= attempt()
      .catch(() => wait(retryAfterMs).then(attempt))
      .catch((error: unknown) => {
        pending = null;
        onFail(name, error);
        throw error;
      });
    return pending;
  };
}

/**
 * After a redeploy the old page asks for chunk files that are gone (`vite:preloadError`). The save is in
 * the browser after every answer, so a reload loses nothing: reload once, and if that happened less than a
 * minute ago, ask instead (`ask`) so a broken host cannot loop.
 */
export function handlePreloadError(store: Pick<Storage, 'getItem' | 'setItem'> | null, now: number, reload: () => void, ask: () => void): void {
  const KEY = 'excomm.reloadedForChunks';
  if (!store) return ask(); // no way to remember the reload: never risk a loop
  let last = 0;
  try {
    last = Number(store.getItem(KEY) ?? 0) || 0;
  } catch {
    last = 0;
  }
  if (now - last < 60_000) return ask();
  try {
    store.setItem(KEY, String(now));
  } catch {
    return ask(); // no way to remember the reload: never risk a loop
  }
  reload();
}
