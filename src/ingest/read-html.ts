/**
 * A web page → its article: Readability finds the main text on a jsdom DOM, our own
 * conversion turns it into paragraphs, and the page's metadata fills the rest.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { WhosaidError } from '../core/errors.js';
import { decodeWithCharset, declaredCharset } from './charset.js';
import { pageMetadata } from './html-metadata.js';
import { domToText } from './html-text.js';
import { checkNesting, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS } from './markup-limits.js';
import { absoluteUrl, cleanText, mergeMetadata, normalizeAuthors, normalizeDate, normalizeLanguage } from './metadata.js';
import type { SourceDocument } from './source-document.js';

export interface HtmlSource {
  readonly origin: string;
  /** the page's address when it was fetched: resolves relative links, and is the URL of last resort */
  readonly url: string | null;
  /** the charset of the HTTP Content-Type header, when fetched */
  readonly headerCharset: string | null;
}

/**
 * @throws WhosaidError E_INPUT_FORMAT when the page holds no text or is beyond the limits of
 * markup-limits.ts; decoding errors as decodeBytes
 */
export function readHtml(bytes: Uint8Array, source: HtmlSource): SourceDocument {
  const { text: html, encoding } = decodeWithCharset(bytes, source.origin, declaredCharset(bytes) ?? source.headerCharset);
  checkNesting(html, MAX_PAGE_DEPTH, source.origin);
  // a silent console: jsdom otherwise prints every stylesheet it cannot parse; no scripts run
  const { document } = new JSDOM(html, { url: source.url ?? undefined, virtualConsole: new VirtualConsole() }).window;
  const elements = document.getElementsByTagName('*').length;
  if (elements > MAX_PAGE_ELEMENTS) {
    throw new WhosaidError(
      'E_INPUT_FORMAT',
      `${source.origin}: page of ${elements} elements is above the ${MAX_PAGE_ELEMENTS} whosaid reads an article from`,
    );
  }
  // metadata first: Readability strips scripts (JSON-LD) from the document it reads
  const layers = pageMetadata(document, source.url);
  const article = new Readability(document.cloneNode(true) as Document, { serializer: (node) => node }).parse();
  // Readability gives up on pages with very little text; the body is then the best there is
  const text = domToText(article?.content ?? document.body) || domToText(document.body);
  if (text === '') {
    throw new WhosaidError(
      'E_INPUT_FORMAT',
      `${source.origin}: no text found in the page (it may build its content with JavaScript)`,
    );
  }
  const metadata = mergeMetadata(
    ...layers,
    {
      title: cleanText(article?.title),
      outlet: cleanText(article?.siteName),
      published: normalizeDate(article?.publishedTime),
      language: normalizeLanguage(article?.lang),
      authors: normalizeAuthors(article?.byline),
    },
    { title: cleanText(document.title), url: absoluteUrl(source.url) },
  );
  return { ...metadata, text, origin: source.origin, encoding };
}
