import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, formatBytes, parseByteSize, resolveMaxBytes } from '../../src/ingest/size-limit.js';

describe('parseByteSize', () => {
  it.each([
    ['5000', 5000],
    ['0', 0],
    ['512k', 512 * 1024],
    ['64M', 64 * 1024 * 1024],
    ['64MiB', 64 * 1024 * 1024],
    ['1g', 1024 ** 3],
  ])('%s → %i', (value, bytes) => {
    expect(parseByteSize(value, '--max-bytes')).toBe(bytes);
  });

  it.each(['', 'ten', '-5', '1.5M', '12T', '99999999999999999999'])('refuses "%s" as a usage error', (value) => {
    expect(() => parseByteSize(value, '--max-bytes')).toThrowError(
      expect.objectContaining({ code: 'E_USAGE', message: expect.stringContaining('--max-bytes') }),
    );
  });
});

describe('resolveMaxBytes', () => {
  it('prefers the flag, then the environment, then the 10 MiB default', () => {
    expect(resolveMaxBytes('1k', '2k')).toBe(1024);
    expect(resolveMaxBytes(undefined, '2k')).toBe(2048);
    expect(resolveMaxBytes(undefined, '')).toBe(DEFAULT_MAX_BYTES);
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
  });

  it('names the environment variable when its value is wrong', () => {
    expect(() => resolveMaxBytes(undefined, 'lots')).toThrowError(/WHOSAID_MAX_BYTES/);
  });
});

describe('formatBytes', () => {
  it.each([
    [5, '5 bytes'],
    [1536, '1.5 KiB'],
    [50 * 1024 * 1024, '50 MiB'],
  ])('%i → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
