import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

describe('docs/errors.md', () => {
  it('lists exactly the error codes of src/core/errors.ts, each with its exit code', () => {
    const documented = Object.fromEntries(
      [...doc.matchAll(/^\| `(E_[A-Z_]+)` \| (\d+) \|/gm)].map(([, code, exit]) => [code, Number(exit)]),
    );
    const defined = Object.fromEntries(Object.entries(ERROR_CODES).map(([code, { exitCode }]) => [code, exitCode]));
    expect(documented).toEqual(defined);
  });

  it('explains every exit code that an error code can produce', () => {
    const explained = [...doc.matchAll(/^\| (\d+) \| /gm)].map(([, exit]) => Number(exit));
    for (const { exitCode } of Object.values(ERROR_CODES)) expect(explained).toContain(exitCode);
  });
});
