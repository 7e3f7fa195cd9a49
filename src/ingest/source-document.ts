/**
 * What the source readers hand to analysis: one article with the metadata its source gave,
 * or one failure that names where it came from. A batch goes on past failures.
 */
import type { WhosaidError } from '../core/errors.js';
import type { ArticleMetadata } from './metadata.js';

/**
 * One article ready for analysis, read from a file, a record, a feed item or a URL: plain text
 * (for HTML the main text, paragraphs separated by a blank line, never HTML) and its metadata
 * (title, outlet, canonical URL, YYYY-MM-DD date as the source wrote it, language subtag, authors).
 */
export interface SourceDocument extends ArticleMetadata {
  readonly text: string;
  /** where it came from, for messages: "a/b.html", "feed.xml#3", "items.jsonl:12", "https://…" */
  readonly origin: string;
  /** when decoded from bytes */
  readonly encoding?: string;
}

/** A per-item failure: reported, counted, and the batch goes on. */
export interface SourceFailure {
  readonly origin: string;
  readonly error: WhosaidError;
}

export type SourceItem =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly failure: SourceFailure };
