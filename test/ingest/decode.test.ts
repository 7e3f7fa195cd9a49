import { describe, expect, it } from 'vitest';
import { WhosaidError } from '../../src/core/errors.js';
import { decodeBytes, looksBinary } from '../../src/ingest/decode.js';

const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};

describe('decodeBytes', () => {
  it.each([
    ['plain ASCII', Buffer.from('He said "no".'), 'He said "no".', 'utf-8'],
    ['UTF-8', Buffer.from('“Non”, a dit René — 5 €'), '“Non”, a dit René — 5 €', 'utf-8'],
    ['UTF-8 with BOM (BOM removed)', Buffer.from('\uFEFF“Yes”'), '“Yes”', 'utf-8'],
    ['UTF-16LE with BOM', utf16('“Oui”, dit-il 😀', 'le'), '“Oui”, dit-il 😀', 'utf-16le'],
    ['UTF-16BE with BOM', utf16('“Oui”, dit-il 😀', 'be'), '“Oui”, dit-il 😀', 'utf-16be'],
    ['cp1252 curly quotes and é', Buffer.from([0x93, 0x4f, 0x6b, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]), '“Ok” café', 'windows-1252'],
    ['cp1252 euro, dashes, apostrophe', Buffer.from([0x80, 0x96, 0x97, 0x92]), '€–—’', 'windows-1252'],
    ['Latin-1 only', Buffer.from('Zürich, façade, año', 'latin1'), 'Zürich, façade, año', 'windows-1252'],
    ['empty', Buffer.alloc(0), '', 'utf-8'],
    ['a BOM and nothing else', Buffer.from([0xef, 0xbb, 0xbf]), '', 'utf-8'],
  ])('%s', (_label, bytes, text, encoding) => {
    expect(decodeBytes(bytes, 'x.txt')).toEqual({ text, encoding });
  });

  it('keeps a second BOM as text: only the leading one is a byte order mark', () => {
    expect(decodeBytes(Buffer.from('\uFEFF\uFEFFa'), 'x').text).toBe('\uFEFFa');
  });

  it('keeps CRLF line endings: offsets refer to the text as decoded', () => {
    expect(decodeBytes(Buffer.from('a\r\nb'), 'x').text).toBe('a\r\nb');
  });

  it.each([
    ['NUL bytes', Buffer.from('abc\u0000def')],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['random-looking bytes without NUL', Buffer.from(Array.from({ length: 512 }, (_, i) => ((i * 37) % 255) + 1))],
    ['UTF-16 without a BOM', Buffer.from('hello', 'utf16le')],
  ])('refuses %s as binary', (_label, bytes) => {
    expect(() => decodeBytes(bytes, 'x.bin')).toThrowError(
      expect.objectContaining({ code: 'E_INPUT_BINARY', message: 'x.bin: binary data, not text' }),
    );
  });

  it('refuses a UTF-16 file cut in the middle of a character', () => {
    const cut = utf16('ab', 'le').subarray(0, 5);
    const error = captureError(() => decodeBytes(cut, 'cut.txt'));
    expect(error.code).toBe('E_INPUT_ENCODING');
    expect(error.exitCode).toBe(3);
  });
});

describe('looksBinary', () => {
  it('accepts text with tabs, form feeds and a stray escape code', () => {
    expect(looksBinary(`a\tb\fc\r\n${'word '.repeat(100)}\u001b[0m`)).toBe(false);
  });

  it('rejects text dense with control characters', () => {
    expect(looksBinary('a\u0001b\u0002c\u0003')).toBe(true);
  });
});

function captureError(run: () => unknown): WhosaidError {
  try {
    run();
  } catch (error) {
    if (error instanceof WhosaidError) return error;
    throw error;
  }
  throw new Error('expected a WhosaidError');
}
