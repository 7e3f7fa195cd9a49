/**
 * `whosaid ingest`'s inputs → articles: every argument (a file, a directory, a .gz file, "-"
 * for standard input, an http(s) URL) is expanded into documents, one at a time and in a
 * stable order, and every way an item can fail becomes a failure item, never an exception.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WhosaidError } from '../core/errors.js';
import { charsetOfContentType, decodeWithCharset, declaredCharset, type DecodedSource } from './charset.js';
import { DEFAULT_FETCH_TIMEOUTS, fetchUrl, type FetchTimeouts } from './fetch-url.js';
import { chooseFormat, formatOfMediaType, formatOfName, mediaTypeOf, type SourceFormat } from './format.js';
import { gunzipBounded, isGzip } from './gunzip.js';
import { cleanText, mergeMetadata, normalizeDate, normalizeLanguage, type MetadataLayer } from './metadata.js';
import type { FeedEntry } from './read-feed.js';
import { STDIN_NAME, readInput } from './read-input.js';
import { readJsonLines, readJsonRecords } from './read-records.js';
import type { SourceDocument, SourceItem } from './source-document.js';
import { walkFiles } from './walk.js';

export interface CollectOptions {
  readonly cwd: string;
  /** per file / response, and per file after decompression */
  readonly maxBytes: number;
  readonly readStdin: (maxBytes: number) => Promise<Buffer>;
  /** --allow-private: fetch URLs on private, loopback and other local addresses */
  readonly allowPrivate: boolean;
  /** fetch each feed item's link instead of using its summary */
  readonly followLinks: boolean;
  readonly fetchTimeouts?: FetchTimeouts;
  /** CLI flags fill gaps */
  readonly defaults?: { outlet?: string | null; published?: string | null; language?: string | null };
}

/** Expands every argument (file, directory, .gz, '-', http(s) URL, feed) into SourceItems, lazily, in a stable order. Never throws for a bad item: yields a failure instead. */
export async function* collectSources(args: readonly string[], options: CollectOptions): AsyncIterable<SourceItem> {
  const defaults: MetadataLayer = {
    outlet: cleanText(options.defaults?.outlet),
    published: normalizeDate(options.defaults?.published),
    language: normalizeLanguage(options.defaults?.language),
  };
  for (const arg of args) {
    for await (const item of guarded(displayName(arg), () => expand(arg, options))) yield fillGaps(item, defaults);
  }
}

/**
 * One http(s) URL → items, through the same guarded fetcher and readers as `collectSources`,
 * but never a file: what a server may read for a client.
 */
export function collectUrl(url: string, options: CollectOptions): AsyncIterable<SourceItem> {
  return guarded(url, () => readUrl(url, options));
}

/** Where a byte source came from: its name for messages, and what it says about its format and charset. */
interface ByteSource {
  readonly origin: string;
  /** a file name, whose extension may give the format */
  readonly name: string | null;
  /** the HTTP Content-Type, for fetched sources */
  readonly contentType: string | null;
  /** the address it was fetched from, after redirects */
  readonly url: string | null;
}

const URL_LIKE = /^[a-z][a-z\d+.-]*:\/\//i;

function displayName(arg: string): string {
  return arg === STDIN_NAME ? 'standard input' : arg;
}

async function* expand(arg: string, options: CollectOptions): AsyncGenerator<SourceItem> {
  if (URL_LIKE.test(arg)) {
    yield* readUrl(arg, options);
  } else if (arg === STDIN_NAME) {
    const bytes = await readInput(arg, options);
    yield* readBytes(bytes, { origin: displayName(arg), name: null, contentType: null, url: null }, options);
  } else if (await isDirectory(resolve(options.cwd, arg))) {
    for await (const entry of walkFiles(arg, options.cwd)) {
      if ('error' in entry) yield failureItem(entry.path, entry.error);
      else yield* guarded(entry.path, () => readFile(entry.path, options));
    }
  } else {
    yield* readFile(arg, options);
  }
}

async function* readFile(path: string, options: CollectOptions): AsyncGenerator<SourceItem> {
  const bytes = await readInput(path, options);
  yield* readBytes(bytes, { origin: path, name: path, contentType: null, url: null }, options);
}

async function* readUrl(url: string, options: CollectOptions): AsyncGenerator<SourceItem> {
  const resource = await fetchUrl(url, {
    allowPrivate: options.allowPrivate,
    maxBytes: options.maxBytes,
    ...(options.fetchTimeouts ?? DEFAULT_FETCH_TIMEOUTS),
  });
  const source = { origin: url, name: null, contentType: resource.contentType, url: resource.url };
  yield* readBytes(resource.body, source, options);
}

