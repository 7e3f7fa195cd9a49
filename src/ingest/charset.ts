/**
 * Decoding with a declared charset, for web pages and feeds that say what they are in.
 * Order: a byte order mark, then the document's own declaration (`<meta charset>`, a meta
 * http-equiv content type, `<?xml encoding?>`), then the HTTP header's charset, then the
 * detection every text input gets (UTF-8 if valid, else Windows-1252).
 */
import { TextDecoder } from 'node:util';
import { WhosaidError } from '../core/errors.js';
import { decodeBytes, looksBinary } from './decode.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface DecodedSource {
  readonly text: string;
  /** the WHATWG name of the encoding used: "utf-8", "windows-1252", "shift_jis", … */
  readonly encoding: string;
}

/** Declarations sit in the head; browsers look at the first 1024 bytes, generous pages need more. */
const PRESCAN_BYTES = 4096;

const DECLARATION =
  /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

/** The charset a page or feed declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // every charset a page can declare is ASCII-compatible up to its declaration, so latin1 reads it
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  const match = DECLARATION.exec(head);
  const label = match?.[1] ?? match?.[2] ?? null;
  // a page cannot declare UTF-16 in ASCII bytes: browsers read such a declaration as UTF-8
  return label !== null && /^utf-?16/i.test(label) ? 'utf-8' : label;
}

/** The charset parameter of a Content-Type header. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/**
 * Decodes with `charset` when it is a label TextDecoder knows; a BOM overrides it and an
 * unknown label is ignored. UTF-8 and Windows-1252 (which the Latin-1 and ASCII labels mean,
 * per the Encoding Standard) go through the shared detection, so a page mislabelled UTF-8 still
 * decodes and 0x80–0x9F map to Windows-1252's characters.
 * @throws WhosaidError E_INPUT_BINARY, E_INPUT_ENCODING as decodeBytes does
 */
export function decodeWithCharset(bytes: Uint8Array, name: string, charset: string | null): DecodedSource {
  const encoding = hasBom(bytes) ? null : encodingOfLabel(charset);
  if (encoding === null || encoding === 'utf-8') return decodeBytes(bytes, name);
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  if (looksBinary(text)) throw new WhosaidError('E_INPUT_BINARY', `${name}: binary data, not text`);
  return { text, encoding };
}

function encodingOfLabel(label: string | null): string | null {
  if (label === null) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function hasBom(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = bytes;
  return (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
}
