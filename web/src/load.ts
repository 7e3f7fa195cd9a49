/** One GET per view: the answer, or the error's message, or neither while it loads; aborted when the key changes. */
import { useEffect, useState } from 'react';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: string | null;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  useEffect(() => {
    const abort = new AbortController();
    setState({ data: null, error: null });
    load(abort.signal)
      .then((data) => setState({ data, error: null }))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setState({ data: null, error: e instanceof Error ? e.message : String(e) });
      });
    return () => abort.abort();
  }, [key]);
  return state;
}