/** Bytes → items, by format: gzip is opened first, whatever the name says. */
async function* readBytes(bytes: Buffer, source: ByteSource, options: CollectOptions): AsyncGenerator<SourceItem> {
  if (isGzip(bytes) || /\.gz$/i.test(source.name ?? '')) {
    const inner = await gunzipBounded(bytes, source.origin, options.maxBytes);
    yield* readBytes(inner, { ...source, name: source.name?.replace(/\.gz$/i, '') ?? null }, options);
    return;
  }
  const headerCharset = charsetOfContentType(source.contentType);
  const format = chooseFormat(declaredFormat(source), bytes);
  switch (format) {
    case 'html': {
      // the HTML and feed readers load jsdom (about a second): a batch of plain text never pays for it
      const { readHtml } = await import('./read-html.js');
      yield documentItem(readHtml(bytes, { origin: source.origin, url: source.url, headerCharset }));
      return;
    }
    case 'text':
      yield documentItem(textDocument(decodeWithCharset(bytes, source.origin, headerCharset), source));
      return;
    case 'json':
      yield* readJsonRecords(decodeWithCharset(bytes, source.origin, headerCharset), source.origin);
      return;
    case 'jsonl':
      yield* readJsonLines(decodeWithCharset(bytes, source.origin, headerCharset), source.origin);
      return;
    case 'feed':
      yield* readFeedItems(decodeWithCharset(bytes, source.origin, declaredCharset(bytes) ?? headerCharset), source, options);
  }
}

async function* readFeedItems(decoded: DecodedSource, source: ByteSource, options: CollectOptions): AsyncGenerator<SourceItem> {
  const { readFeed } = await import('./read-feed.js');
  for (const entry of readFeed(decoded, source.origin, source.url)) {
    const link = 'error' in entry ? null : entry.link;
    if ('error' in entry) {
      yield failureItem(entry.origin, entry.error);
    } else if (options.followLinks && link !== null) {
      yield* guarded(link, () => readLinkedArticle(link, entry.metadata, options));
    } else {
      yield feedEntryItem(entry, decoded.encoding);
    }
  }
}

function declaredFormat(source: ByteSource): SourceFormat | 'sniff' {
  if (source.name !== null) return formatOfName(source.name) ?? 'sniff';
  // fetchUrl has already refused the media types that have no format
  return formatOfMediaType(mediaTypeOf(source.contentType)) ?? 'sniff';
}

/** A text file is the article as it stands: nothing is known about it but its bytes and address. */
function textDocument(decoded: DecodedSource, source: ByteSource): SourceDocument {
  const metadata = mergeMetadata({ url: source.url });
  return { ...metadata, text: decoded.text, origin: source.origin, encoding: decoded.encoding };
}

function feedEntryItem(entry: FeedEntry, encoding: string): SourceItem {
  if (entry.text === '') {
    const hint = entry.link === null ? '' : '; --follow-links reads the page it links to';
    return failureItem(entry.origin, new WhosaidError('E_INPUT_FORMAT', `${entry.origin}: feed item has no text${hint}`));
  }
  return documentItem({ ...entry.metadata, text: entry.text, origin: entry.origin, encoding });
}

/**
 * The linked page is the article; the feed's title, date and authors fill what the page leaves
 * out. A link that turns out to be a feed is read from its summaries: following its links too
 * could go round in circles.
 */
async function* readLinkedArticle(link: string, feed: MetadataLayer, options: CollectOptions): AsyncGenerator<SourceItem> {
  for await (const item of readUrl(link, { ...options, followLinks: false })) yield fillGaps(item, feed);
}

function fillGaps(item: SourceItem, fallback: MetadataLayer): SourceItem {
  return item.ok ? documentItem({ ...item.document, ...mergeMetadata(item.document, fallback) }) : item;
}

function documentItem(document: SourceDocument): SourceItem {
  return { ok: true, document };
}

function failureItem(origin: string, error: WhosaidError): SourceItem {
  return { ok: false, failure: { origin, error } };
}

/**
 * Runs a reader and turns what it throws into a failure item for `origin`: typed errors as they
 * are, anything else as an internal error (a bug), so one bad item never ends the batch.
 */
async function* guarded(origin: string, read: () => AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
  try {
    yield* read();
  } catch (error) {
    if (error instanceof WhosaidError) {
      yield failureItem(origin, error);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      yield failureItem(origin, new WhosaidError('E_INTERNAL', `${origin}: ${message}`, { cause: error }));
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
