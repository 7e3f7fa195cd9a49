/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one entry per item, with the item's link, date,
 * title, authors and content as text. Namespace prefixes are dropped, so `content:encoded`,
 * `dc:date` and `dc:creator` are read whatever prefix a feed binds them to.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { WhosaidError } from '../core/errors.js';
import type { DecodedSource } from './charset.js';
import { markupToText } from './html-text.js';
import {
  absoluteUrl,
  cleanText,
  mergeMetadata,
  normalizeAuthors,
  normalizeDate,
  normalizeLanguage,
  type ArticleMetadata,
  type MetadataLayer,
} from './metadata.js';
import type { SourceFailure } from './source-document.js';

export interface FeedEntry {
  /** "feed.xml#3": the item's position in the feed, from 1 */
  readonly origin: string;
  /** the article's address, resolved against the feed's own URL when relative */
  readonly link: string | null;
  /** the item's own content as plain text; empty when it has none */
  readonly text: string;
  /** the item's title, link, date and authors, with the feed's title as outlet and its language */
  readonly metadata: ArticleMetadata;
}

/** Document order matters (Atom XHTML content is rebuilt from it); text keeps its spaces. */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
});
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false });

type XmlNode = { readonly [key: string]: unknown };
const ATTRIBUTES = ':@';
const TEXT = '#text';

/** Where published dates live, most specific first: RSS, Atom, Dublin Core and dcterms. */
const DATE_ELEMENTS = ['pubDate', 'published', 'date', 'issued', 'created', 'updated', 'modified'];
/** content:encoded holds the full text when a feed has it; description and summary are teasers. */
const CONTENT_ELEMENTS = ['encoded', 'content', 'description', 'summary'];

/**
 * @param base the feed's URL when fetched, for relative item links
 * @returns one entry per item, or a failure for an item that cannot be read
 * @throws WhosaidError E_INPUT_FORMAT when the text is not an RSS or Atom feed
 */
export function readFeed(source: DecodedSource, origin: string, base: string | null): (FeedEntry | SourceFailure)[] {
  const root = parseXml(source.text, origin).find((node) => nameOf(node) !== TEXT && !nameOf(node).startsWith('?'));
  const rootName = root === undefined ? null : nameOf(root);
  if (root === undefined || (rootName !== 'rss' && rootName !== 'RDF' && rootName !== 'feed')) {
    const found = rootName === null ? 'no root element' : `its root element is <${rootName}>`;
    throw new WhosaidError('E_INPUT_FORMAT', `${origin}: not an RSS or Atom feed (${found})`);
  }
  const channel = rootName === 'feed' ? root : (childrenNamed(root, 'channel')[0] ?? root);
  // RSS 1.0 puts items next to the channel, RSS 2.0 inside it, Atom calls them entries
  const items = rootName === 'feed' ? childrenNamed(root, 'entry') : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  const feed = {
    outlet: titleOf(channel, origin),
    language: normalizeLanguage(attribute(root, 'lang')) ?? firstText(channel, ['language'], normalizeLanguage),
    authors: authorsOf(channel),
  };
  return items.map((item, index) => {
    const itemOrigin = `${origin}#${index + 1}`;
    try {
      return readItem(item, itemOrigin, base, feed);
    } catch (error) {
      // one item's hostile markup fails that item, not the feed
      if (error instanceof WhosaidError) return { origin: itemOrigin, error };
      throw error;
    }
  });
}

function readItem(item: XmlNode, origin: string, base: string | null, feed: MetadataLayer): FeedEntry {
  const link = linkOf(item, base);
  return {
    origin,
    link,
    text: firstOf(item, CONTENT_ELEMENTS, (element) => markupToText(markupOf(element), origin) || null) ?? '',
    metadata: mergeMetadata(
      {
        title: titleOf(item, origin),
        url: link,
        published: firstText(item, DATE_ELEMENTS, normalizeDate),
        language: normalizeLanguage(attribute(item, 'lang')),
        authors: authorsOf(item),
      },
      feed,
    ),
  };
}

/** Atom titles may be HTML (type="html"); RSS titles sometimes are without saying so. */
function titleOf(node: XmlNode, origin: string): string | null {
  return cleanText(markupToText(textOf(childrenNamed(node, 'title')[0]), origin));
}

function parseXml(text: string, origin: string): XmlNode[] {
  try {
    return parser.parse(text) as XmlNode[];
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new WhosaidError('E_INPUT_FORMAT', `${origin}: not valid XML (${reason})`, { cause });
  }
}

/** RSS `<link>` text, an Atom `<link rel="alternate" href>`, or a permalink `<guid>`. */
function linkOf(item: XmlNode, base: string | null): string | null {
  for (const link of childrenNamed(item, 'link')) {
    const rel = attribute(link, 'rel');
    if (rel !== null && rel !== 'alternate') continue;
    const url = absoluteUrl(attribute(link, 'href') ?? textOf(link), base);
    if (url !== null) return url;
  }
  const guid = childrenNamed(item, 'guid')[0];
  return guid === undefined || attribute(guid, 'isPermaLink') === 'false' ? null : absoluteUrl(textOf(guid), base);
}

/**
 * dc:creator, Atom `<author><name>`, or RSS `<author>`, an e-mail address with the name in
 * parentheses ("desk@gazette.example (Ana Ruiz)"); a bare address names nobody.
 */
function authorsOf(node: XmlNode): string[] {
  const names = [...childrenNamed(node, 'creator'), ...childrenNamed(node, 'author')].map((author) => {
    const name = childrenNamed(author, 'name')[0];
    const text = textOf(name ?? author);
    return name !== undefined ? text : (/\(([^)]+)\)\s*$/.exec(text)?.[1] ?? (text.includes('@') ? '' : text));
  });
  return normalizeAuthors(names);
}

function firstText<T>(node: XmlNode, names: readonly string[], read: (value: string) => T | null): T | null {
  return firstOf(node, names, (element) => read(textOf(element)));
}

/** The first child, in the order of `names`, that `read` makes something of. */
function firstOf<T>(node: XmlNode, names: readonly string[], read: (element: XmlNode) => T | null): T | null {
  for (const name of names) {
    for (const element of childrenNamed(node, name)) {
      const value = read(element);
      if (value !== null) return value;
    }
  }
  return null;
}

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ATTRIBUTES) ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const children = node[nameOf(node)];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).filter((child) => nameOf(child) === name);
}

function attribute(node: XmlNode, name: string): string | null {
  const value = (node[ATTRIBUTES] as Record<string, unknown> | undefined)?.[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

/** The element's own text (CDATA included); nested elements are left out. */
function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  return childrenOf(node)
    .map((child) => child[TEXT])
    .filter((text): text is string => typeof text === 'string')
    .join('');
}

/** The element's content as markup: its text, or its XHTML children serialised again (Atom type="xhtml"). */
function markupOf(node: XmlNode): string {
  const children = childrenOf(node);
  return children.some((child) => nameOf(child) !== TEXT) ? (builder.build(children) as string) : textOf(node);
}
