/**
 * Bytes → text. Decoding happens once, here, before any offset exists: every span in the
 * analysis document points into the string this module returns (BOM removed, nothing else
 * rewritten, so line endings and spacing are the input's own).
 */
import { TextDecoder } from 'node:util';
import { WhosaidError } from '../core/errors.js';
import { decodeWindows1252 } from './windows-1252.js';

/** The encodings whosaid recognises, as named in the analysis document's `encoding` field. */
export type InputEncoding = UnicodeEncoding | 'windows-1252';
type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly text: string;
  readonly encoding: InputEncoding;
}

/**
 * Share of control characters above which text is taken for binary data. News text has none
 * but tabs and line breaks; a stray escape code or form feed in a long article stays far below.
 */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Detects the encoding and decodes.
 * Order: a BOM is authoritative; otherwise bytes that are valid UTF-8 are UTF-8 (plain ASCII
 * included); anything else is read as Windows-1252, the usual encoding of legacy Western text
 * and a superset of Latin-1's printable characters (so Latin-1 input decodes correctly too).
 * @throws WhosaidError E_INPUT_BINARY for binary data, E_INPUT_ENCODING for a broken UTF-16 file
 */
export function decodeBytes(bytes: Uint8Array, name: string): DecodedText {
  const decoded = decodeByBom(bytes, name) ?? decodeWithoutBom(bytes);
  if (looksBinary(decoded.text)) {
    throw new WhosaidError('E_INPUT_BINARY', `${name}: binary data, not text`);
  }
  return decoded;
}

function decodeByBom(bytes: Uint8Array, name: string): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3), name), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2), name), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2), name), encoding: 'utf-16be' };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  try {
    return { text: decoder('utf-8').decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Decodes text whose encoding a BOM announced: malformed bytes there mean a damaged file. */
function strictDecode(encoding: UnicodeEncoding, bytes: Uint8Array, name: string): string {
  try {
    return decoder(encoding).decode(bytes);
  } catch (cause) {
    throw new WhosaidError('E_INPUT_ENCODING', `${name}: not valid ${encoding.toUpperCase()} despite its byte order mark`, {
      cause,
    });
  }
}

/** ignoreBOM: the BOM was already handled, so a second one is kept as text rather than eaten. */
function decoder(encoding: UnicodeEncoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

/**
 * NUL never occurs in text; other C0/C1 controls (but tab, line feed, vertical tab, form feed,
 * carriage return and NEL) are rare enough that a noticeable share of them means binary data
 * that happened to decode, e.g. through the Windows-1252 fallback, which accepts any byte.
 */
export function looksBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isStrayControl(c)) controls++;
  }
  return controls > 0 && controls / text.length > MAX_CONTROL_SHARE;
}

function isStrayControl(c: number): boolean {
  const c0 = c < 0x20 && !(c >= 0x09 && c <= 0x0d);
  const c1 = c >= 0x7f && c <= 0x9f && c !== 0x85;
  return c0 || c1;
}
