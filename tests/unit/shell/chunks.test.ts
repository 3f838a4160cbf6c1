/** The lazy-chunk loader and the reload-after-redeploy rule (game/shell/chunks.ts), in Node. */
import { describe, expect, it } from 'vitest';
import { handlePreloadError, lazyChunk } from '../../../game/shell/chunks';

describe('lazyChunk', () => {
  it('tries a failed load once more, and keeps a good result', async () => {
    let calls = 0;
    const failures: string[] = [];
    const get = lazyChunk(
      'the map',
      () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: 1 })),
      (n) => failures.push(n),
      1,
    );
    await expect(get()).resolves.toEqual({ ok: 1 });
    await expect(get()).resolves.toEqual({ ok: 1 });
    expect(calls).toBe(2);
    expect(failures).toEqual([]);
  });

  it('reports a load that fails twice, does not keep the failure, and loads afresh on the next call', async () => {
    let calls = 0;
    const failures: string[] = [];
    let online = false;
    const get = lazyChunk(
      'the classroom tools',
      () => (++calls, online ? Promise.resolve('module') : Promise.reject(new Error('offline'))),
      (n) => failures.push(n),
      1,
    );
    await expect(get()).rejects.toThrow('offline');
    expect(calls).toBe(2);
    expect(failures).toEqual(['the classroom tools']);
    online = true;
    await expect(get()).resolves.toBe('module');
    expect(calls).toBe(3);
  });

  it('counts a load that resolves to nothing (a handled vite:preloadError) as a failure', async () => {
    const failures: string[] = [];
    const get = lazyChunk(
      'sound',
      () => Promise.resolve(undefined as unknown as object),
      (n) => failures.push(n),
      1,
    );
    await expect(get()).rejects.toThrow('sound did not load');
    expect(failures).toEqual(['sound']);
  });
});

describe('handlePreloadError', () => {
  const memory = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  it('reloads once, then asks instead if it happens again within a minute, then reloads again later', () => {
    const store = memory();
    const done: string[] = [];
    handlePreloadError(
      store,
      1_000_000,
      () => done.push('reload'),
      () => done.push('ask'),
    );
    handlePreloadError(
      store,
      1_030_000,
      () => done.push('reload'),
      () => done.push('ask'),
    );
    handlePreloadError(
      store,
      1_100_000,
      () => done.push('reload'),
      () => done.push('ask'),
    );
    expect(done).toEqual(['reload', 'ask', 'reload']);
  });

  it('asks, never reloads, when it cannot remember the reload (storage blocked or throwing)', () => {
    const done: string[] = [];
    handlePreloadError(
      null,
      9_000_000,
      () => done.push('reload'),
      () => done.push('ask'),
    );
    const throwing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    handlePreloadError(
      throwing,
      9_000_000,
      () => done.push('reload'),
      () => done.push('ask'),
    );
    expect(done).toEqual(['ask', 'ask']);
  });
});
