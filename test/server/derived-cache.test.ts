/** The cache of derived answers: one computation per key and store revision, a few keys kept. */
import { describe, expect, it } from 'vitest';
import { derivedCache } from '../../src/server/derived-cache.js';
import type { Store } from '../../src/store/store.js';

function fakeStore() {
  let revision = 1;
  return { store: { revision: () => String(revision) } as unknown as Store, write: () => revision++ };
}

describe('derivedCache', () => {
  it('computes once per key while the store is unchanged, again after a write', async () => {
    const { store, write } = fakeStore();
    const cache = derivedCache(store, 4);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('b', compute)).toBe(2);
    write();
    expect(await cache.get('a', compute)).toBe(3);
  });

  it('drops the least recently used key beyond its capacity', async () => {
    const { store } = fakeStore();
    const cache = derivedCache(store, 2);
    let runs = 0;
    const compute = async () => ++runs;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('a', compute); // a is now the most recent
    await cache.get('c', compute); // so b goes
    expect(runs).toBe(3);
    await cache.get('a', compute);
    expect(runs).toBe(3);
    await cache.get('b', compute);
    expect(runs).toBe(4);
  });

  it('does not keep a failure', async () => {
    const { store } = fakeStore();
    const cache = derivedCache(store, 2);
    await expect(cache.get('a', async () => Promise.reject(new Error('judge failed')))).rejects.toThrow('judge failed');
    expect(await cache.get('a', async () => 'answer')).toBe('answer');
  });
});
