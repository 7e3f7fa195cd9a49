/**
 * Writes (saving an article, correcting an actor) need the server's token when it has one. A
 * write is tried without a token first; a 401 asks the user for it, and a token that worked is
 * kept for the tab's session only (sessionStorage), so it is asked once and never stored for good.
 */
import { useState } from 'react';
import { ApiError } from './api.js';

const TOKEN_KEY = 'whosaid-token';

export type WriteOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly needsToken: boolean; readonly message: string };

export interface WriteToken {
  /** what the user typed, or the session's token */
  readonly token: string;
  readonly setToken: (token: string) => void;
  /** the last write was refused for want of the right token */
  readonly needed: boolean;
  write<T>(call: (token: string | null) => Promise<T>): Promise<WriteOutcome<T>>;
}

export function useWriteToken(): WriteToken {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [needed, setNeeded] = useState(false);
  return {
    token,
    setToken,
    needed,
    async write<T>(call: (token: string | null) => Promise<T>): Promise<WriteOutcome<T>> {
      const given = token.trim() === '' ? null : token.trim();
      try {
        const value = await call(given);
        if (given !== null) sessionStorage.setItem(TOKEN_KEY, given);
        setNeeded(false);
        return { ok: true, value };
      } catch (e: unknown) {
        const unauthorised = e instanceof ApiError && e.status === 401;
        setNeeded(unauthorised || needed);
        return { ok: false, needsToken: unauthorised, message: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

/** The token field, shown once the server has asked for it. */
export function TokenField({ writes }: { writes: WriteToken }) {
  if (!writes.needed) return null;
  return (
    <label className="token">
      This server needs its token to save
      <input name="token" type="password" autoComplete="off" value={writes.token} onChange={(e) => writes.setToken(e.target.value)} />
    </label>
  );
}
