/**
 * What a news page says about itself, in the order of trust: schema.org JSON-LD, written for
 * search engines and usually exact; OpenGraph, written for social previews; then other meta
 * tags, `<html lang>` and `<link rel=canonical>`. Readability's guesses and `<title>` come last
 * (see read-html.ts).
 */
import {
  absoluteUrl,
  cleanText,
  normalizeAuthors,
  normalizeDate,
  normalizeLanguage,
  type MetadataLayer,
} from './metadata.js';

/** The three layers, most trusted first. `base` resolves relative URLs (the page's own URL). */
export function pageMetadata(document: Document, base: string | null): MetadataLayer[] {
  const metas = metaContents(document);
  return [jsonLdLayer(document, base), openGraphLayer(metas, base), metaLayer(document, metas, base)];
}

/** schema.org types that are articles: NewsArticle, ReportageNewsArticle, BlogPosting, Report, … */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

type JsonObject = { readonly [key: string]: unknown };

function jsonLdLayer(document: Document, base: string | null): MetadataLayer {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  // a graph often names the publisher and authors by reference: {"@id": "#org"}
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    const id = isObject(value) ? value['@id'] : undefined;
    return isObject(value) && typeof id === 'string' && Object.keys(value).length === 1 ? (byId.get(id) ?? value) : value;
  };
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (article === undefined) return {};
  const publisher = resolve(article['publisher']);
  const language = article['inLanguage'];
  const page = article['mainEntityOfPage'];
  return {
    title: cleanText(article['headline']) ?? cleanText(article['name']),
    outlet: isObject(publisher) ? cleanText(publisher['name']) : cleanText(publisher),
    url: absoluteUrl(article['url'], base) ?? absoluteUrl(isObject(page) ? page['@id'] : page, base),
    published: normalizeDate(article['datePublished']) ?? normalizeDate(article['dateCreated']),
    language: normalizeLanguage(isObject(language) ? (language['alternateName'] ?? language['name']) : language),
    authors: normalizeAuthors(resolve(article['author'])),
  };
}

/** Every JSON object in the page's JSON-LD scripts, `@graph` members and array items included. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item);
    } else if (isObject(value)) {
      nodes.push(value);
      collect(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*(?:;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // a broken block is the site's bug; the other sources still describe the page
    }
  }
  return nodes;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Meta contents by lower-case property, name, itemprop or http-equiv; every value kept, in order. */
function metaContents(document: Document): Map<string, string[]> {
  const metas = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content') ?? '';
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key) metas.set(key, [...(metas.get(key) ?? []), content]);
    }
  }
  return metas;
}

function openGraphLayer(metas: Map<string, string[]>, base: string | null): MetadataLayer {
  const first = (key: string): string | undefined => metas.get(key)?.[0];
  return {
    title: cleanText(first('og:title')),
    outlet: cleanText(first('og:site_name')),
    url: absoluteUrl(first('og:url'), base),
    published: normalizeDate(first('article:published_time')),
    language: normalizeLanguage(first('og:locale')),
    authors: normalizeAuthors(metas.get('article:author')),
  };
}

/** Date metas as CMSs, Dublin Core, Parse.ly, Sailthru and scholarly publishers write them. */
const DATE_METAS = [
  'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date',
  'article.published', 'article:published', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.date',
  'dcterms.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date',
  'citation_date', 'original-publish-date',
];
const AUTHOR_METAS = ['author', 'dc.creator', 'dcterms.creator', 'byl', 'parsely-author', 'sailthru.author', 'citation_author'];
const TITLE_METAS = ['twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'citation_title'];
const OUTLET_METAS = ['application-name', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher'];
const LANGUAGE_METAS = ['content-language', 'dc.language', 'dcterms.language', 'language'];

function metaLayer(document: Document, metas: Map<string, string[]>, base: string | null): MetadataLayer {
  const firstOf = <T>(keys: readonly string[], read: (value: string) => T | null): T | null => {
    for (const key of keys) {
      for (const value of metas.get(key) ?? []) {
        const result = read(value);
        if (result !== null) return result;
      }
    }
    return null;
  };
  const authors = AUTHOR_METAS.find((key) => normalizeAuthors(metas.get(key)).length > 0);
  return {
    title: firstOf(TITLE_METAS, cleanText),
    outlet: firstOf(OUTLET_METAS, cleanText),
    url: absoluteUrl(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), base),
    published: firstOf(DATE_METAS, normalizeDate),
    language: firstOf(LANGUAGE_METAS, normalizeLanguage) ?? normalizeLanguage(document.documentElement.getAttribute('lang')),
    authors: authors === undefined ? [] : normalizeAuthors(metas.get(authors)),
  };
}
