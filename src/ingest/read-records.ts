/**
 * JSON and JSON Lines records, as news crawlers write them: our own field names, news-please's
 * (`maintext`, `date_publish`, `source_domain`, `authors`) and trafilatura's (`raw_text`,
 * `sitename`, `hostname`, `source`, `author` with ";" between names).
 */
import { WhosaidError } from '../core/errors.js';
import type { DecodedSource } from './charset.js';
import { absoluteUrl, cleanText, normalizeAuthors, normalizeDate, normalizeLanguage } from './metadata.js';
import type { SourceDocument, SourceItem } from './source-document.js';

/** trafilatura's `text` keeps line breaks and its `raw_text` does not, so `text` is preferred. */
const TEXT_FIELDS = ['text', 'maintext', 'raw_text'];
const PUBLISHED_FIELDS = ['published', 'date_publish', 'date', 'published_at', 'datePublished'];
const OUTLET_FIELDS = ['outlet', 'source_domain', 'sitename', 'hostname', 'source'];

type JsonRecord = { readonly [field: string]: unknown };

/** A .json file: one record, or an array of them (origins `items.json#1`, `#2`, …). */
export function* readJsonRecords(source: DecodedSource, origin: string): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (cause) {
    yield failure(origin, `not valid JSON (${messageOf(cause)})`, cause);
    return;
  }
  if (!Array.isArray(value)) {
    yield recordItem(value, origin, source.encoding);
    return;
  }
  for (const [index, record] of value.entries()) yield recordItem(record, `${origin}#${index + 1}`, source.encoding);
}

/** A .jsonl file: one record per line (origins `items.jsonl:LINE`); blank lines are skipped. */
export function* readJsonLines(source: DecodedSource, origin: string): Generator<SourceItem> {
  for (const [index, line] of source.text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const lineOrigin = `${origin}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      yield failure(lineOrigin, `not valid JSON (${messageOf(cause)})`, cause);
      continue;
    }
    yield recordItem(value, lineOrigin, source.encoding);
  }
}

/** One record already parsed: an element of a .json file, a line of a .jsonl file, a record sent to the server. */
export function recordItem(value: unknown, origin: string, encoding: string): SourceItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(origin, 'not a record (expected a JSON object with a "text" field)');
  }
  const record = value as JsonRecord;
  const text = TEXT_FIELDS.map((field) => record[field]).find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '',
  );
  if (text === undefined) {
    return failure(origin, 'record has no text (expected a non-empty "text", "maintext" or "raw_text" field)');
  }
  const id = cleanText(record['id']);
  // trafilatura's `source` is the page URL; elsewhere it names the outlet
  const source = absoluteUrl(record['source']);
  const document: SourceDocument = {
    text,
    title: cleanText(record['title']),
    outlet: firstField(record, OUTLET_FIELDS.filter((field) => field !== 'source' || source === null), cleanText),
    url: absoluteUrl(record['url']) ?? source,
    published: firstField(record, PUBLISHED_FIELDS, normalizeDate),
    language: normalizeLanguage(record['language']),
    authors: normalizeAuthors(record['authors'] ?? record['author']),
    origin: id === null ? origin : `${origin} (id ${id})`,
    encoding,
  };
  return { ok: true, document };
}

function firstField<T>(record: JsonRecord, fields: readonly string[], read: (value: unknown) => T | null): T | null {
  for (const field of fields) {
    const value = read(record[field]);
    if (value !== null) return value;
  }
  return null;
}

function failure(origin: string, reason: string, cause?: unknown): SourceItem {
  return { ok: false, failure: { origin, error: new WhosaidError('E_INPUT_FORMAT', `${origin}: ${reason}`, { cause }) } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
