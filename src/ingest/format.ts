/**
 * Which reader an input goes to: by its name's extension or its Content-Type, else by a look
 * at its first bytes.
 */
import { extname } from 'node:path';

export type SourceFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The format a file name announces, or null when its extension says nothing. */
export function formatOfName(name: string): SourceFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

/**
 * Media types whosaid reads. Plain text and generic XML are sniffed: servers send .jsonl and
 * .rss files as text/plain, and both XHTML pages and feeds as application/xml.
 */
const MEDIA_TYPES: Readonly<Record<string, SourceFormat | 'sniff'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'sniff',
  'application/json': 'json',
  'text/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'sniff',
  'text/xml': 'sniff',
};

/** The media type of a Content-Type header, lower case and without parameters; null when absent. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** The format a Content-Type announces: 'sniff' when it leaves that open, null when whosaid cannot read it. */
export function formatOfMediaType(mediaType: string | null): SourceFormat | 'sniff' | null {
  return mediaType === null ? 'sniff' : (MEDIA_TYPES[mediaType] ?? null);
}

/** Enough of the start to see the root element past an XML declaration, comments and a doctype. */
const SNIFF_BYTES = 4096;
const FEED_ROOT = /^(?:<\?[^>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>|\s)*<(?:rss|feed|rdf:RDF)[\s>]/i;

/**
 * The format the content shows: markup is a feed when its root is <rss>, <feed> or <rdf:RDF>
 * and HTML otherwise; `{` or `[{` starts JSON, or JSON Lines when the first line is a whole
 * record and more follow; anything else is text ("[Update] …" included).
 */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  const head = headText(bytes).trimStart();
  if (head.startsWith('<')) return FEED_ROOT.test(head) ? 'feed' : 'html';
  if (/^\[\s*[{\]]/.test(head)) return 'json';
  if (!head.startsWith('{')) return 'text';
  // JSON syntax is ASCII, so the Latin-1 view of the bytes parses as the text would
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  const lineEnd = text.indexOf('\n');
  return lineEnd >= 0 && text.slice(lineEnd).trim() !== '' && isJson(text.slice(0, lineEnd)) ? 'jsonl' : 'json';
}

/** The declared format, corrected where the content clearly disagrees (JSON Lines saved as .json). */
export function chooseFormat(declared: SourceFormat | 'sniff', bytes: Uint8Array): SourceFormat {
  if (declared !== 'sniff' && declared !== 'json') return declared;
  const sniffed = sniffFormat(bytes);
  return declared === 'json' && sniffed !== 'jsonl' ? 'json' : sniffed;
}

function headText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES));
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  // swap16 needs whole code units: an odd trailing byte is dropped
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2, head.length - (head.length % 2))).swap16().toString('utf16le');
  return head.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
