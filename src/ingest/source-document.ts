/**
 * What the source readers hand to analysis: one article with the metadata its source gave,
 * or one failure that names where it came from. A batch goes on past failures.
 */
import type { WhosaidError } from '../core/errors.js';

/** One article ready for analysis, read from a file, a record, a feed item or a URL. */
export interface SourceDocument {
  /** plain text: for HTML the main text (paragraphs separated by "\n\n"), never HTML */
  readonly text: string;
  readonly title: string | null;
  /** site / publisher name */
  readonly outlet: string | null;
  /** canonical URL when known */
  readonly url: string | null;
  /** YYYY-MM-DD: the date part as the source wrote it, in its own time zone */
  readonly published: string | null;
  /** BCP-47 primary subtag, lower case: "en", "fr" */
  readonly language: string | null;
  readonly authors: readonly string[];
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
