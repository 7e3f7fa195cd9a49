/**
 * Answers derived from the store at some cost (positions judge every statement about the
 * questions: seconds on a large store), kept for the store's current revision so the dashboard
 * and actor pages answer at once when nothing was stored since. A few answers only, the least
 * recently used dropped first; a new revision empties it.
 */
import type { Store } from '../store/store.js';

export interface DerivedCache {
  /** the value for `key` at the store's current revision, computed once */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function derivedCache(store: Store, capacity: number): DerivedCache {
  let revision: string | null = null;
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = store.revision();
      if (now !== revision) {
        entries.clear();
        revision = now;
      }
      const cached = entries.get(key);
      if (cached !== undefined) {
        // re-inserted: a Map keeps insertion order, so the first key is the least recently used
        entries.delete(key);
        entries.set(key, cached);
        return cached as Promise<T>;
      }
      const value = compute();
      entries.set(key, value);
      // a failed computation is not an answer to keep
      value.catch(() => entries.delete(key));
      while (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
