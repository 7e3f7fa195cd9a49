import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WhosaidError } from '../../src/core/errors.js';
import { htmlToText, markupToText } from '../../src/ingest/html-text.js';
import { normalizeAuthors, normalizeDate, normalizeLanguage } from '../../src/ingest/metadata.js';
import { readFeed } from '../../src/ingest/read-feed.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readJsonLines, readJsonRecords } from '../../src/ingest/read-records.js';

const TAGS = ['p', 'div', 'h2', 'li', 'ul', 'br', 'script', 'style', 'b', 'a', 'table', 'td', 'title', 'svg', 'pre', '!--', '![CDATA['];

/** Strings made of tag fragments, entities and text: closer to real markup than random characters. */
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((tag) => `<${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      fc.constantFrom('&amp;', '&nbsp;', '&#8220;', '&bogus;', '&', '<', '>', '"', '\n\n', ' ', '\u00a0', '\u2028'),
      fc.string(),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const jsonish = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom('text', 'maintext', 'raw_text', 'title', 'date', 'author', 'authors', 'source', 'id', 'language'), fc.jsonValue()).map((record) =>
    JSON.stringify(record),
  ),
);

const clean = (text: string) => expect(text).not.toMatch(/^\s|\s$|[ \t]{2}|\n{3}/);

describe('ingest readers on random input', () => {
  it('HTML → text never throws and gives collapsed paragraphs', () => {
    fc.assert(
      fc.property(markup, (html) => {
        clean(htmlToText(html, 'x'));
        clean(markupToText(html, 'x'));
      }),
      { numRuns: 300 },
    );
  });

  it('a page either reads or fails with a WhosaidError', () => {
    fc.assert(
      fc.property(markup, (html) => {
        try {
          clean(readHtml(Buffer.from(html), { origin: 'p.html', url: null, headerCharset: null }).text);
        } catch (error) {
          expect(error).toBeInstanceOf(WhosaidError);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('records never throw: every line is a document or a failure', () => {
    fc.assert(
      fc.property(fc.array(jsonish, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        for (const item of [...readJsonLines({ text, encoding: 'utf-8' }, 'r.jsonl'), ...readJsonRecords({ text, encoding: 'utf-8' }, 'r.json')]) {
          if (item.ok) expect(item.document.text.trim()).not.toBe('');
          else expect(item.failure.error).toBeInstanceOf(WhosaidError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('feeds either read or fail with a WhosaidError', () => {
    const feed = markup.map((inner) => `<rss><channel><item>${inner}</item></channel></rss>`);
    fc.assert(
      fc.property(fc.oneof(markup, feed), (xml) => {
        try {
          readFeed({ text: xml, encoding: 'utf-8' }, 'f.xml', null);
        } catch (error) {
          expect(error).toBeInstanceOf(WhosaidError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('metadata normalisers never throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const date = normalizeDate(value);
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const language = normalizeLanguage(value);
        if (language !== null) expect(language).toMatch(/^[a-z]{2,3}$/);
        for (const name of normalizeAuthors(value)) expect(name.trim()).toBe(name);
      }),
    );
  });

});

describe('hostile markup', () => {
  const nested = (depth: number) => `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;

  it('converts a fragment nested as deep as the limit, and refuses a deeper one at once', () => {
    expect(htmlToText(nested(1000), 'x')).toBe('deep');
    expect(() => htmlToText(nested(20_000), 'feed.xml#2')).toThrow(
      expect.objectContaining({ code: 'E_INPUT_FORMAT', message: 'feed.xml#2: HTML nested more than 1000 elements deep; not read' }),
    );
  });

  it('refuses a page nested too deep for Readability, counting neither comments, scripts nor void elements', () => {
    const page = (body: string) => readHtml(Buffer.from(`<html><body>${body}</body></html>`), { origin: 'p.html', url: null, headerCharset: null });
    expect(() => page(nested(300))).toThrow(expect.objectContaining({ code: 'E_INPUT_FORMAT', message: 'p.html: HTML nested more than 256 elements deep; not read' }));
    const harmless = `<!-- ${'<div>'.repeat(300)} --><script>${'<div>'.repeat(300)}</script>${'<p>text<br><img src=x>'.repeat(300)}`;
    expect(page(harmless).text.startsWith('text')).toBe(true);
  });

  it('refuses a page with more elements than Readability reads in reasonable time', () => {
    const page = `<html><body>${'<div><p>Eastmere <a href="#">news</a>.</p></div>'.repeat(6000)}</body></html>`;
    expect(() => readHtml(Buffer.from(page), { origin: 'p.html', url: null, headerCharset: null })).toThrow(
      expect.objectContaining({ code: 'E_INPUT_FORMAT', message: expect.stringMatching(/^p\.html: page of \d+ elements is above the 15000/) }),
    );
  });

  it('scans unclosed tags in linear time', () => {
    const started = Date.now();
    expect(() => htmlToText('<a'.repeat(200_000) + '<script>'.repeat(50_000) + '<!--'.repeat(50_000), 'x')).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
